// Quick capture end to end: the popup, drafts that survive closing, Enter to
// save with the side panel following live, due dates in words, the selection's context
// menu item and the keyboard commands, all in Debian's Chromium with the built extension.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  eventually,
  launchRapport,
  servePage,
  CAPTURES,
  tabIdOf,
  type Rapport,
} from './harness';

/** Saved LinkedIn profiles and who they show (from the fixtures' README). */
const PROFILES = {
  austin: {
    url: 'https://www.linkedin.com/in/austinoboyle/',
    file: '2022-03-profile-a.html',
    name: "Austin O'Boyle",
  },
  kireet: {
    url: 'https://www.linkedin.com/in/kireetagrawal/',
    file: '2022-03-profile-b-singlefile.html',
    name: 'Kireet Agrawal',
  },
  jeff: {
    url: 'https://www.linkedin.com/in/jeffweiner08/',
    file: '2016-public-profile-legacy.html',
    name: 'Jeff Weiner',
  },
} as const;
type Who = keyof typeof PROFILES;

/**
 * Records every title Rapport gives its context-menu item, in the worker or page it runs
 * in: Chrome has no API to read an item back, and draws no menu headless.
 */
function recordMenuTitles(): void {
  const scope = globalThis as { menuTitles?: string[] };
  if (scope.menuTitles) return;
  const titles: string[] = [];
  scope.menuTitles = titles;
  const update = chrome.contextMenus.update.bind(chrome.contextMenus);
  chrome.contextMenus.update = ((id: string, props: { title?: string }, ...rest: []) => {
    if (props.title) titles.push(props.title);
    return update(id, props, ...rest);
  }) as typeof chrome.contextMenus.update;
}

function lastMenuTitle(): string {
  return (globalThis as { menuTitles?: string[] }).menuTitles?.at(-1) ?? '';
}

interface StoredNote {
  personId: string;
  body: string;
  kind: string;
  source: string;
  dueAt?: number;
}
interface StoredPerson {
  id: string;
  name: string;
}

describe('quick capture in Chromium', () => {
  let rapport: Rapport;
  const tabs = new Map<Who, { page: Page; tabId: number }>();

  beforeAll(async () => {
    rapport = await launchRapport();
    for (const { url, file } of Object.values(PROFILES)) {
      await servePage(rapport.context, `${url}**`, path.join(CAPTURES, 'linkedin', file));
    }
  });
  afterAll(async () => rapport?.close());

  /** A tab showing the person's LinkedIn profile, once its content script has reported. */
  async function profileTab(who: Who): Promise<{ page: Page; tabId: number }> {
    const open = tabs.get(who);
    if (open && !open.page.isClosed()) return open;
    const page = await rapport.context.newPage();
    await page.goto(PROFILES[who].url);
    const tab = { page, tabId: await tabIdOf(rapport, PROFILES[who].url) };
    tabs.set(who, tab);
    return tab;
  }

  async function openPopup(who: Who): Promise<Page> {
    const { tabId } = await profileTab(who);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('region', { name: 'About' }).waitFor();
    return popup;
  }

  /** The toolbar button's badge text in a tab: how Rapport says a selection was saved. */
  const badge = (tabId: number) =>
    rapport.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  /** Who the popup says the note is about, once it has looked at the tab. */
  const about = (popup: Page) => popup.getByRole('region', { name: 'About' });
  const noteField = (popup: Page) => popup.getByRole('textbox', { name: 'Note' });
  const saveButton = (popup: Page) => popup.getByRole('button', { name: 'Save', exact: true });

  /** The text an element's aria-describedby points at: what a screen reader says with it. */
  async function descriptionOf(page: Page, element: ReturnType<Page['getByRole']>) {
    const ids = await element.getAttribute('aria-describedby');
    if (!ids) return '';
    const parts = await Promise.all(
      ids.split(/\s+/).map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    return parts.join(' ').trim();
  }

  /** Everything in Rapport's database, read straight from IndexedDB in the worker. */
  function stored(): Promise<{ people: StoredPerson[]; notes: StoredNote[] }> {
    return rapport.worker.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('rapport');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['people', 'notes'], 'readonly');
            const people = tx.objectStore('people').getAll();
            const notes = tx.objectStore('notes').getAll();
            tx.oncomplete = () => {
              db.close();
              resolve({ people: people.result, notes: notes.result });
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }

  async function personNamed(name: string): Promise<StoredPerson | undefined> {
    return (await stored()).people.find((p) => p.name === name);
  }

  it('chooses the person on the tab’s page by name, whether new to Rapport or already in it', async () => {
    const { name } = PROFILES.kireet;
    const first = await openPopup('kireet');
    await about(first).getByText('On this page, not in Rapport yet').waitFor();
    expect(await about(first).getByText(name, { exact: true }).isVisible()).toBe(true);
    // The note field has focus: the rep can type at once.
    await eventually(
      () => noteField(first).evaluate((el) => el === document.activeElement),
      (focused) => focused,
      'the note field to have focus',
    );

    await about(first)
      .getByRole('button', { name: `Add ${name} to Rapport` })
      .click();
    await about(first).getByRole('button', { name: 'Change person' }).waitFor();
    await first.close();
    expect(await personNamed(name)).toBeDefined();

    const again = await openPopup('kireet');
    await about(again).getByRole('button', { name: 'Change person' }).waitFor();
    expect(await about(again).getByText(name, { exact: true }).isVisible()).toBe(true);
    expect(await about(again).getByText('On this page, not in Rapport yet').count()).toBe(0);
    await eventually(
      () => noteField(again).evaluate((el) => el === document.activeElement),
      (focused) => focused,
      'the note field to have focus',
    );
    await again.close();
  });

  it('keeps typed text when the popup closes, for that person only, until saved or discarded', async () => {
    const typed = 'Moving to Zurich in spring; wants the contract in CHF';
    let popup = await openPopup('austin');
    await about(popup).getByText('On this page, not in Rapport yet').waitFor();
    await noteField(popup).fill(typed);
    await popup.close();

    popup = await openPopup('austin');
    await eventually(
      () => noteField(popup).inputValue(),
      (v) => v === typed,
      'the draft back',
    );
    await popup.close();

    // Someone else, new to Rapport too, does not get Austin's words, and keeps their own.
    const forJeff = 'Asked for the board deck';
    popup = await openPopup('jeff');
    await about(popup).getByText(PROFILES.jeff.name, { exact: true }).waitFor();
    expect(await noteField(popup).inputValue()).toBe('');
    await noteField(popup).fill(forJeff);
    await popup.close();
    popup = await openPopup('austin');
    await eventually(
      () => noteField(popup).inputValue(),
      (v) => v === typed,
      'Austin’s draft',
    );
    await popup.close();
    popup = await openPopup('jeff');
    await eventually(
      () => noteField(popup).inputValue(),
      (v) => v === forJeff,
      'Jeff’s draft',
    );
    await popup.getByRole('button', { name: 'Discard draft' }).click();
    await popup.close();

    // Discarding clears it, for good.
    popup = await openPopup('austin');
    await eventually(
      () => noteField(popup).inputValue(),
      (v) => v === typed,
      'the draft back',
    );
    await popup.getByRole('button', { name: 'Discard draft' }).click();
    expect(await noteField(popup).inputValue()).toBe('');
    await popup.close();
    popup = await openPopup('austin');
    await about(popup).getByText(PROFILES.austin.name, { exact: true }).waitFor();
    expect(await noteField(popup).inputValue()).toBe('');

    // Saving clears it too (and, for someone new, adds them).
    await noteField(popup).fill(typed);
    await popup.close();
    popup = await openPopup('austin');
    await eventually(
      () => noteField(popup).inputValue(),
      (v) => v === typed,
      'the draft back',
    );
    await noteField(popup).press('Enter');
    await popup.getByRole('status').getByText(`Saved to ${PROFILES.austin.name}.`).waitFor();
    expect(await noteField(popup).inputValue()).toBe('');
    await popup.close();

    popup = await openPopup('austin');
    await about(popup).getByRole('button', { name: 'Change person' }).waitFor();
    expect(await noteField(popup).inputValue()).toBe('');
    await popup.close();
    const austin = await personNamed(PROFILES.austin.name);
    const notes = (await stored()).notes.filter((n) => n.personId === austin?.id);
    expect(notes).toEqual([expect.objectContaining({ body: typed, source: 'popup' })]);
  });

  it('saves on Enter (Shift+Enter is a new line) and the side panel shows the note without a reload', async () => {
    const { tabId } = await profileTab('kireet');
    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('article', { name: `About ${PROFILES.kireet.name}` }).waitFor();
    // A reload would lose this mark.
    await panel.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));

    const popup = await openPopup('kireet');
    await about(popup).getByRole('button', { name: 'Change person' }).waitFor();
    const note = noteField(popup);
    await note.pressSequentially('Runs the data team');
    await note.press('Shift+Enter');
    await note.pressSequentially('since March');
    expect(await note.inputValue()).toBe('Runs the data team\nsince March');
    await note.press('Enter');
    await popup.getByRole('status').getByText(`Saved to ${PROFILES.kireet.name}.`).waitFor();
    expect(await popup.getByRole('button', { name: 'Undo' }).isVisible()).toBe(true);

    await panel
      .getByRole('region', { name: 'What they told you' })
      .getByRole('listitem')
      .filter({ hasText: 'Runs the data team' })
      .waitFor();
    expect(await panel.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );
    const kireet = await personNamed(PROFILES.kireet.name);
    expect((await stored()).notes.filter((n) => n.personId === kireet?.id)).toEqual([
      expect.objectContaining({
        body: 'Runs the data team\nsince March',
        kind: 'said',
        source: 'popup',
      }),
    ]);
    await popup.close();
    await panel.close();
  });

  it('shows a promise’s due date in words as the date it means, and asks again when it cannot read it', async () => {
    const popup = await openPopup('kireet');
    await about(popup).getByRole('button', { name: 'Change person' }).waitFor();
    const timeZone = await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);

    await noteField(popup).fill('Send the pricing sheet');
    await popup.getByRole('radio', { name: 'Promise' }).check();
    const dueField = popup.getByRole('textbox', { name: 'Due' });
    await dueField.fill('by Friday');
    const shown = await eventually(
      () => descriptionOf(popup, dueField),
      (text) => /^Fri \d{1,2} [A-Z][a-z]{2}( \d{4})?, 17:00$/.test(text),
      'the Friday it means',
    );
    await noteField(popup).press('Enter');
    await popup.getByRole('status').getByText(`Saved to ${PROFILES.kireet.name}.`).waitFor();

    const promise = (await stored()).notes.find((n) => n.body === 'Send the pricing sheet');
    expect(promise).toMatchObject({ kind: 'promise', source: 'popup' });
    const dueAt = promise?.dueAt ?? NaN;
    // The stored instant is the very date shown: the coming Friday, end of the working day.
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short' });
    expect(weekday.format(dueAt)).toBe('Fri');
    expect(dueAt).toBeGreaterThan(Date.now() - 24 * 3_600_000);
    expect(dueAt).toBeLessThan(Date.now() + 8 * 24 * 3_600_000);
    const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short' });
    expect(shown).toContain(day.format(dueAt));

    // Unreadable: flagged, the note is not saved, and the rep is taken back to the date.
    await noteField(popup).fill('Call back about the pilot');
    await popup.getByRole('radio', { name: 'Promise' }).check();
    await dueField.fill('when the stars align');
    await eventually(
      () => descriptionOf(popup, dueField),
      (text) => text.startsWith("I can't read that date"),
      'the due date to be asked again',
    );
    expect(await dueField.getAttribute('aria-invalid')).toBe('true');
    expect(await saveButton(popup).isDisabled()).toBe(true);
    expect(await descriptionOf(popup, saveButton(popup))).toBe(
      "Fix the due date first: I can't read it.",
    );
    const before = (await stored()).notes.length;
    await noteField(popup).press('Enter');
    await eventually(
      () => dueField.evaluate((el) => el === document.activeElement),
      (focused) => focused,
      'focus on the due date',
    );
    expect((await stored()).notes.length).toBe(before);
    expect(await noteField(popup).inputValue()).toBe('Call back about the pilot');

    await dueField.fill('next Tuesday');
    await eventually(
      () => descriptionOf(popup, dueField),
      (text) => /^Tue \d{1,2} [A-Z][a-z]{2}( \d{4})?, 17:00$/.test(text),
      'the Tuesday it means',
    );
    expect(await saveButton(popup).isEnabled()).toBe(true);
    await popup.getByRole('button', { name: 'Discard draft' }).click();
    await popup.close();
  });

  it('does not save an empty note and the Save button says why', async () => {
    const popup = await openPopup('kireet');
    await about(popup).getByRole('button', { name: 'Change person' }).waitFor();
    expect(await saveButton(popup).isDisabled()).toBe(true);
    expect(await descriptionOf(popup, saveButton(popup))).toBe('Write a note first.');

    const before = (await stored()).notes.length;
    await noteField(popup).fill('   \n  ');
    expect(await saveButton(popup).isDisabled()).toBe(true);
    expect(await descriptionOf(popup, saveButton(popup))).toBe('Write a note first.');
    await noteField(popup).press('Enter');
    expect(
      await popup
        .getByRole('status')
        .getByText(/^Saved to /)
        .count(),
    ).toBe(0);
    expect((await stored()).notes.length).toBe(before);
    await popup.getByRole('button', { name: 'Discard draft' }).click();
    await popup.close();
  });

  it('stores a real selection on the LinkedIn page as a note about the person, through the context menu’s handler', async () => {
    // Chrome draws no context menu headless, so the test records the titles Rapport hands
    // the browser, and delivers the click as Chrome would: to the registered onClicked
    // listener, with the page's real selection.
    await rapport.worker.evaluate(recordMenuTitles);
    const inWorker = () => rapport.worker.evaluate(lastMenuTitle);
    const lastTitle = (read: () => Promise<string>, what: string, expected: string) =>
      eventually(read, (title) => title === expected, what);

    // The item exists: updating an unknown id is refused, this one is not.
    await expect(
      rapport.worker.evaluate(() => chrome.contextMenus.update('rapport-save-selection', {})),
    ).resolves.toBeUndefined();

    const austinTab = await profileTab('austin');
    await austinTab.page.bringToFront();
    await lastTitle(
      inWorker,
      'the item titled for Austin',
      `Save to Rapport as a note about ${PROFILES.austin.name}`,
    );
    const selection = await selectText(austinTab.page, /I am a graduate of Queen's University/);
    const before = (await stored()).notes.length;
    await clickMenuItem(austinTab.tabId, selection, austinTab.page.url());
    const austin = await personNamed(PROFILES.austin.name);
    const saved = await eventually(
      async () => (await stored()).notes.find((n) => n.body === selection),
      (note) => note !== undefined,
      'the selection stored as a note',
    );
    expect(saved).toMatchObject({ personId: austin?.id, source: 'linkedin', kind: 'said' });
    expect((await stored()).notes.length).toBe(before + 1);
    await eventually(
      () => badge(austinTab.tabId),
      (t) => t === '✓',
      'the button to say saved',
    );

    // Someone not in Rapport is never created silently: nothing saved, the button says why.
    const jeff = await profileTab('jeff');
    await jeff.page.bringToFront();
    const notInRapport = `Save to Rapport as a note about ${PROFILES.jeff.name} (not in Rapport yet)`;
    await lastTitle(inWorker, 'the item titled for Jeff, not in Rapport', notInRapport);
    const jeffSelection = await selectText(jeff.page, /Internet executive with over 20 years/);
    await clickMenuItem(jeff.tabId, jeffSelection, jeff.page.url());
    const why = await eventually(
      () => rapport.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), jeff.tabId),
      (text) => text.startsWith('Rapport did not save the selection'),
      'the button to say why nothing was saved',
    );
    expect(why).toContain('not in Rapport yet');
    expect(await badge(jeff.tabId)).toBe('!');
    expect((await stored()).notes.length).toBe(before + 1);
    expect(await personNamed(PROFILES.jeff.name)).toBeUndefined();

    // Added from the popup while Jeff's tab stays in front (a toolbar popup is no tab: no
    // tab switch retitles the item), the item names him at once.
    const [popup] = await Promise.all([
      rapport.context.waitForEvent('page'),
      rapport.worker.evaluate(
        (url) => chrome.tabs.create({ url, active: false }).then(() => undefined),
        `popup.html?tabId=${jeff.tabId}`,
      ),
    ]);
    // The popup tells the background, which owns the menu and retitles it.
    await about(popup)
      .getByRole('button', { name: `Add ${PROFILES.jeff.name} to Rapport` })
      .click();
    await about(popup).getByRole('button', { name: 'Change person' }).waitFor();
    await lastTitle(
      inWorker,
      'the item titled for Jeff, now in Rapport',
      `Save to Rapport as a note about ${PROFILES.jeff.name}`,
    );
    await popup.close();

    await clickMenuItem(jeff.tabId, jeffSelection, jeff.page.url());
    const jeffInRapport = await personNamed(PROFILES.jeff.name);
    const jeffNote = await eventually(
      async () => (await stored()).notes.find((n) => n.body === jeffSelection),
      (note) => note !== undefined,
      'Jeff’s selection stored once he is in Rapport',
    );
    expect(jeffNote).toMatchObject({ personId: jeffInRapport?.id, source: 'linkedin' });
    await eventually(
      () => badge(jeff.tabId),
      (t) => t === '✓',
      'the button to say saved',
    );
  });

  /** Selects a paragraph the way a person does (a triple click) and returns its text. */
  async function selectText(page: Page, text: RegExp): Promise<string> {
    // Near the top left: a paragraph split by <br> selects the line clicked, the first.
    await page
      .getByText(text)
      .first()
      .click({ clickCount: 3, position: { x: 4, y: 4 } });
    const selection = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selection).toMatch(text);
    return selection;
  }

  /** Delivers a click on Rapport's menu item the way Chrome does: to onClicked's listeners. */
  async function clickMenuItem(tabId: number, selectionText: string, pageUrl: string) {
    await rapport.worker.evaluate(
      async ({ tabId, selectionText, pageUrl }) => {
        const tab = await chrome.tabs.get(tabId);
        const info = {
          menuItemId: 'rapport-save-selection',
          selectionText,
          pageUrl,
          frameId: 0,
          editable: false,
        };
        // Chrome's event objects carry the dispatch its own bindings use.
        (
          chrome.contextMenus.onClicked as unknown as {
            dispatch(info: object, tab: chrome.tabs.Tab): void;
          }
        ).dispatch(info, tab);
      },
      { tabId, selectionText, pageUrl },
    );
  }

  it('saves the selected text as a note with the keyboard shortcut, asking the page for it', async () => {
    const austinTab = await profileTab('austin');
    await austinTab.page.bringToFront();
    const selection = await selectText(austinTab.page, /I am a graduate of Queen's University/);
    const before = (await stored()).notes.filter((n) => n.body === selection).length;
    await pressShortcut('save-selection', austinTab.tabId);
    const austin = await personNamed(PROFILES.austin.name);
    await eventually(
      async () => (await stored()).notes.filter((n) => n.body === selection).length,
      (n) => n === before + 1,
      'the selection saved once more, by the shortcut',
    );
    const saved = (await stored()).notes.filter((n) => n.body === selection).at(-1);
    expect(saved).toMatchObject({ personId: austin?.id, source: 'linkedin', kind: 'said' });
    await eventually(
      () => badge(austinTab.tabId),
      (t) => t === '✓',
      'the button to say saved',
    );

    // Nothing selected: nothing saved, and the button says why.
    await austinTab.page.evaluate(() => window.getSelection()?.removeAllRanges());
    const notes = (await stored()).notes.length;
    await pressShortcut('save-selection', austinTab.tabId);
    const why = await eventually(
      () => rapport.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), austinTab.tabId),
      (text) => text.startsWith('Rapport did not save the selection'),
      'the button to say why nothing was saved',
    );
    expect(why).toContain('Nothing was selected');
    expect((await stored()).notes.length).toBe(notes);
  });

  /** Delivers a keyboard command the way Chrome does: to onCommand's listeners, with the tab. */
  async function pressShortcut(command: string, tabId: number) {
    await rapport.worker.evaluate(
      async ({ command, tabId }) => {
        const tab = await chrome.tabs.get(tabId);
        (
          chrome.commands.onCommand as unknown as {
            dispatch(command: string, tab: chrome.tabs.Tab): void;
          }
        ).dispatch(command, tab);
      },
      { command, tabId },
    );
  }

  it('declares its keyboard commands with the suggested keys, and Chrome assigns them', async () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const declared = manifest.commands as Record<string, { suggested_key: { default: string } }>;
    const assigned = await rapport.worker.evaluate(() => chrome.commands.getAll());
    expect(Object.keys(declared).sort()).toEqual([
      '_execute_action',
      'open-side-panel',
      'save-selection',
    ]);
    for (const [name, { suggested_key }] of Object.entries(declared)) {
      const command = assigned.find((c) => c.name === name);
      // An empty shortcut is how Chrome says it reserved or refused the suggested key.
      expect(command?.shortcut, name).toBe(suggested_key.default);
      expect(suggested_key.default).toMatch(/^Alt\+Shift\+[A-Z]$/);
    }
  });

  it('exports a JSON backup and a CSV from the popup’s menu', async () => {
    const popup = await openPopup('kireet');
    await popup.getByRole('button', { name: 'Menu' }).click();
    const [json] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export backup (JSON)' }).click(),
    ]);
    const backup = JSON.parse(readFileSync((await json.path()) as string, 'utf8'));
    const names = (backup.people as StoredPerson[]).map((p) => p.name).sort();
    expect(names).toEqual(
      Object.values(PROFILES)
        .map((p) => p.name)
        .sort(),
    );
    await popup.getByRole('status').getByText('Backup downloaded.').waitFor();

    const [csv] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Export people and notes (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await csv.path()) as string, 'utf8');
    expect(text).toContain('Runs the data team');
    expect(text).toContain(PROFILES.austin.name);
    await popup.close();
  });
});
