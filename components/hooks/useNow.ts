import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `everyMs`: relative dates ("tomorrow") and reminders
 * stay right in a side panel left open across midnight, without reading the clock during
 * render.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
