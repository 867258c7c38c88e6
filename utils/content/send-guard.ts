import type { ContentScriptContext } from '#imports';
import type { BadgeState } from '@/utils/messages';

/** Pointer events sites' buttons act on: all of them are held back while the rep decides. */
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const;

/** How a site's composes are sent: what the guard needs to hold a send and redo it. */
export interface SendControls {
  /** The compose whose Send button `target` is (or is inside); null for anything else. */
  sentBy(target: Element | null): Element | null;
  /** The compose `target` is inside, for a send from the keyboard. */
  composeOf(target: Element | null): Element | null;
  /** The compose's Send button, clicked once on "Send anyway". */
  sendButton(compose: Element): Element | null;
  /** Whether a key press in a compose sends it (Gmail's Ctrl+Enter, LinkedIn's Enter). */
  isSendKey(event: KeyboardEvent): boolean;
}

/** The question asked before a send the timing advises against. */
export function sendAnywayQuestion(state: BadgeState): string {
  const why = state.reason ?? 'The send timing says not to send this now.';
  return `Rapport: ${why}\n\nSend anyway?`;
}

/**
 * The element an event began at, inside open shadow roots too (a listener on the window
 * sees a shadow root's host as the target).
 */
export function eventOrigin(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  return first && (first as Node).nodeType === 1 ? (first as Element) : null;
}

/**
 * "Send anyway?" on a stop verdict, when the rep turned it on (`state().confirmSend`).
 * Send clicks, Enter or Space on the Send button and the site's send key in a compose are
 * held in the capture phase, before the site sees them; the message stays untouched in its
 * compose. On "Send anyway" one click (mousedown, mouseup, click, as the sites' buttons
 * expect) is dispatched on that compose's Send button, and only that one passes the guard:
 * the message is never lost and never sent twice. `onResend` hears that click, which the
 * page marks untrusted, so the send is still logged. With the setting off nothing is
 * intercepted.
 */
export function guardSends(
  ctx: ContentScriptContext,
  state: () => BadgeState | undefined,
  controls: SendControls,
  ask: (question: string) => boolean = (question) => window.confirm(question),
  onResend: (compose: Element) => void = () => {},
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
    const button = controls.sendButton(compose);
    if (!button?.isConnected) return;
    onResend(compose);
    resending = true;
    try {
      for (const type of ['mousedown', 'mouseup', 'click'])
        button.dispatchEvent(
          new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view: window }),
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
        if (guarding() && controls.sentBy(eventOrigin(event))) hold(event);
      },
      { capture: true },
    );
  }
  ctx.addEventListener(
    window,
    'click',
    (event) => {
      if (!guarding()) return;
      const compose = controls.sentBy(eventOrigin(event));
      if (!compose) return;
      hold(event);
      decide(compose);
    },
    { capture: true },
  );
  const onKey = (event: KeyboardEvent) => {
    if (!guarding()) return;
    const target = eventOrigin(event);
    const onSendButton =
      (event.key === 'Enter' || event.key === ' ') && controls.sentBy(target) !== null;
    const sendKey = event.type === 'keydown' && controls.isSendKey(event);
    if (!onSendButton && !sendKey) return;
    const compose = onSendButton ? controls.sentBy(target) : controls.composeOf(target);
    if (!compose) return;
    hold(event);
    // Space acts on release, Enter and the send key on press: ask once per key.
    const acts = event.type === 'keydown' ? event.key === 'Enter' || sendKey : event.key === ' ';
    if (acts && !event.repeat) decide(compose);
  };
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  ctx.addEventListener(window, 'keyup', onKey, { capture: true });
}
