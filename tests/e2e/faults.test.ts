import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf } from '../../scripts/lib/chromium';
import { eventually, launchRapport, OWN_FIXTURES, type Rapport } from './harness';
import { snapshot, workerControl } from './inspect';
import { addShownPerson } from './panel-helpers';

/**
 * Faults in the real browser: the service worker stopped at the worst moments, two windows
 * writing at once, and a full disk. Nothing is lost, nothing is half written, and the rep
 * is told.
 */

const PROFILE_URL = 'https://www.linkedin.com/in/noor-haddad-4b2a1/';
const OTHER_PROFILE_URL = 'https://www.linkedin.com/in/someone-else-77/';
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const fixture = (name: string) => readFileSync(path.join(OWN_FIXTURES, name));

describe('faults in Chromium', () => {
  let rapport: Rapport;
  let control: Page;
  let worker: Awaited<ReturnType<typeof workerControl>>;
  /** The Gmail compose tab, kept open from the send test on. */
  let gmailTab: number;

  beforeAll(async () => {
    rapport = await launchRapport();
    const { context } = rapport;
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort(),
    );
    for (const url of [PROFILE_URL, OTHER_PROFILE_URL]) {
      await context.route(`${url}**`, (route) =>
        route.fulfill({
          body: fixture('linkedin/2026-sdui-topcard.html'),
          contentType: 'text/html; charset=utf-8',
        }),
      );
    }
    await context.route('https://mail.google.com/**', (route) =>
      route.fulfill({
        body: fixture('gmail/compose-new-message.html'),
        contentType: 'text/html; charset=utf-8',
      }),
    );
    control = await rapport.openExtensionPage('options.html');
    await control.getByRole('heading', { name: 'Your data' }).waitFor();
    worker = await workerControl(control);
  });
  afterAll(async () => rapport?.close());

  it('a worker stopped between a detection and the panel’s query: the panel shows the person, and follows the tab without a reload', async () => {
    const linkedin = await rapport.context.newPage();
    await linkedin.goto(PROFILE_URL);
    const tabId = await tabIdOf(control, PROFILE_URL);
    await worker.stop();

    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('heading', { name: 'New to Rapport' }).waitFor();
    expect(await panel.getByLabel('Name').inputValue()).toBe('Noor Haddad');

    // Stopped again while the panel is open; the tab moves on to another profile.
    await worker.stop();
    await linkedin.goto(OTHER_PROFILE_URL);
    await expect.poll(() => panel.getByLabel('Name').inputValue()).toBe('someone-else-77');
    await panel.close();
    await linkedin.close();
  });

  it('a worker stopped between a send and its touch being logged: the touch is logged once and shows in the open panel', async () => {
    const gmail = await rapport.context.newPage();
    await gmail.goto(GMAIL_URL);
    const tabId = await tabIdOf(control, GMAIL_URL);
    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await addShownPerson(panel, 'Alex Rivera');
    const before = await snapshot(control);
    expect(before.touches).toEqual([]);

    await worker.stop();
    await gmail.getByRole('button', { name: /^Send/ }).click();

    const after = await eventually(
      () => snapshot(control),
      (s) => s.touches.length > 0,
      'the sent email logged as a touch',
    );
    expect(after.touches).toEqual([
      expect.objectContaining({
        channel: 'email',
        direction: 'out',
        subject: 'Kickoff agenda for Tuesday',
      }),
    ]);
    const timeline = panel.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Kickoff agenda for Tuesday').waitFor();
    await panel.close();
    gmailTab = tabId;
  });

  it('two windows editing one note at once: both changes survive', async () => {
    const tab = gmailTab;
    const [a, b] = [
      await rapport.openExtensionPage(`sidepanel.html?tabId=${tab}`),
      await rapport.openExtensionPage(`sidepanel.html?tabId=${tab}`),
    ];
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tab}`);
    await a.getByRole('heading', { name: 'Alex Rivera' }).waitFor();
    await a.getByRole('textbox', { name: 'Note' }).fill('Budget approved for Q3');
    await a.getByRole('textbox', { name: 'Note' }).press('Enter');
    await b.getByText('Budget approved for Q3').first().waitFor();

    // A edits the text while B pins it, and the popup adds a note, all at once.
    await a
      .getByRole('button', { name: /^Edit note/ })
      .first()
      .click();
    await a.getByRole('textbox', { name: /^Edit note/ }).fill('Budget approved for Q3: €40k');
    await popup.getByText('Alex Rivera').first().waitFor();
    await popup.getByRole('textbox', { name: 'Note' }).fill('Wants the pilot in Lisbon');
    await Promise.all([
      a
        .getByRole('listitem')
        .filter({ has: a.getByRole('textbox', { name: /^Edit note/ }) })
        .getByRole('button', { name: 'Save', exact: true })
        .click(),
      b
        .getByRole('button', { name: /^Pin note/ })
        .first()
        .click(),
      popup.getByRole('textbox', { name: 'Note' }).press('Enter'),
    ]);

    const notes = await eventually(
      async () => (await snapshot(control)).notes as { body: string; pinned: boolean }[],
      (list) =>
        list.some((n) => n.body === 'Budget approved for Q3: €40k' && n.pinned) &&
        list.some((n) => n.body === 'Wants the pilot in Lisbon'),
      'both edits of the note and the popup’s note',
    );
    expect(notes).toHaveLength(2);
    for (const page of [a, b, popup]) await page.close();
  });

  it('storage full: the rep is told plainly, nothing is half written, earlier data is intact', async () => {
    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${gmailTab}`);
    await panel.getByRole('heading', { name: 'Alex Rivera' }).waitFor();
    const before = await snapshot(control);
    expect(before.notes.length).toBeGreaterThan(0);

    // The disk fills up after the note is written but before the person's "last touched"
    // is: the browser refuses the second write of the transaction.
    // (The note's draft, written as it is typed, has a database of its own: not this one.)
    await panel.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if (this.transaction.db.name === 'rapport-drafts') return put.apply(this, args);
        IDBObjectStore.prototype.put = put;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await panel.getByRole('textbox', { name: 'Note' }).fill('Has a board meeting on the 14th');
    await panel.getByRole('textbox', { name: 'Note' }).press('Enter');

    const alert = panel.getByRole('alert').filter({ hasText: 'Not saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/no room left.*Nothing was half-saved/);
    // The note is still in the box, to save again once there is room.
    expect(await panel.getByRole('textbox', { name: 'Note' }).inputValue()).toBe(
      'Has a board meeting on the 14th',
    );
    expect(await snapshot(control)).toEqual(before);

    // Room again: the same note saves.
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByText('Has a board meeting on the 14th').first().waitFor();
    expect((await snapshot(control)).notes).toHaveLength(before.notes.length + 1);
    await panel.close();
  });
});
