import { useEffect, useState } from 'react';
import { watchSettings } from '@/storage/settings';
import type { Settings } from '@/storage/schema';

/** The rep's settings, live across windows; undefined while loading. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => watchSettings(setSettings), []);
  return settings;
}
