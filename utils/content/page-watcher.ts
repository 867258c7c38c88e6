import type { ContentScriptContext } from '#imports';

export interface WatchOptions {
  /** The least time between two readings. */
  intervalMs?: number;
  /**
   * The longest pause between readings while the page churns without changing what is
   * read: each such reading makes the pause four times longer up to this (60, 240, 960 ms:
   * each reading re-arms the observer, and the page's next burst then builds its mutation
   * records, so every reading skipped is churn the page does not pay for). Any change in
   * the reading, any typing, focus move, click or navigation, or a moment of quiet, brings
   * it back to `intervalMs`.
   */
  maxIntervalMs?: number;
  /**
   * Which DOM changes can change a reading. Typing, keys, clicks and focus moves are heard
   * as events and navigation as `wxt:locationchange` whatever this says, so
   * a site asks here only for what arrives as DOM changes alone. Default: nodes added or
   * removed anywhere in the document.
   */
  mutations?: Omit<MutationObserverInit, 'subtree'>;
  /**
   * Open shadow roots to watch beside the document (a mutation inside one is not seen from
   * the document), looked up again at every reading: the page may attach them late.
   * Typing, clicks and focus inside them reach the document's listeners as composed events.
   */
  shadowRoots?: () => Node[];
}

/**
 * When a page's first change after a reading comes more than this long after it, the
 * page had gone still and the change is news, not churn (a churning page changes every
 * few milliseconds).
 */
const QUIET_MS = 100;
/** Readings at the shortest pause after a change, before churn is assumed. */
const SETTLING_READINGS = 1;
/** How much longer each pause gets while the page churns to no effect. */
const BACKOFF = 4;

/**
 * The content script's one observer. Any DOM change, navigation, typing, click or focus
 * move schedules a re-read of the page at most every `intervalMs` (longer while the page
 * churns to no effect, see `maxIntervalMs`); `onChange` hears only readings that differ
 * from the last one. A burst of thousands of mutations costs one
 * read per interval, and nothing at all while the page is still. Stops with the context.
 */
export function watchPage<T>(
  ctx: ContentScriptContext,
  read: () => T,
  onChange: (value: T) => void,
  {
    intervalMs = 60,
    maxIntervalMs = 960,
    mutations = { childList: true },
    shadowRoots = () => [],
  }: WatchOptions = {},
): void {
  let last: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dueAt = 0;
  let pause = intervalMs;
  let lastReadAt = 0;
  // Whether the rep did something since the last reading: then the page is expected to
  // change, and the next reading comes after the shortest pause.
  let repActed = false;
  let idleReadings = 0;

  const checkNow = () => {
    clearTimeout(timer);
    timer = undefined;
    if (ctx.isInvalid) return;
    // Watching again before reading: a change made after this read is still heard.
    for (const root of [document.documentElement, ...shadowRoots()]) {
      observer.observe(root, { ...mutations, subtree: true });
    }
    const value = read();
    lastReadAt = performance.now();
    const key = JSON.stringify(value);
    const changed = key !== last;
    // A page that keeps churning without changing the reading (Gmail refreshing its lists)
    // is read less and less often; the observer stands down during each pause, so the
    // browser builds no mutation records for most of that churn (bench: busy page).
    // The first readings after a change stay quick: a change often comes with a few more
    // (a dialog filling in, Rapport's own badge going in), which are not churn.
    idleReadings = changed || repActed ? 0 : idleReadings + 1;
    pause =
      idleReadings < SETTLING_READINGS ? intervalMs : Math.min(pause * BACKOFF, maxIntervalMs);
    repActed = false;
    if (!changed) return;
    last = key;
    onChange(value);
  };
  const startTimer = (delay: number) => {
    clearTimeout(timer);
    dueAt = performance.now() + delay;
    timer = setTimeout(checkNow, delay);
  };
  // While a re-read is already due, further mutations cannot change what it will see, so
  // the observer stands down until then. One plain timer, cleared with the context:
  // `ctx.setTimeout` would add an invalidation listener per call, thousands over a day in
  // a Gmail tab.
  const schedule = () => {
    if (timer !== undefined) return;
    observer.disconnect();
    if (performance.now() - lastReadAt > QUIET_MS) pause = intervalMs;
    startTimer(pause);
  };
  // The rep typed, pressed a key, clicked, moved focus or navigated: read after the shortest pause, even
  // when a longer one was already under way.
  const repAction = () => {
    repActed = true;
    pause = intervalMs;
    if (timer === undefined) {
      observer.disconnect();
      startTimer(intervalMs);
    } else if (dueAt - performance.now() > intervalMs) startTimer(intervalMs);
  };

  const observer = new MutationObserver(schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  ctx.addEventListener(window, 'wxt:locationchange', repAction);
  ctx.addEventListener(document, 'input', repAction, { capture: true });
  ctx.addEventListener(document, 'focusin', repAction, { capture: true });
  ctx.addEventListener(document, 'click', repAction, { capture: true });
  // Gmail's own shortcuts ("c" to compose, "r" to reply) open composes from the keyboard.
  ctx.addEventListener(document, 'keydown', repAction, { capture: true });
  checkNow();
}
