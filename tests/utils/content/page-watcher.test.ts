import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { watchPage } from '@/utils/content/page-watcher';

/** The part of WXT's content-script context the watcher uses, without the extension. */
function fakeContext(): ContentScriptContext & { invalidate(): void } {
  const cleanups: Array<() => void> = [];
  let invalid = false;
  return {
    get isInvalid() {
      return invalid;
    },
    onInvalidated(cb: () => void) {
      cleanups.push(cb);
      return () => undefined;
    },
    addEventListener(
      target: EventTarget,
      type: string,
      handler: EventListener,
      options?: boolean | AddEventListenerOptions,
    ) {
      target.addEventListener(type, handler, options);
      cleanups.push(() => target.removeEventListener(type, handler, options));
    },
    invalidate() {
      invalid = true;
      for (const cleanup of cleanups) cleanup();
    },
  } as unknown as ContentScriptContext & { invalidate(): void };
}

/** Lets the observer deliver its records, then moves the clock. */
async function advance(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchPage', () => {
  let ctx: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  it('reports a person who appears through DOM changes alone, once', async () => {
    const seen: Array<string | null> = [];
    watchPage(
      ctx,
      () => document.querySelector('[data-person]')?.getAttribute('data-person') ?? null,
      (v) => seen.push(v),
    );
    expect(seen).toEqual([null]);
    const card = document.createElement('div');
    card.dataset.person = 'maya';
    document.body.append(card);
    await advance(60);
    expect(seen).toEqual([null, 'maya']);
    document.body.append(document.createElement('span'));
    await advance(60);
    expect(seen).toEqual([null, 'maya']);
  });

  it('reads less often while the page churns to no effect, and at once again when the rep acts', async () => {
    let reads = 0;
    watchPage(
      ctx,
      () => {
        reads += 1;
        return document.querySelector('input')?.value ?? '';
      },
      () => undefined,
    );
    reads = 0;
    // 1.2 s of churn, a burst every 20 ms, none of it changing the reading.
    for (let t = 0; t < 1200; t += 20) {
      document.body.append(document.createElement('i'));
      await advance(20);
    }
    // At a steady 60 ms that would be 20 readings; backing off (60, 240, then 960 ms) leaves
    // two or three: still reading, far less often.
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(reads).toBeLessThanOrEqual(3);

    // Typing during the churn is read after the shortest pause, not the longest.
    const input = document.createElement('input');
    document.body.append(input);
    await advance(1);
    const before = reads;
    input.value = 'hello';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await advance(60);
    expect(reads).toBeGreaterThan(before);
  });

  it('goes back to the shortest pause after a moment of quiet', async () => {
    const seen: string[] = [];
    watchPage(
      ctx,
      () => String(document.querySelectorAll('b').length > 0),
      (v) => seen.push(v),
    );
    for (let t = 0; t < 1000; t += 20) {
      document.body.append(document.createElement('i'));
      await advance(20);
    }
    await advance(1500);
    document.body.append(document.createElement('b'));
    await advance(60);
    expect(seen).toEqual(['false', 'true']);
  });
});
