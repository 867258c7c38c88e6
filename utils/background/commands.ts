import { browser, type Browser } from '#imports';
import { database, type RapportDatabase } from '@/storage/db';
import { selectionReplySchema } from '@/utils/messages';
import { SELECTION_REQUEST } from '@/utils/selection-request';
import { saveSelectionAndTell } from './context-menu';
import { openSidePanel } from './side-panel';

/**
 * Keyboard commands (declared in wxt.config.ts). `_execute_action` opens the popup by
 * itself; opening the side panel and saving the selection need code. Firefox declares its
 * built-in `_execute_sidebar_action` instead of opening the panel here.
 */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';
export const SAVE_SELECTION_COMMAND = 'save-selection';

export function registerCommands(db: () => RapportDatabase = database): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === OPEN_SIDE_PANEL_COMMAND) openPanel(tab);
    else if (command === SAVE_SELECTION_COMMAND && tab?.id !== undefined) {
      void saveTabSelection(db(), tab.id);
    }
  });
}

function openPanel(tab: Browser.tabs.Tab | undefined): void {
  // The shortcut is the user gesture sidePanel.open needs, and an await before the call
  // would lose it: the tab comes with the event, so nothing is looked up first.
  if (tab?.id === undefined) {
    console.warn('Rapport: the open-side-panel command came without a tab');
    return;
  }
  openSidePanel(tab.id).catch((error: unknown) =>
    console.warn('Rapport: the side panel did not open', error),
  );
}

/**
 * The save-selection shortcut: asks the tab's content script for the selected text (the
 * command brings no selection with it), then saves it as the context menu item does. A tab
 * without Rapport's content script (not Gmail or LinkedIn) answers nothing.
 */
async function saveTabSelection(db: RapportDatabase, tabId: number): Promise<void> {
  const raw: unknown = await browser.tabs
    .sendMessage(tabId, SELECTION_REQUEST)
    .catch(() => undefined);
  const reply = selectionReplySchema.safeParse(raw);
  await saveSelectionAndTell(
    db,
    tabId,
    reply.success ? reply.data.text : undefined,
    reply.success ? reply.data.url : undefined,
  );
}
