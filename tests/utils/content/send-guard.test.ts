import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { gmailSendControls } from '@/utils/content/gmail';
import { guardSends, sendAnywayQuestion } from '@/utils/content/send-guard';
import type { BadgeState } from '@/utils/messages';
import { OWN_FIXTURES, readFixture } from '../sites/fixtures';

const STOP: BadgeState = {
  known: true,
  noteCount: 2,
  level: 'stop',
  confirmSend: true,
  reason: 'They said they do not want to hear from you.',
};

/** The listeners a content script context would remove when it is invalidated. */
function fakeContext() {
  const removers: (() => void)[] = [];
  const ctx = {
    addEventListener(
      target: EventTarget,
      type: string,
      handler: EventListener,
      options?: AddEventListenerOptions,
    ) {
      target.addEventListener(type, handler, options);
      removers.push(() => target.removeEventListener(type, handler, options));
    },
  } as unknown as ContentScriptContext;
  return { ctx, dispose: () => removers.forEach((r) => r()) };
}

describe('"Send anyway?" on a stop verdict', () => {
  let dispose: () => void;
  let gmailSaw: string[];
  let send: HTMLElement;
  let body: HTMLElement;
  let pageListeners: AbortController;

  beforeEach(() => {
    const saved = new DOMParser().parseFromString(
      readFixture(OWN_FIXTURES, 'gmail/compose-new-message.html'),
      'text/html',
    );
    document.body.replaceChildren(
      ...Array.from(saved.body.childNodes, (n) => document.importNode(n, true)),
    );
    send = document.querySelector<HTMLElement>('[role=button][data-tooltip^="Send"]')!;
    body = document.querySelector<HTMLElement>('[role=textbox][aria-label="Message Body"]')!;
    gmailSaw = [];
    // Gmail's own handlers, in the bubble phase as page code listens.
    for (const type of ['mousedown', 'mouseup', 'click'])
      send.addEventListener(type, () => gmailSaw.push(type));
    pageListeners = new AbortController();
    document.addEventListener('keydown', (e) => gmailSaw.push(`keydown:${e.key}`), {
      signal: pageListeners.signal,
    });
  });
  afterEach(() => {
    dispose();
    pageListeners.abort();
  });

  function guard(state: BadgeState | undefined, answer: boolean) {
    const ask = vi.fn(() => answer);
    const made = fakeContext();
    dispose = made.dispose;
    guardSends(made.ctx, () => state, gmailSendControls, ask);
    return ask;
  }

  function clickSend() {
    for (const type of ['mousedown', 'mouseup', 'click'])
      send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
  }

  it('lets every send through, unasked, when the setting is off', () => {
    const ask = guard({ ...STOP, confirmSend: undefined }, false);
    clickSend();
    expect(ask).not.toHaveBeenCalled();
    expect(gmailSaw).toEqual(['mousedown', 'mouseup', 'click']);
  });

  it('holds the send and asks; declining leaves the email where it was', () => {
    const ask = guard(STOP, false);
    clickSend();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith(sendAnywayQuestion(STOP));
    expect(sendAnywayQuestion(STOP)).toMatch(/do not want to hear from you[\s\S]*Send anyway\?$/);
    expect(gmailSaw).toEqual([]);
    expect(body.isConnected).toBe(true);
  });

  it('on "Send anyway", Gmail gets exactly one click', () => {
    const ask = guard(STOP, true);
    clickSend();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(gmailSaw).toEqual(['mousedown', 'mouseup', 'click']);
  });

  it('asks on Ctrl+Enter in the compose too, and sends once through the Send button', () => {
    const ask = guard(STOP, true);
    body.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Enter',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      }),
    );
    expect(ask).toHaveBeenCalledTimes(1);
    expect(gmailSaw).toEqual(['mousedown', 'mouseup', 'click']);
  });

  it('leaves typing alone', () => {
    const ask = guard(STOP, false);
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(ask).not.toHaveBeenCalled();
    expect(gmailSaw).toEqual(['keydown:Enter']);
  });
});
