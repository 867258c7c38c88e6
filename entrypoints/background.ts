import { browser, defineBackground } from '#imports';
import { forgetStaleDrafts } from '@/storage/drafts';
import { registerCommands } from '@/utils/background/commands';
import { registerContextMenu } from '@/utils/background/context-menu';
import { registerFollowUpSchedule } from '@/utils/background/follow-up-schedule';
import { routeMessage } from '@/utils/background/router';
import { routerDeps } from '@/utils/background/router-deps';
import { keepLocalStorageFromContentScripts } from '@/utils/background/storage-access';
import { forgetTabsLeavingSites } from '@/utils/background/tab-sites';

/**
 * Housekeeping waits this long after the worker starts: what woke it (a panel opening, a
 * page's message) is answered first. The worker lives at least 30 s after its last event,
 * so the housekeeping still runs.
 */
const HOUSEKEEPING_DELAY_MS = 3_000;

// The service worker may be stopped at any moment: nothing it needs later lives only in
// memory (the send rate limit's one-minute window passes with the worker).
// Every listener is registered synchronously at start-up, as MV3 requires for the worker
// to be woken by the event.
export default defineBackground(() => {
  const deps = routerDeps();
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender, deps));
  forgetTabsLeavingSites();
  void keepLocalStorageFromContentScripts();
  setTimeout(() => void forgetStaleDrafts(Date.now()), HOUSEKEEPING_DELAY_MS);
  registerCommands();
  registerContextMenu();
  registerFollowUpSchedule();
});
