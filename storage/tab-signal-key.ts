/**
 * Where the background records each tab's latest page signal in the browser's session
 * storage: `tab-signal:<tabId>`. Defined once, without imports, so that the test harness
 * and the bench scripts, which read the browser's storage from outside, name it the same.
 */
export const TAB_SIGNAL_KEY_PREFIX = 'tab-signal:';

export function tabSignalKey(tabId: number): string {
  return `${TAB_SIGNAL_KEY_PREFIX}${tabId}`;
}

/** The tab a session-storage key records a signal for; undefined for every other key. */
export function tabIdOfSignalKey(key: string): number | undefined {
  if (!key.startsWith(TAB_SIGNAL_KEY_PREFIX)) return undefined;
  const rest = key.slice(TAB_SIGNAL_KEY_PREFIX.length);
  return /^\d{1,10}$/.test(rest) ? Number(rest) : undefined;
}
