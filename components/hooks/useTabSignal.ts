import { useEffect, useState } from 'react';
import { readTabSignal, watchTabSignal, type TabSignal } from '@/storage/tab-signals';
import { preloadedTabSignalAnswer, takePreloadedTabSignal } from './preloaded';

/**
 * The latest page signal recorded for a tab, kept live: it changes as the rep moves
 * between composes, threads and profiles. `undefined` while loading, `null` when the tab
 * has sent nothing (not Gmail or LinkedIn, or nobody in focus yet).
 */
export function useTabSignal(tabId: number | null | undefined): TabSignal | null | undefined {
  const [value, setValue] = useState<TabSignal | null | undefined>(() =>
    tabId === undefined || tabId === null ? undefined : preloadedTabSignalAnswer(tabId),
  );
  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    let cancelled = false;
    let fresh = false;
    // The early read shows first; the read made alongside the watch (which a change made
    // between the two cannot slip past) has the last word.
    const preloaded = takePreloadedTabSignal(tabId);
    void preloaded?.then((v) => !cancelled && !fresh && setValue(v));
    void readTabSignal(tabId).then((v) => {
      fresh = true;
      if (!cancelled) setValue(v);
    });
    const unwatch = watchTabSignal(tabId, (v) => {
      fresh = true;
      if (!cancelled) setValue(v);
    });
    return () => {
      cancelled = true;
      unwatch();
    };
  }, [tabId]);
  // A panel that belongs to no tab has no signal to wait for.
  return tabId === null ? null : value;
}
