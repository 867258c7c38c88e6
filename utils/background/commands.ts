import { browser } from '#imports';
import { openSidePanel } from './side-panel';

/**
 * Keyboard commands (declared in wxt.config.ts). `_execute_action` opens the popup by
 * itself; only opening the side panel needs code. Firefox declares its built-in
 * `_execute_sidebar_action` instead and needs none.
 */
export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== OPEN_SIDE_PANEL_COMMAND) return;
    // The shortcut is the user gesture sidePanel.open needs, and an await before the call
    // would lose it: the tab comes with the event, so nothing is looked up first.
    if (tab?.id === undefined) {
      console.warn('Rapport: the open-side-panel command came without a tab');
      return;
    }
    openSidePanel(tab.id).catch((error: unknown) =>
      console.warn('Rapport: the side panel did not open', error),
    );
  });
}
