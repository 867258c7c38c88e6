import type { ContentScriptContext } from '#imports';
import { detectGmail } from '@/utils/sites/gmail/detect';
import {
  composeSentBy,
  composeSentByKey,
  extractCompose,
  extractThreadMessages,
  findSendButton,
  focusedCompose,
  isSendShortcut,
  composeOf,
  mailboxOwner,
} from '@/utils/sites/gmail/extract';
import { isGmailThreadUrl } from '@/utils/sites/gmail/urls';
import type { BadgeState, PageSignal } from '@/utils/messages';
import { createBadge } from './badge';
import { guardSends, type SendControls } from './send-guard';
import { requestBadgeState, sendToBackground } from './send';
import { watchPage } from './page-watcher';
import { answerSelectionRequests } from './selection';

/** Two send events from one compose this close together are one send (click + keyup). */
const SAME_SEND_MS = 2000;

/** How a Gmail compose is sent: its Send button, or Ctrl/⌘+Enter anywhere in it. */
export const gmailSendControls: SendControls = {
  sentBy: composeSentBy,
  composeOf,
  sendButton: findSendButton,
  isSendKey: isSendShortcut,
};

/**
 * Gmail: reports who is in focus as the rep moves between composes and threads, logs
 * each send and each message of an opened thread, and keeps Rapport's badge beside the
 * focused compose's Send button.
 */
export function startGmail(ctx: ContentScriptContext): void {
  const badge = createBadge(() => void sendToBackground({ type: 'open-side-panel' }));
  ctx.onInvalidated(() => badge.remove());
  answerSelectionRequests(ctx);
  const lastSend = new WeakMap<Element, number>();
  let loggedThread = '';
  let badgeState: BadgeState | undefined;

  const refreshBadge = async (signal: PageSignal | null) => {
    if (!signal) {
      badgeState = undefined;
      return badge.remove();
    }
    const compose = signal.view === 'compose' ? focusedCompose(document) : null;
    badge.place(compose ? findSendButton(compose) : null);
    badgeState = await requestBadgeState();
    badge.show(badgeState);
  };

  watchPage(
    ctx,
    () => {
      // On every re-read, not only when the person in focus changes: a reply arriving in
      // the open thread leaves the signal as it was but is a message to log.
      logThread();
      return detectGmail(document, location.href);
    },
    (signal) => {
      void sendToBackground({ type: 'page-signal', signal, url: location.href }).then(() =>
        refreshBadge(signal),
      );
    },
    {
      // Composes, chips, dialogs and messages arrive as inserted nodes, typing and focus
      // as events; in place, only an address may change on a chip or a legacy recipient
      // input. Text and class churn, Gmail's steady state, is not watched at all.
      mutations: {
        childList: true,
        attributeFilter: ['email', 'data-hovercard-id', 'data-message-id', 'value'],
      },
    },
  );

  function logThread() {
    // Messages are logged while their conversation is open; a list view may keep a left
    // conversation's DOM around, already logged, and is not worth a search of the page.
    if (!isGmailThreadUrl(location.href)) return;
    const owner = mailboxOwner(document);
    const messages = extractThreadMessages(document, owner);
    const key = messages.map((m) => m.messageId).join(',');
    if (!messages.length || key === loggedThread) return;
    loggedThread = key;
    void sendToBackground({
      type: 'thread-messages',
      messages,
      ...(owner ? { mailboxOwner: owner } : {}),
    });
  }

  function reportSend(compose: Element) {
    const now = Date.now();
    if (now - (lastSend.get(compose) ?? 0) < SAME_SEND_MS) return;
    lastSend.set(compose, now);
    const { people, draft } = extractCompose(compose, mailboxOwner(document));
    const recipients = people.flatMap((p) => (p.email ? [p.email] : []));
    if (!recipients.length) return;
    void sendToBackground({
      type: 'email-sent',
      sendId: `${now}-${Math.random().toString(36).slice(2, 10)}`,
      recipients,
      subject: draft.subject,
      at: now,
    });
  }

  // A send confirmed through "Send anyway?" is the rep's, though its click is the guard's.
  guardSends(ctx, () => badgeState, gmailSendControls, undefined, reportSend);

  // Capture phase: Gmail removes the compose as it sends, so read it before Gmail acts.
  // Only the rep's own clicks and keys count: a page script's synthetic click is no send
  // of theirs.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const compose = composeSentBy(event.target as Element | null);
      if (compose) reportSend(compose);
    },
    { capture: true },
  );
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    const compose = composeSentByKey(event);
    if (compose) reportSend(compose);
  };
  ctx.addEventListener(document, 'keydown', onKey, { capture: true });
  ctx.addEventListener(document, 'keyup', onKey, { capture: true });
}
