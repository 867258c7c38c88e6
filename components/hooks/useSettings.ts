import { useEffect, useState } from 'react';
import { watchSettings } from '@/storage/settings';
import type { Settings } from '@/storage/schema';
import { preloadedSettings } from './preloaded';

/** Settings hold only plain values: the same JSON is the same settings. */
const sameSettings = (a: Settings | undefined, b: Settings) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * The rep's settings, live across windows; undefined while loading (at once, in a page
 * that read them before it mounted). A read that finds them unchanged keeps the same
 * object, so nothing computed from them is worked out again.
 */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(preloadedSettings);
  useEffect(
    () => watchSettings((next) => setSettings((now) => (sameSettings(now, next) ? now : next))),
    [],
  );
  return settings;
}
