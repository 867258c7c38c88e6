import type { RapportDatabase } from '@/storage/db';
import { readTabSignal, saveTabSignal } from '@/storage/tab-signals';
import { logDropOnce } from '@/utils/drop-log';
import {
  classifySender,
  parseContentMessage,
  type BadgeState,
  type ContentMessage,
  type PageSignal,
  type SenderInfo,
} from '@/utils/messages';
import { logSentEmail, logThreadMessages } from './touch-logger';

export interface RouterDeps {
  db: () => RapportDatabase;
  ownId: string;
  ownOrigin: string;
  now: () => number;
  openSidePanel: (tabId: number) => Promise<void>;
  /** Points the tab's own side panel at it (Chrome's per-tab panel). */
  bindSidePanel: (tabId: number) => Promise<void>;
  badgeState: (signal: PageSignal | null) => Promise<BadgeState>;
}

/**
 * The background's one message entry point. Checks the sender and the message's shape
 * before anything acts on it; what fails either is dropped (logged once) and answered
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
    if (kind !== 'content-script') {
      logDropOnce(
        'background',
        kind ? 'an extension page sent a content-script message' : 'foreign sender',
        sender?.url,
      );
      return undefined;
    }
    const message = parseContentMessage(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined) {
      logDropOnce('background', 'malformed message', raw);
      return undefined;
    }
    return handle(message, tabId, sender.url ?? '', deps).catch((error: unknown) => {
      console.error('Rapport background could not handle a message', message.type, error);
      return { error: error instanceof Error ? error.message : String(error) };
    });
  } catch (error) {
    logDropOnce('background', 'unreadable message', error);
    return undefined;
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
      return { ok: true };
    case 'email-sent':
      return { logged: await logSentEmail(deps.db(), message) };
    case 'thread-messages': {
      const owner = (await readTabSignal(tabId))?.signal?.mailboxOwner;
      return { logged: await logThreadMessages(deps.db(), message.messages, owner) };
    }
    case 'open-side-panel':
      await deps.openSidePanel(tabId);
      return { ok: true };
    case 'badge-state':
      return deps.badgeState((await readTabSignal(tabId))?.signal ?? null);
  }
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
