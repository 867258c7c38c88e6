import { browser } from '#imports';

/** The side panel page for one tab: it shows whoever is in focus there. */
export function sidePanelPath(tabId: number): string {
  return `sidepanel.html?tabId=${tabId}`;
}

/**
 * Opens Rapport beside the tab. Chrome: the tab's own side panel, which must be opened in
 * response to a user gesture (a message from the popup or the in-page badge carries one).
 * Firefox opens its sidebar only in a user action's own handler, and a content script's
 * message is none (the popup opens the sidebar itself): here, from the in-page badge, it
 * opens Rapport for the tab in a small window of its own. Each browser's calls are left
 * out of the other's build.
 */
export async function openSidePanel(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) {
    await browser.windows.create({
      url: browser.runtime.getURL(`/${sidePanelPath(tabId)}` as '/sidepanel.html'),
      type: 'popup',
      width: 400,
      height: 700,
    });
    return;
  }
  // No await before open(): Chrome forgets the user gesture at the first await. The
  // calls are queued in order, so the panel opens already bound to this tab.
  void bindSidePanel(tabId);
  await chrome.sidePanel.open({ tabId });
}

/**
 * Opens Rapport's side panel in a window (Chrome), or the sidebar (Firefox), in response to
 * a user gesture such as a click on a reminder: whichever panel shows there (the tab's own,
 * or the window's) answers the panel request made beside this call.
 */
export async function openSidePanelInWindow(windowId: number | undefined): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Firefox's sidebar API is not in the Chrome-shaped types WXT gives `browser`.
    const firefox = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
    await firefox.sidebarAction?.open();
    return;
  }
  if (windowId === undefined) throw new Error('no browser window to open the side panel in');
  await chrome.sidePanel.open({ windowId });
}

/** Makes the tab's side panel show this tab (Chrome keeps one panel per tab; Firefox has none). */
export async function bindSidePanel(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  await chrome.sidePanel.setOptions({ tabId, path: sidePanelPath(tabId), enabled: true });
}
