import type { RapportDatabase } from '@/storage/db';
import { learnLinkedInIdentities } from '@/storage/merge';
import { requestPanel } from '@/storage/panel-request';
import { readTabSignal, saveTabSignal } from '@/storage/tab-signals';
import { logDropOnce } from '@/utils/drop-log';
import {
  classifySender,
  mayComeFrom,
  parseContentMessage,
  senderSite,
  parsePageRequest,
  type BadgeState,
  type ContentMessage,
  type PageReply,
  type PageRequest,
  type PageSignal,
  type SenderInfo,
} from '@/utils/messages';
import {
  logLinkedInMessages,
  logSentEmail,
  logSentLinkedIn,
  logThreadMessages,
} from './touch-logger';
import type { SendRateLimit } from './send-rate';

export interface RouterDeps {
  db: () => RapportDatabase;
  ownId: string;
  ownOrigin: string;
  now: () => number;
  /** Whether a tab may log another send now (see send-rate.ts). */
  mayLogSend: SendRateLimit;
  openSidePanel: (tabId: number) => Promise<void>;
  /** Points the tab's own side panel at it (Chrome's per-tab panel). */
  bindSidePanel: (tabId: number) => Promise<void>;
  badgeState: (signal: PageSignal | null) => Promise<BadgeState>;
  /** Retitles the context menu for the person in focus (in this tab, when given). */
  refreshMenuTitle: (tabId?: number) => Promise<void>;
  /** The follow-up plan changed: recount the toolbar badge and reschedule reminders. */
  followUpsChanged: () => Promise<void>;
}

/**
 * The background's one message entry point. Checks the sender and the message's shape
 * before anything acts on it: content scripts may send only content messages, extension
 * pages only page requests; what fails either check is dropped (logged once) and answered
 * with nothing. Returns a promise for messages that are answered, as the MV3 runtime
 * requires of an asynchronous reply.
 */
export function routeMessage(
  raw: unknown,
  sender: SenderInfo,
  deps: RouterDeps,
): Promise<unknown> | undefined {
  try {
    const kind = classifySender(sender, deps.ownId, deps.ownOrigin);
    if (kind === 'content-script') return routeContentMessage(raw, sender, deps);
    if (kind === 'extension-page') return routePageRequest(raw, deps);
    logDropOnce('background', 'foreign sender', sender?.url);
    return undefined;
  } catch (error) {
    logDropOnce('background', 'unreadable message', error);
    return undefined;
  }
}

function routeContentMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps) {
  const message = parseContentMessage(raw);
  const tabId = sender.tab?.id;
  const site = senderSite(sender);
  if (!message || tabId === undefined || !site) {
    logDropOnce('background', 'malformed content-script message', raw);
    return undefined;
  }
  if (!mayComeFrom(message, site)) {
    logDropOnce('background', 'content message from the wrong site', sender.url);
    return undefined;
  }
  return answer(message.type, handle(message, tabId, sender.url ?? '', deps));
}

function routePageRequest(raw: unknown, deps: RouterDeps) {
  const request = parsePageRequest(raw);
  if (!request) {
    logDropOnce('background', 'malformed page request', raw);
    return undefined;
  }
  return answer(request.type, handlePageRequest(request, deps));
}

/** A handler's reply, or `{ error }` (logged) when it failed. */
function answer(type: string, reply: Promise<unknown>): Promise<unknown> {
  return reply.catch((error: unknown) => {
    console.error('Rapport background could not handle a message', type, error);
    return { error: error instanceof Error ? error.message : String(error) };
  });
}

async function handlePageRequest(
  request: PageRequest,
  deps: RouterDeps,
): Promise<PageReply<PageRequest['type']>> {
  switch (request.type) {
    case 'open-side-panel': {
      // Started, not awaited, before the panel opens: an await first would lose the click.
      const asked =
        request.personId || request.today
          ? requestPanel({
              ...(request.personId ? { personId: request.personId } : {}),
              at: deps.now(),
            })
          : undefined;
      await deps.openSidePanel(request.tabId);
      await asked;
      return { ok: true };
    }
    case 'person-changed':
      await deps.refreshMenuTitle(request.tabId);
      return { ok: true };
    case 'follow-ups-changed':
      await deps.followUpsChanged();
      return { ok: true };
  }
}

async function handle(message: ContentMessage, tabId: number, url: string, deps: RouterDeps) {
  switch (message.type) {
    case 'page-signal':
      await saveTabSignal(tabId, {
        signal: message.signal,
        url: pageAddress(message.url, url),
        at: deps.now(),
      });
      await deps.bindSidePanel(tabId);
      if (message.signal?.site === 'linkedin') {
        for (const person of message.signal.people)
          await learnLinkedInIdentities(deps.db(), person);
      }
      return { ok: true };
    case 'email-sent': {
      if (!allowSend(tabId, deps)) return { logged: [] };
      const logged = await logSentEmail(deps.db(), message, deps.now());
      if (logged.length) await deps.followUpsChanged();
      return { logged };
    }
    case 'thread-messages': {
      const owner = message.mailboxOwner ?? (await readTabSignal(tabId))?.signal?.mailboxOwner;
      const logged = await logThreadMessages(deps.db(), message.messages, owner, deps.now());
      if (logged) await deps.followUpsChanged();
      return { logged };
    }
    case 'linkedin-sent': {
      if (!allowSend(tabId, deps)) return { logged: [] };
      const logged = await logSentLinkedIn(deps.db(), message, deps.now());
      if (logged.length) await deps.followUpsChanged();
      return { logged };
    }
    case 'linkedin-messages': {
      const logged = await logLinkedInMessages(deps.db(), message.messages, deps.now());
      if (logged) await deps.followUpsChanged();
      return { logged };
    }
    case 'open-side-panel':
      await deps.openSidePanel(tabId);
      return { ok: true };
    case 'badge-state':
      return deps.badgeState((await readTabSignal(tabId))?.signal ?? null);
  }
}

/** Whether the tab may log another send; a refused one is logged once, for whoever debugs. */
function allowSend(tabId: number, deps: RouterDeps): boolean {
  if (deps.mayLogSend(tabId, deps.now())) return true;
  logDropOnce('background', 'too many sends from one tab', tabId);
  return false;
}

/**
 * The address a content script says it read its signal at, when that is on the origin the
 * sender's document was loaded from (single-page navigation cannot leave it); else the
 * sender's own address.
 */
export function pageAddress(claimed: string | undefined, senderUrl: string): string {
  if (!claimed) return senderUrl;
  try {
    const origin = new URL(senderUrl).origin;
    return origin !== 'null' && new URL(claimed).origin === origin ? claimed : senderUrl;
  } catch {
    return senderUrl;
  }
}
