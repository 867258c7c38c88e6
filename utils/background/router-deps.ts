import { browser } from '#imports';
import { database, type RapportDatabase } from '@/storage/db';
import { badgeStateFor } from './badge';
import { refreshTitle } from './context-menu';
import { followUpsChanged } from './follow-up-schedule';
import { sendRateLimit } from './send-rate';
import type { RouterDeps } from './router';
import { bindSidePanel, openSidePanel } from './side-panel';

/** What the router acts with in the running extension: the real database, badge, menu and panel. */
export function routerDeps(db: () => RapportDatabase = database): RouterDeps {
  return {
    db,
    ownId: browser.runtime.id,
    ownOrigin: browser.runtime.getURL('/'),
    now: Date.now,
    mayLogSend: sendRateLimit(),
    openSidePanel,
    bindSidePanel,
    badgeState: (signal) => badgeStateFor(db(), signal),
    refreshMenuTitle: (tabId) => refreshTitle(db(), tabId),
    followUpsChanged: () => followUpsChanged(db()),
  };
}
