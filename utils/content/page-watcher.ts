import type { ContentScriptContext } from '#imports';

export interface PageWatcher {
  /** Re-reads the page soon, as after a DOM change. */
  schedule(): void;
  /** Re-reads the page now. */
  checkNow(): void;
}

export interface WatchOptions {
  /** The least time between two readings. */
  intervalMs?: number;
  /**
   * Which DOM changes can change a reading. Typing and focus moves are heard as `input`
   * and `focusin` events and navigation as `wxt:locationchange` whatever this says, so
   * a site asks here only for what arrives as DOM changes alone. Default: nodes added or
   * removed anywhere in the document.
   */
  mutations?: Omit<MutationObserverInit, 'subtree'>;
}

/**
 * The content script's one observer. Any DOM change, navigation, typing or focus move
 * schedules a re-read of the page at most every `intervalMs`; `onChange` hears only
 * readings that differ from the last one. A burst of thousands of mutations costs one
 * read per interval, and nothing at all while the page is still. Stops with the context.
 */
export function watchPage<T>(
  ctx: ContentScriptContext,
  read: () => T,
  onChange: (value: T) => void,
  { intervalMs = 60, mutations = { childList: true } }: WatchOptions = {},
): PageWatcher {
  let last: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const checkNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (ctx.isInvalid) return;
    // Watching again before reading: a change made after this read is still heard.
    observer.observe(document.documentElement, { ...mutations, subtree: true });
    const value = read();
    const key = JSON.stringify(value);
    if (key === last) return;
    last = key;
    onChange(value);
  };
  // While a re-read is already due, further mutations cannot change what it will see, so
  // the observer stands down until then: on a page churning thousands of mutations the
  // browser then builds no records for most of them (bench: busy page). One plain timer,
  // cleared with the context: `ctx.setTimeout` would add an invalidation listener per call,
  // thousands over a day in a Gmail tab.
  const schedule = () => {
    if (timer !== undefined) return;
    observer.disconnect();
    timer = setTimeout(checkNow, intervalMs);
  };

  const observer = new MutationObserver(schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  ctx.addEventListener(document, 'focusin', schedule, { capture: true });
  checkNow();
  return { schedule, checkNow };
}
