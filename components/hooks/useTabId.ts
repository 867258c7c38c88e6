import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { tabIdFromQuery } from '../tab-query';

/**
 * The tab an extension page acts for: `?tabId=N` when given (Chrome's per-tab side panel,
 * tests and outside checks open pages that way), else the active tab of this window,
 * followed as the rep switches tabs. `undefined` while it is being found out.
 */
export function useTabId(search: string = location.search): number | null | undefined {
  const fixed = tabIdFromQuery(search);
  const [active, setActive] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    if (fixed !== null) return;
    let cancelled = false;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (!cancelled) setActive(tab?.id ?? null);
    };
    void refresh();
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [fixed]);

  return fixed ?? active;
}
