import { browser } from '#imports';
import { requestPanel } from '@/storage/panel-request';
import { askBackground } from '../ask-background';

/** Firefox's sidebar API, absent from the Chrome-shaped types WXT gives `browser`. */
interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}

/** What the side panel should show when it opens: a person, or Today; else the tab's person. */
export type PanelTarget = { personId: string } | { today: true } | undefined;

/**
 * Opens Rapport beside the popup's tab. The popup click is the user gesture both browsers
 * require, and nothing may be awaited before the call that uses it. Chrome carries the
 * gesture with a message, so the background, which owns the side panel, opens it. Firefox
 * does not: its sidebar (which follows the active tab) must be opened here, in the click.
 */
export function openSidePanelFromPopup(tabId: number, target?: PanelTarget): Promise<unknown> {
  if (import.meta.env.FIREFOX) {
    if (target) {
      void requestPanel({
        ...('personId' in target ? { personId: target.personId } : {}),
        at: Date.now(),
      });
    }
    return (browser as unknown as FirefoxSidebar).sidebarAction.open();
  }
  return askBackground({ type: 'open-side-panel', tabId, ...target });
}
