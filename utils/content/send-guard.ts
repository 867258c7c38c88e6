import type { ContentScriptContext } from '#imports';
import type { BadgeState } from '@/utils/messages';
import {
  composeOf,
  composeSentBy,
  findSendButton,
  isSendShortcut,
} from '@/utils/sites/gmail/extract';

/** Pointer events Gmail's buttons act on: all of them are held back while the rep decides. */
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

/** The question asked before a send the timing advises against. */
export function sendAnywayQuestion(state: BadgeState): string {
  const why = state.reason ?? 'The send timing says not to send this now.';
  return `Rapport: ${why}\n\nSend anyway?`;
}

/**
 * "Send anyway?" on a stop verdict, when the rep turned it on (`state().confirmSend`).
 * Send clicks, Enter or Space on the Send button and Ctrl/⌘+Enter in a compose are held
 * in the capture phase, before Gmail sees them; the email stays untouched in its compose.
 * On "Send anyway" one click (mousedown, mouseup, click, as Gmail's buttons expect) is
 * dispatched on that compose's Send button, and only that one passes the guard: the email
 * is never lost and never sent twice. With the setting off nothing is intercepted.
 */
export function guardSends(
  ctx: ContentScriptContext,
  state: () => BadgeState | undefined,
  ask: (question: string) => boolean = (question) => window.confirm(question),
): void {
  let resending = false;
  const guarding = () => !resending && state()?.confirmSend === true;

  const hold = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const decide = (compose: Element) => {
    const current = state();
    if (!current || !ask(sendAnywayQuestion(current))) return;
    const button = findSendButton(compose);
    if (!button?.isConnected) return;
    resending = true;
    try {
      for (const type of ['mousedown', 'mouseup', 'click'])
        button.dispatchEvent(
          new MouseEvent(type, { bubbles: true, cancelable: true, view: window }),
        );
    } finally {
      resending = false;
    }
  };

  for (const type of POINTER_EVENTS) {
    ctx.addEventListener(
      window,
      type,
      (event) => {
        if (guarding() && composeSentBy(event.target as Element | null)) hold(event);
      },
      { capture: true },
    );
  }
  ctx.addEventListener(
    window,
    'click',
    (event) => {
      if (!guarding()) return;
      const compose = composeSentBy(event.target as Element | null);
      if (!compose) return;
      hold(event);
      decide(compose);
    },
    { capture: true },
  );
  const onKey = (event: KeyboardEvent) => {
    if (!guarding()) return;
    const target = event.target as Element | null;
    const onSendButton =
      (event.key === 'Enter' || event.key === ' ') && composeSentBy(target) !== null;
    const shortcut = event.type === 'keydown' && isSendShortcut(event);
    if (!onSendButton && !shortcut) return;
    hold(event);
    const compose = composeOf(target);
    // Space acts on release, Enter and the shortcut on press: ask once per key.
    const acts = event.type === 'keydown' ? event.key === 'Enter' || shortcut : event.key === ' ';
    if (compose && acts && !event.repeat) decide(compose);
  };
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  ctx.addEventListener(window, 'keyup', onKey, { capture: true });
}
