import { browser, type Browser } from '#imports';
import { database, type RapportDatabase } from '@/storage/db';
import { addNote } from '@/storage/notes';
import { personInFocus, type PersonInFocus } from '@/storage/person-in-focus';
import { displayNameOf } from '@/utils/domain/person';
import { CONTENT_SCRIPT_MATCHES, siteOfUrl } from '@/utils/domain/sites';
import type { Note, Person } from '@/storage/schema';
import { tabIdOfSignalKey } from '@/storage/tab-signal-key';
import { readTabSignal } from '@/storage/tab-signals';

/**
 * "Save to Rapport as a note about <name>": the selected text on Gmail or LinkedIn,
 * stored as a 'said' note about the person in focus in that tab. It never creates a
 * person silently: with nobody known in focus it saves nothing and says why on the
 * toolbar button.
 */

export const MENU_ID = 'rapport-save-selection';
const TITLE_NAME_MAX = 60;
const BADGE_MS = 8_000;

/** The menu item's title for whoever is in focus. */
export function menuTitle(focus: PersonInFocus | null): string {
  if (!focus) return 'Save to Rapport as a note (nobody in focus)';
  const name = shorten(focus.person?.name ?? displayNameOf(focus.page));
  return focus.person
    ? `Save to Rapport as a note about ${name}`
    : `Save to Rapport as a note about ${name} (not in Rapport yet)`;
}

function shorten(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_NAME_MAX ? `${flat.slice(0, TITLE_NAME_MAX - 1)}…` : flat;
}

export type SelectionResult =
  { saved: true; note: Note; person: Person } | { saved: false; reason: string };

/** Stores a selection as a note about the tab's person in focus, or says why not. */
export async function saveSelection(
  db: RapportDatabase,
  tabId: number,
  selection: string | undefined,
  pageUrl: string | undefined,
  now = Date.now(),
): Promise<SelectionResult> {
  const source = siteOfUrl(pageUrl);
  if (!source)
    return { saved: false, reason: 'Rapport saves selections on Gmail and LinkedIn only.' };
  if (!selection?.trim()) return { saved: false, reason: 'Nothing was selected.' };
  const focus = await personInFocus(db, (await readTabSignal(tabId))?.signal);
  if (!focus) return { saved: false, reason: 'Nobody is in focus on this page.' };
  if (!focus.person) {
    return {
      saved: false,
      reason: `${shorten(displayNameOf(focus.page))} is not in Rapport yet: add them from the Rapport button first.`,
    };
  }
  const note = await addNote(
    db,
    { personId: focus.person.id, body: selection, kind: 'said', source },
    now,
  );
  return { saved: true, note, person: focus.person };
}

/** The toolbar button of this tab says what happened, for a few seconds. */
async function tellOnButton(tabId: number, result: SelectionResult): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const text = result.saved ? '✓' : '!';
  const title = result.saved
    ? `Rapport: saved a note about ${shorten(result.person.name)}`
    : `Rapport did not save the selection: ${result.reason}`;
  await action.setBadgeText({ tabId, text });
  await action.setTitle({ tabId, title });
  // Best effort: a stopped worker leaves the badge until the tab navigates.
  setTimeout(() => {
    // No text: the tab shows the badge every tab shows again (the overdue count).
    void action.setBadgeText({ tabId }).catch(() => undefined);
    void action.setTitle({ tabId, title: '' }).catch(() => undefined);
  }, BADGE_MS);
}

/**
 * Saves a selection as a note about the tab's person in focus, and says on the toolbar
 * button whether it did (the context menu item and the keyboard shortcut share this).
 */
export async function saveSelectionAndTell(
  db: RapportDatabase,
  tabId: number,
  selection: string | undefined,
  pageUrl: string | undefined,
): Promise<void> {
  const result = await saveSelection(db, tabId, selection, pageUrl).catch(
    (error: unknown): SelectionResult => ({
      saved: false,
      reason: String((error as Error)?.message ?? error),
    }),
  );
  await tellOnButton(tabId, result);
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: menuTitle(null),
    contexts: ['selection'],
    // Only where a content script can say who is in focus.
    documentUrlPatterns: [...CONTENT_SCRIPT_MATCHES],
  });
}

/**
 * Retitles the item for the person in focus in the active tab of the focused window (or
 * only if that tab is `tabId`). Extension pages call it too: Chrome has no "menu shown"
 * event, so a person added in the popup would otherwise stay "not in Rapport yet" until
 * the next tab switch.
 */
export async function refreshTitle(db: RapportDatabase, tabId?: number): Promise<void> {
  if (!browser.contextMenus) return;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id === undefined || (tabId !== undefined && tabId !== active.id)) return;
  const focus = await personInFocus(db, (await readTabSignal(active.id))?.signal);
  await browser.contextMenus.update(MENU_ID, { title: menuTitle(focus) });
}

/** Registers the menu item and keeps its title on the person in focus. */
export function registerContextMenu(db: () => RapportDatabase = database): void {
  if (!browser.contextMenus) return;
  const retitle = (tabId?: number) =>
    void refreshTitle(db(), tabId).catch((error: unknown) =>
      console.warn('Rapport: context menu title not updated', error),
    );

  browser.runtime.onInstalled.addListener(() => void createMenu().then(() => retitle()));
  browser.runtime.onStartup.addListener(() => void createMenu().then(() => retitle()));
  browser.tabs.onActivated.addListener(({ tabId }) => retitle(tabId));
  browser.windows?.onFocusChanged.addListener(() => retitle());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const key of Object.keys(changes)) {
      const tabId = tabIdOfSignalKey(key);
      if (tabId !== undefined) retitle(tabId);
    }
  });
  browser.contextMenus.onClicked.addListener(
    (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
      if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
      void saveSelectionAndTell(db(), tab.id, info.selectionText, info.pageUrl ?? tab.url);
    },
  );
}
