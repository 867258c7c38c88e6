import * as z from 'zod/mini';
import { SITE_IDS, siteOfUrl, type SiteId } from './domain/sites';
import type { SelectionReply } from './selection-request';
import { MAX_URL_LENGTH, TEXT_LIMITS } from './text-limits';

/**
 * The message protocol: every message between content scripts, the background and the
 * extension pages, as a schema. A receiver parses before it acts and drops what does not
 * parse. Built on `zod/mini` because the content scripts import this file and must stay
 * small (their size budget is in scripts/bench/size.ts).
 */

const text = (max: number) => z.string().check(z.maxLength(max));

export const VIEWS = ['compose', 'thread', 'profile'] as const;
export const PERSON_ROLES = ['to', 'cc', 'bcc', 'from', 'participant', 'profile'] as const;

export const pagePersonSchema = z.object({
  role: z.enum(PERSON_ROLES),
  name: z.optional(text(TEXT_LIMITS.name)),
  email: z.optional(text(TEXT_LIMITS.email)),
  linkedinSlug: z.optional(text(TEXT_LIMITS.slug)),
  /** LinkedIn's member id (`/in/ACoAA…/`), where the page shows that instead of, or beside, the slug. */
  linkedinMemberId: z.optional(text(TEXT_LIMITS.slug)),
  headline: z.optional(text(TEXT_LIMITS.headline)),
  company: z.optional(text(TEXT_LIMITS.company)),
  location: z.optional(text(TEXT_LIMITS.location)),
});
export type PagePerson = z.infer<typeof pagePersonSchema>;

export const DRAFT_KINDS = ['email', 'message', 'connection-note'] as const;

/**
 * The draft being written: its subject ('' where the channel has none, as on LinkedIn), its
 * body, and what kind of message it is, with the most characters the site accepts where it
 * limits them (a connection request's note).
 */
export const draftSchema = z.object({
  subject: text(TEXT_LIMITS.subject),
  body: text(TEXT_LIMITS.body),
  kind: z.optional(z.enum(DRAFT_KINDS)),
  maxLength: z.optional(z.number().check(z.int(), z.positive())),
});
export type Draft = z.infer<typeof draftSchema>;

/** Who is on screen, in which view, and the draft being written. */
export const pageSignalSchema = z.object({
  site: z.enum(SITE_IDS),
  view: z.enum(VIEWS),
  people: z.array(pagePersonSchema).check(z.maxLength(100)),
  draft: z.optional(draftSchema),
  mailboxOwner: z.optional(text(TEXT_LIMITS.email)),
});
export type PageSignal = z.infer<typeof pageSignalSchema>;

/**
 * One message of an opened Gmail thread, to be logged as a touch: inbound from its sender,
 * or, when the mailbox owner sent it, outbound to its recipients.
 */
export const threadMessageSchema = z.object({
  messageId: text(200),
  fromEmail: text(TEXT_LIMITS.email),
  fromName: z.optional(text(TEXT_LIMITS.name)),
  /** Whom it was sent to (To and Cc as the thread shows them). */
  recipients: z.optional(z.array(text(TEXT_LIMITS.email)).check(z.maxLength(100))),
  at: z.number(),
  subject: z.optional(text(TEXT_LIMITS.subject)),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;

/** Someone in a LinkedIn conversation, by whichever identities the page shows. */
export const linkedinPersonSchema = z.object({
  linkedinSlug: z.optional(text(TEXT_LIMITS.slug)),
  linkedinMemberId: z.optional(text(TEXT_LIMITS.slug)),
  name: z.optional(text(TEXT_LIMITS.name)),
});
export type LinkedInPerson = z.infer<typeof linkedinPersonSchema>;

/** One message from someone else in an open LinkedIn conversation, to be logged as inbound. */
export const linkedinMessageSchema = z.object({
  /** Stable across reloads: LinkedIn's own id for the message, else a hash of who, when, what. */
  messageId: text(200),
  from: linkedinPersonSchema,
  at: z.number(),
  firstLine: text(TEXT_LIMITS.firstLine),
});
export type LinkedInMessage = z.infer<typeof linkedinMessageSchema>;

/** Messages a content script sends to the background. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  /** The person in focus changed (null: nobody is). */
  z.object({
    type: z.literal('page-signal'),
    signal: z.nullable(pageSignalSchema),
    /**
     * The address the signal was read at. Chrome's `sender.url` keeps the address the
     * document loaded with, which single-page navigation (LinkedIn's pushState, Gmail's
     * hash) leaves behind; the background keeps this one when it is on the sender's origin.
     */
    url: z.optional(text(MAX_URL_LENGTH)),
  }),
  /** The rep sent an email: log it for each recipient. */
  z.object({
    type: z.literal('email-sent'),
    /** Unique per send, so a Send click seen twice logs once. */
    sendId: text(200),
    recipients: z.array(text(TEXT_LIMITS.email)).check(z.maxLength(500)),
    subject: text(TEXT_LIMITS.subject),
    at: z.number(),
  }),
  /** A thread is open: log each of its messages once. */
  z.object({
    type: z.literal('thread-messages'),
    messages: z.array(threadMessageSchema).check(z.maxLength(500)),
    /**
     * The signed-in address as the page shows it: which messages the rep sent. Sent with the
     * messages, since the thread is read before the page's signal is recorded.
     */
    mailboxOwner: z.optional(text(TEXT_LIMITS.email)),
  }),
  /** The rep sent a LinkedIn message or connection note: log it for each recipient. */
  z.object({
    type: z.literal('linkedin-sent'),
    /** Unique per send, so a Send click and its Enter seen together log once. */
    sendId: text(200),
    recipients: z.array(linkedinPersonSchema).check(z.maxLength(100)),
    kind: z.enum(['message', 'connection-note']),
    firstLine: text(TEXT_LIMITS.firstLine),
    at: z.number(),
  }),
  /** A LinkedIn conversation is open: log each message from someone else once. */
  z.object({
    type: z.literal('linkedin-messages'),
    messages: z.array(linkedinMessageSchema).check(z.maxLength(500)),
  }),
  /** The rep clicked Rapport's in-page badge. */
  z.object({ type: z.literal('open-side-panel') }),
  /** What the in-page badge should show for the people on screen. */
  z.object({ type: z.literal('badge-state') }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/**
 * The sites each content message may come from: a site's touches only from that site (a
 * Gmail tab cannot log a LinkedIn message, nor a LinkedIn tab an email); a page signal, the
 * badge and the panel from either, the signal only about the site it was read on. Every
 * message type is listed, so a new one must say where it may come from.
 */
export const CONTENT_MESSAGE_SITES: Record<ContentMessage['type'], readonly SiteId[]> = {
  'page-signal': SITE_IDS,
  'email-sent': ['gmail'],
  'thread-messages': ['gmail'],
  'linkedin-sent': ['linkedin'],
  'linkedin-messages': ['linkedin'],
  'open-side-panel': SITE_IDS,
  'badge-state': SITE_IDS,
};

/** Whether a content script on `site` may send `message` (see CONTENT_MESSAGE_SITES). */
export function mayComeFrom(message: ContentMessage, site: SiteId): boolean {
  if (!CONTENT_MESSAGE_SITES[message.type].includes(site)) return false;
  return message.type !== 'page-signal' || !message.signal || message.signal.site === site;
}

/** A content script's answer to the selection request (utils/selection-request.ts). */
export const selectionReplySchema = z.object({
  text: text(TEXT_LIMITS.selection),
  url: text(MAX_URL_LENGTH),
}) satisfies z.ZodMiniType<SelectionReply>;

/** The background's answer to `badge-state`. */
export const badgeStateSchema = z.object({
  known: z.boolean(),
  noteCount: z.number(),
  level: z.enum(['ok', 'wait', 'stop', 'unknown']),
  /** Ask "Send anyway?" before Send goes through: the rep's setting is on and the level is stop. */
  confirmSend: z.optional(z.boolean()),
  /** Why the level is stop, in words, for that question. */
  reason: z.optional(text(500)),
  /** How many of the rep's promises to this person are overdue. */
  overduePromises: z.optional(z.number()),
});
export type BadgeState = z.infer<typeof badgeStateSchema>;

/**
 * Requests an extension page (popup, side panel, options) makes of the background, which
 * alone owns the toolbar badge, the context menu and the side panel. Each request has its
 * reply schema in PAGE_REPLIES; a request that fails is answered `{ error }` instead.
 */
export const pageRequestSchema = z.discriminatedUnion('type', [
  /**
   * Open Rapport's side panel beside this tab (in response to the rep's click); on one
   * person when `personId` is given, on Today when `today` is.
   */
  z.object({
    type: z.literal('open-side-panel'),
    tabId: z.number().check(z.int()),
    personId: z.optional(text(100)),
    today: z.optional(z.literal(true)),
  }),
  /**
   * A person was added or changed: retitle "Save to Rapport as a note about …" for the
   * tab, which names the person in focus.
   */
  z.object({ type: z.literal('person-changed'), tabId: z.optional(z.number().check(z.int())) }),
  /** Something on the follow-up plan changed: recount the toolbar badge, reschedule reminders. */
  z.object({ type: z.literal('follow-ups-changed') }),
]);
export type PageRequest = z.infer<typeof pageRequestSchema>;
export type PageRequestType = PageRequest['type'];

const done = z.object({ ok: z.literal(true) });

/** The reply to each page request. */
export const PAGE_REPLIES = {
  'open-side-panel': done,
  'person-changed': done,
  'follow-ups-changed': done,
} satisfies Record<PageRequestType, z.ZodMiniType>;
export type PageReply<T extends PageRequestType> = z.infer<(typeof PAGE_REPLIES)[T]>;

/** What the background answers when a request could not be carried out. */
export const failedReplySchema = z.object({ error: text(1000) });

/** Parses a page request; undefined when it is not one of ours. */
export function parsePageRequest(raw: unknown): PageRequest | undefined {
  const result = pageRequestSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** Parses an incoming message; undefined when it is not one of ours. */
export function parseContentMessage(raw: unknown): ContentMessage | undefined {
  const result = contentMessageSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

export function parsePageSignal(raw: unknown): PageSignal | null | undefined {
  if (raw === null) return null;
  const result = pageSignalSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** The parts of `runtime.MessageSender` that decide trust. */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** The sending document's origin, as the browser saw it (Chrome; Firefox leaves it out). */
  origin?: string;
  /** 0 for a tab's top document; Rapport's content scripts run in no other. */
  frameId?: number;
  tab?: { id?: number };
}

/**
 * The site a content script's message speaks for: the site of the top document of its tab
 * (Rapport's content scripts run in no frame), by the address and, where the browser gives
 * it, the origin it saw; both must name the same site. Null for any other sender.
 */
export function senderSite(sender: SenderInfo): SiteId | null {
  if (sender.frameId !== 0) return null;
  const site = siteOfUrl(sender.url);
  if (sender.origin !== undefined && siteOfUrl(sender.origin) !== site) return null;
  return site;
}

export type SenderKind = 'content-script' | 'extension-page';

/**
 * Decides whether a message comes from one of Rapport's own scripts, and which kind.
 * Content scripts must run in the top document of a tab on Gmail or LinkedIn (see
 * senderSite); extension pages must be served
 * from Rapport's own origin. Anything else (another extension, a web page through
 * externally_connectable, a content script on an unexpected site) is `null`.
 */
export function classifySender(
  sender: SenderInfo,
  ownId: string,
  ownOrigin: string,
): SenderKind | null {
  if (!sender || sender.id !== ownId) return null;
  const url = sender.url ?? '';
  if (sender.tab) {
    if (url.startsWith(ownOrigin)) return 'extension-page';
    return senderSite(sender) ? 'content-script' : null;
  }
  return url.startsWith(ownOrigin) ? 'extension-page' : null;
}
