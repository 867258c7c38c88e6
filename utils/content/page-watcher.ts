import type { ContentScriptContext } from '#imports';

export interface PageWatcher {
  /** Re-reads the page soon, as after a DOM change. */
  schedule(): void;
  /** Re-reads the page now. */
  checkNow(): void;
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
  intervalMs = 60,
): PageWatcher {
  let last: string | undefined;
  let pending = false;

  const checkNow = () => {
    pending = false;
    if (ctx.isInvalid) return;
    // Watching again before reading: a change made after this read is still heard.
    observe();
    const value = read();
    const key = JSON.stringify(value);
    if (key === last) return;
    last = key;
    onChange(value);
  };
  // While a re-read is already due, further mutations cannot change what it will see, so
  // the observer stands down until then: on a page churning thousands of mutations the
  // browser then builds no records for most of them (bench: busy page).
  const schedule = () => {
    if (pending) return;
    pending = true;
    observer.disconnect();
    ctx.setTimeout(checkNow, intervalMs);
  };

  const observer = new MutationObserver(schedule);
  const observe = () =>
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      // Only the attributes that move focus or identity: class churn is ignored.
      attributeFilter: ['aria-hidden', 'aria-label', 'email', 'data-hovercard-id', 'value', 'href'],
    });
  observe();
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(document, 'input', schedule, { capture: true });
  ctx.addEventListener(document, 'focusin', schedule, { capture: true });
  checkNow();
  return { schedule, checkNow };
}
