import { useEffect, useState } from 'react';

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
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), 0);
    return () => clearTimeout(timer);
  }, [refreshOn]);
  return now;
}
