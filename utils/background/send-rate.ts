/**
 * The most sends one tab may log in a minute. A rep sends one message at a time, each
 * written first; more than this from one tab is a page clicking Send for itself, and
 * logging it would fill a person's history and turn their timing to "stop".
 */
export const MAX_SENDS_PER_TAB_PER_MINUTE = 10;
const MINUTE_MS = 60_000;

/** Says whether `tabId` may log another send at `now`; counts the ones it allows. */
export type SendRateLimit = (tabId: number, now: number) => boolean;

/**
 * A sliding window of each tab's recent sends. It lives in the worker's memory: when the
 * worker stops (after half a minute idle) the window has mostly passed anyway, and a
 * burst keeps the worker awake.
 */
export function sendRateLimit(max = MAX_SENDS_PER_TAB_PER_MINUTE): SendRateLimit {
  const recent = new Map<number, number[]>();
  return (tabId, now) => {
    const inWindow = (recent.get(tabId) ?? []).filter((at) => now - at < MINUTE_MS);
    const allowed = inWindow.length < max;
    if (allowed) inWindow.push(now);
    recent.set(tabId, inWindow);
    return allowed;
  };
}
