import { useEffect, useRef, useState } from 'react';

/**
 * The current time, refreshed every `everyMs` and whenever `refreshOn` changes: relative
 * dates ("tomorrow") and reminders stay right in a side panel left open across midnight,
 * and a touch logged a moment ago (a message just sent) counts at once, all without
 * reading the clock during render.
 */
export function useNow(everyMs = 60_000, refreshOn?: unknown): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  // The first render already read the clock: a new time then would only make everything
  // computed from it (Today's plan, a live query) run twice on opening.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), 0);
    return () => clearTimeout(timer);
  }, [refreshOn]);
  return now;
}
