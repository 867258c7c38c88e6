import { browser, defineBackground } from '#imports';
import { database } from '@/storage/db';
import { badgeStateFor } from '@/utils/background/badge';
import { routeMessage } from '@/utils/background/router';
import { bindSidePanel, openSidePanel } from '@/utils/background/side-panel';
import { clearTabSignal } from '@/storage/tab-signals';
import { registerCommands } from '@/utils/background/commands';
import { registerContextMenu } from '@/utils/background/context-menu';

// The service worker may be stopped at any moment: nothing here keeps state in memory.
// Every listener is registered synchronously at start-up, as MV3 requires for the worker
// to be woken by the event.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) =>
    routeMessage(message, sender, {
      db: database,
      ownId: browser.runtime.id,
      ownOrigin: browser.runtime.getURL('/'),
      now: Date.now,
      openSidePanel,
      bindSidePanel,
      badgeState: (signal) => badgeStateFor(database(), signal),
    }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void clearTabSignal(tabId));
  registerCommands();
  registerContextMenu();
});
