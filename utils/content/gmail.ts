import type { ContentScriptContext } from '#imports';
import { detectPage } from '@/utils/sites';
import {
  composeOf,
  composeSentBy,
  extractCompose,
  extractThreadMessages,
  findSendButton,
  focusedCompose,
  isSendShortcut,
  mailboxOwner,
} from '@/utils/sites/gmail/extract';
import type { PageSignal } from '@/utils/messages';
import { createBadge } from './badge';
import { requestBadgeState, sendToBackground } from './send';
import { watchPage } from './page-watcher';

/** Two send events from one compose this close together are one send (click + keyup). */
const SAME_SEND_MS = 2000;

/**
 * Gmail: reports who is in focus as the rep moves between composes and threads, logs
 * each send and each message of an opened thread, and keeps Rapport's badge beside the
 * focused compose's Send button.
 */
export function startGmail(ctx: ContentScriptContext): void {
  const badge = createBadge(() => void sendToBackground({ type: 'open-side-panel' }));
  ctx.onInvalidated(() => badge.remove());
  const lastSend = new WeakMap<Element, number>();
  let loggedThread = '';

  const refreshBadge = async (signal: PageSignal | null) => {
    if (!signal) return badge.remove();
    const compose = signal.view === 'compose' ? focusedCompose(document) : null;
    badge.place(compose ? findSendButton(compose) : null);
    badge.show(await requestBadgeState());
  };

  watchPage(
    ctx,
    () => detectPage(document, location.href),
    (signal) => {
      void sendToBackground({ type: 'page-signal', signal }).then(() => refreshBadge(signal));
      logThread();
    },
  );

  function logThread() {
    const messages = extractThreadMessages(document, mailboxOwner(document));
    const key = messages.map((m) => m.messageId).join(',');
    if (!messages.length || key === loggedThread) return;
    loggedThread = key;
    void sendToBackground({ type: 'thread-messages', messages });
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

  // Capture phase: Gmail removes the compose as it sends, so read it before Gmail acts.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const compose = composeSentBy(event.target as Element | null);
      if (compose) reportSend(compose);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (!isSendShortcut(event)) return;
      const compose = composeOf(event.target as Element | null);
      if (compose) reportSend(compose);
    },
    { capture: true },
  );
}
