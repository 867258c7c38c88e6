import { browser } from '#imports';
import { clearTabSignal } from '@/storage/tab-signals';
import { siteOfUrl } from '@/utils/domain/sites';

/**
 * Forgets a tab's signal (who was on screen, the draft, the mailbox owner's address) as
 * soon as the tab starts loading a page of neither site, and when it closes. The browser
 * shows the background a tab's address only on the two sites Rapport may read, so a tab
 * whose address it cannot see has left them.
 */
export function forgetTabsLeavingSites(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if ((change.status === 'loading' || change.url !== undefined) && !siteOfUrl(tab.url))
      void clearTabSignal(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabSignal(tabId));
}
