import { browser } from '#imports';

/** The side panel page for one tab: it shows whoever is in focus there. */
export function sidePanelPath(tabId: number): string {
  return `sidepanel.html?tabId=${tabId}`;
}

/**
 * Opens Rapport beside the tab. Chrome: the tab's own side panel. Firefox: the sidebar,
 * which follows the active tab. Both must be called in response to a user gesture.
 */
export async function openSidePanel(tabId: number): Promise<void> {
  if (typeof chrome !== 'undefined' && chrome.sidePanel) {
    // No await before open(): Chrome forgets the user gesture at the first await. The
    // calls are queued in order, so the panel opens already bound to this tab.
    void bindSidePanel(tabId);
    await chrome.sidePanel.open({ tabId });
    return;
  }
  // Firefox's sidebar API is not in the Chrome-shaped types WXT gives `browser`.
  const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
  await firefox.sidebarAction?.open();
}

/**
 * Opens Rapport's side panel in a window (Chrome), or the sidebar (Firefox), in response to
 * a user gesture such as a click on a reminder: whichever panel shows there (the tab's own,
 * or the window's) answers the panel request made beside this call.
 */
export async function openSidePanelInWindow(windowId: number | undefined): Promise<void> {
  if (typeof chrome !== 'undefined' && chrome.sidePanel) {
    if (windowId === undefined) throw new Error('no browser window to open the side panel in');
    await chrome.sidePanel.open({ windowId });
    return;
  }
  const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
  await firefox.sidebarAction?.open();
}

/** Makes the tab's side panel show this tab (Chrome keeps one panel per tab). */
export async function bindSidePanel(tabId: number): Promise<void> {
  if (typeof chrome === 'undefined' || !chrome.sidePanel) return;
  await chrome.sidePanel.setOptions({ tabId, path: sidePanelPath(tabId), enabled: true });
}
