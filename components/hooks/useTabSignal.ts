import { useEffect, useState } from 'react';
import { readTabSignal, watchTabSignal, type TabSignal } from '@/storage/tab-signals';

/**
 * The latest page signal recorded for a tab, kept live: it changes as the rep moves
 * between composes, threads and profiles. `undefined` while loading, `null` when the tab
 * has sent nothing (not Gmail or LinkedIn, or nobody in focus yet).
 */
export function useTabSignal(tabId: number | null | undefined): TabSignal | null | undefined {
  const [value, setValue] = useState<TabSignal | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    let cancelled = false;
    void readTabSignal(tabId).then((v) => !cancelled && setValue(v));
    const unwatch = watchTabSignal(tabId, (v) => !cancelled && setValue(v));
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
  // A panel that belongs to no tab has no signal to wait for.
  return tabId === null ? null : value;
}
