import { siteOfUrl } from '../../domain/sites';

/**
 * Which Gmail view an address shows. Gmail never reloads: the view lives in the hash
 * (`#inbox`, `#label/Clients/<thread>`, `#search/alex/<thread>`, `#settings/general`), a
 * compose dialog adds `?compose=<id>` to the hash, and a popped-out compose window is
 * `/mail/u/0/?view=cm`.
 */

export type GmailView = 'compose' | 'thread' | 'list' | 'settings' | 'other';

// How many path segments each list route takes before an optional thread id.
const LIST_ROUTES: Record<string, number> = {
  inbox: 0,
  starred: 0,
  snoozed: 0,
  imp: 0,
  sent: 0,
  scheduled: 0,
  drafts: 0,
  all: 0,
  spam: 0,
  trash: 0,
  chats: 0,
  label: 1,
  category: 1,
  search: 1,
  'advanced-search': 1,
};

// Thread ids seen in Gmail addresses: the current opaque tokens (`FMfcgzQXJWDsKmvn…`), the
// legacy 16-digit hex ids, and `thread-f:<decimal>` / `msg-f:<decimal>` forms.
const THREAD_ID = /^(?:[\w-]{16,}|(?:thread|msg)-[a-z]:\d+)$/;
const PAGE = /^p\d+$/;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function isGmailUrl(url: string): boolean {
  const u = parse(url);
  return !!u && siteOfUrl(url) === 'gmail' && /^\/mail\//.test(u.pathname);
}

/**
 * The last address asked about, with its view. The content script reads a page again and
 * again at the same address (every re-read of a churning inbox asks twice), and working the
 * view out parses the address three times over: the cost of those re-reads on a busy page
 * was half URL parsing.
 */
let lastAsked: { url: string; view: GmailView | undefined } | undefined;

/** The view an address shows, or undefined when it is not a Gmail address. */
export function gmailView(url: string): GmailView | undefined {
  if (lastAsked?.url !== url) lastAsked = { url, view: viewOf(url) };
  return lastAsked.view;
}

function viewOf(url: string): GmailView | undefined {
  const u = parse(url);
  if (!u || !isGmailUrl(url)) return undefined;
  if (u.searchParams.get('view') === 'cm') return 'compose';
  const [route = '', query = ''] = u.hash.slice(1).split('?');
  if (new URLSearchParams(query).has('compose')) return 'compose';
  const segments = route.split('/');
  const first = segments[0] || 'inbox';
  if (first === 'settings') return 'settings';
  const arity = LIST_ROUTES[first];
  if (arity === undefined) return 'other';
  const rest = segments.slice(1 + arity).filter(Boolean);
  if (segments.length - 1 < arity) return 'other';
  if (rest.length === 0 || (rest.length === 1 && PAGE.test(rest[0] ?? ''))) return 'list';
  return rest.length === 1 && THREAD_ID.test(rest[0] ?? '') ? 'thread' : 'other';
}

export function isGmailThreadUrl(url: string): boolean {
  return gmailView(url) === 'thread';
}

export function isGmailListUrl(url: string): boolean {
  return gmailView(url) === 'list';
}

export function isGmailComposeUrl(url: string): boolean {
  return gmailView(url) === 'compose';
}
