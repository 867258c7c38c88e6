// Keeping the records right, in Chromium with the built extension: editing a person's time
// zone changes the coach's verdict; a person met in Gmail and again on LinkedIn merged into
// one timeline, and undone; a person deleted leaves nothing anywhere Rapport keeps data;
// search finds anyone by any word.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBackup } from '../../scripts/demo/demo-data';
import type { Note, Person, Touch } from '../../storage/schema';
import { CAPTURES, eventually, launchRapport, servePage, type Rapport } from './harness';
import { everythingStored, snapshot, storeRecords } from './inspect';
import {
  addShownPerson,
  backup,
  composePage,
  DAY,
  note,
  openWithPanel,
  person,
  serveHtml,
} from './panel-helpers';

const HOUR = 3_600_000;
import { importThroughOptions, writeSettings } from './sidepanel-states';

/** The hour it is now in a zone, 0–23. */
function hourIn(timeZone: string): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(
      Date.now(),
    ),
  );
}

/** Zones around the world: at any moment some are in working hours and some are not. */
const ZONES = [
  'Pacific/Honolulu',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Stockholm',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
];

describe('keeping the records right, in Chromium', () => {
  let rapport: Rapport;
  beforeAll(async () => {
    rapport = await launchRapport();
  });
  afterAll(async () => rapport?.close());

  /** The toolbar badge every tab shows (what is owed), as the service worker set it. */
  const toolbarBadge = () => rapport.worker.evaluate(() => chrome.action.getBadgeText({}));

  it('edits a person’s time zone, and the coach’s working-hours verdict follows it', async () => {
    // Working hours 09:00–17:00 every day: only the time of day decides.
    await writeSettings(rapport, {
      cadence: {
        followUpGapsDays: [3, 4, 7, 14],
        maxUnanswered: 3,
        replyWithinDays: 2,
        coldAfterDays: 14,
        workdayStartHour: 9,
        workdayEndHour: 17,
        workingDays: [0, 1, 2, 3, 4, 5, 6],
      },
    });
    // An hour of margin either side, so the minute the test takes cannot cross a boundary.
    const working = ZONES.find((z) => hourIn(z) >= 10 && hourIn(z) < 16)!;
    const asleep = ZONES.find((z) => hourIn(z) >= 19 || hourIn(z) < 7)!;
    const lena = person('e2e-lena', {
      name: 'Lena Moreau',
      emails: ['lena@litware.example'],
      timeZone: working,
    });
    await importThroughOptions(rapport, backup([lena]));
    const url = 'https://mail.google.com/mail/u/5/#inbox?compose=new';
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/5/**',
      composePage({ name: lena.name, email: lena.emails[0]! }),
    );
    const { page, panel } = await openWithPanel(rapport, url);
    const timing = panel.getByRole('group', { name: 'Send timing' });
    await timing.getByText('Good time to send').waitFor();

    await panel.getByRole('button', { name: 'Edit Lena Moreau' }).click();
    const editor = panel.getByRole('form', { name: 'Edit Lena Moreau' });
    await editor.getByLabel('Time zone').selectOption(asleep);
    await editor.getByRole('button', { name: 'Save' }).click();

    await timing.getByText('Better to wait').waitFor();
    const reason = timing.locator('[data-code="outside-hours"]');
    await expect(reason.textContent()).resolves.toMatch(/their time zone/);
    await expect(
      panel
        .getByRole('article', { name: 'About Lena Moreau' })
        .getByText(new RegExp(`Their time: .* in ${asleep.split('/')[1]!.replace('_', ' ')}`))
        .count(),
    ).resolves.toBe(1);

    // And back: the verdict follows again.
    await panel.getByRole('button', { name: 'Edit Lena Moreau' }).click();
    await editor.getByLabel('Time zone').selectOption(working);
    await editor.getByRole('button', { name: 'Save' }).click();
    await timing.getByText('Good time to send').waitFor();
    await panel.close();
    await page.close();
  });

  it('merges a person met on LinkedIn and again in Gmail into one timeline, and undo puts both back', async () => {
    const profileUrl = 'https://www.linkedin.com/in/austinoboyle/';
    await servePage(
      rapport.context,
      `${profileUrl}**`,
      path.join(CAPTURES, 'linkedin/2022-03-profile-a.html'),
    );
    const onLinkedIn = await openWithPanel(rapport, profileUrl);
    await onLinkedIn.panel.getByRole('heading', { name: 'New to Rapport' }).waitFor();
    await expect(onLinkedIn.panel.getByLabel('Name').inputValue()).resolves.toBe("Austin O'Boyle");
    await onLinkedIn.panel.getByRole('button', { name: 'Add to Rapport' }).click();
    await onLinkedIn.panel.getByRole('heading', { name: "Austin O'Boyle" }).waitFor();
    await writeNote(onLinkedIn.panel, 'Commented on our post about flaky integration tests');

    const composeUrl = 'https://mail.google.com/mail/u/6/#inbox?compose=new';
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/6/**',
      composePage({ name: "Austin O'Boyle", email: 'austin@queens.example' }),
    );
    const inGmail = await openWithPanel(rapport, composeUrl);
    const panel = inGmail.panel;
    await addShownPerson(panel, "Austin O'Boyle");
    await writeNote(panel, 'Wants the test-harness write-up by Friday');
    await panel.getByRole('button', { name: 'Log a call or meeting' }).click();
    await panel.getByRole('form', { name: 'Log a touch' }).getByLabel('Summary').fill('Intro call');
    await panel.getByRole('button', { name: 'Log touch' }).click();

    const before = await sorted(await snapshot(panel));
    expect(before.people).toHaveLength(3);
    const summariesBefore = await summaries(panel);
    expect(summariesBefore).toHaveLength(3);
    const notice = panel.getByRole('region', { name: 'Looks like someone else in Rapport' });
    await notice.getByText('Same name.').waitFor();
    await notice.getByRole('button', { name: /^Compare and merge/ }).click();
    const preview = panel.getByRole('region', { name: 'Merge two people into one' });
    await preview.getByRole('row', { name: /^LinkedIn profile austinoboyle/ }).waitFor();
    await preview.getByText(/^One timeline: 2 notes and 1 touch/).waitFor();
    await preview.getByRole('button', { name: 'Merge' }).click();

    const timeline = panel.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Commented on our post about flaky integration tests').waitFor();
    await timeline.getByText('Wants the test-harness write-up by Friday').waitFor();
    await timeline.getByText('Intro call').waitFor();
    const merged = await snapshot(panel);
    const austins = (merged.people as Person[]).filter((p) => p.name === "Austin O'Boyle");
    expect(austins).toHaveLength(1);
    expect(austins[0]).toMatchObject({
      emails: ['austin@queens.example'],
      linkedinSlug: 'austinoboyle',
    });
    expect((merged.notes as Note[]).filter((n) => n.personId === austins[0]!.id)).toHaveLength(2);
    expect((merged.touches as Touch[]).filter((t) => t.personId === austins[0]!.id)).toHaveLength(
      1,
    );
    // What Today reads: one summary for the one person, holding the call logged in Gmail.
    const mergedSummaries = await summaries(panel);
    expect(mergedSummaries.map((s) => s.personId).sort()).toEqual(
      (merged.people as Person[]).map((p) => p.id).sort(),
    );
    expect(mergedSummaries.find((s) => s.personId === austins[0]!.id)).toMatchObject({
      name: "Austin O'Boyle",
      touches: [expect.objectContaining({ summary: 'Intro call' })],
    });

    await panel.getByRole('button', { name: 'Undo' }).click();
    await eventually(
      async () => (await snapshot(panel)).people.length,
      (n) => n === 3,
      'both people back',
    );
    expect(await sorted(await snapshot(panel))).toEqual(before);
    expect(await summaries(panel)).toEqual(summariesBefore);
    await onLinkedIn.panel.getByRole('heading', { name: "Austin O'Boyle" }).waitFor();
    await onLinkedIn.panel
      .getByRole('region', { name: 'What they told you' })
      .getByText('Commented on our post about flaky integration tests')
      .waitFor();
    for (const page of [onLinkedIn.page, onLinkedIn.panel, inGmail.page, panel]) await page.close();
  });

  it('deletes a person: then search finds nothing, and nothing of them is left anywhere Rapport keeps data', async () => {
    const noor = person('e2e-noor-haddad', {
      name: 'Noor Haddad',
      emails: ['noor@tailspin.example'],
      linkedinSlug: 'noor-haddad-e2e',
      company: 'Tailspin Toys',
    });
    const promiseDue = Date.now() - DAY;
    await importThroughOptions(rapport, {
      ...backup(
        [noor],
        [
          note('e2e-noor-note', noor.id, 'Collects vintage gliders; flies them in Värmland'),
          note('e2e-noor-promise', noor.id, 'Send the glider museum brochure', {
            kind: 'promise',
            dueAt: promiseDue,
          }),
        ],
        [
          {
            id: 'e2e-noor-touch',
            personId: noor.id,
            channel: 'email',
            direction: 'out',
            at: Date.now() - 2 * DAY,
            subject: 'Re: Glider museum',
            externalId: 'gmail:noor-1',
            createdAt: Date.now(),
          },
        ],
      ),
      version: 2,
      // A snooze that has run out, and a reminder already shown about her promise.
      snoozes: [{ personId: noor.id, until: Date.now() - HOUR, createdAt: Date.now() - DAY }],
      reminders: [
        {
          key: `promise:e2e-noor-promise:${promiseDue}`,
          personId: noor.id,
          sentAt: Date.now() - HOUR,
        },
      ],
    });
    // Contact kept under her profile and not on her timeline (as when it had run out).
    const options = await rapport.openExtensionPage('options.html');
    await options.evaluate(async (identity) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rapport');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('unattachedTouches', 'readwrite');
      tx.objectStore('unattachedTouches').put({
        id: 'e2e-noor-unattached',
        identity,
        channel: 'linkedin',
        direction: 'in',
        at: Date.now() - 100 * 86_400_000,
        messageKey: 'linkedin:e2e-noor-old',
        createdAt: Date.now() - 100 * 86_400_000,
      });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    }, `linkedin:${noor.linkedinSlug}`);
    await options.close();

    // Her overdue promise is on Today and in the toolbar count.
    const today = await rapport.openExtensionPage('sidepanel.html?tabId=999998');
    const owed = today.getByRole('list', { name: 'Owed today, most urgent first' });
    await owed.getByRole('button', { name: 'Done: Noor Haddad, promise overdue' }).waitFor();
    const counted = Number(await toolbarBadge());
    expect(counted).toBeGreaterThan(0);

    const url = 'https://mail.google.com/mail/u/7/#inbox?compose=new';
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/7/**',
      composePage({ name: noor.name, email: noor.emails[0]! }),
    );
    const { page, panel } = await openWithPanel(rapport, url);
    await panel.getByRole('heading', { name: 'Noor Haddad' }).waitFor();
    // An unsaved note about her, kept as a draft.
    await panel.getByRole('textbox', { name: 'Note' }).fill('Half-written thought about Noor');
    await eventually(
      () => everythingStored(panel),
      (text) => text.includes('Half-written thought about Noor'),
      'the draft to be kept',
    );
    expect(await everythingStored(panel)).toContain('noor@tailspin.example');

    await panel.getByRole('button', { name: 'More for Noor Haddad' }).click();
    await panel.getByRole('button', { name: 'Delete Noor Haddad…' }).click();
    const confirm = panel.getByRole('alertdialog', { name: 'Delete Noor Haddad?' });
    await confirm.getByText('2 notes', { exact: true }).waitFor();
    await confirm.getByText('1 touch', { exact: true }).waitFor();
    await confirm.getByText('1 unsaved note', { exact: true }).waitFor();
    await confirm.getByRole('button', { name: 'Delete Noor Haddad' }).click();
    await panel.getByText('Deleted Noor Haddad.').waitFor();

    // The compose still shows its other recipients; she is no longer among them.
    await panel.getByRole('heading', { name: 'New to Rapport' }).waitFor();
    await panel.getByRole('tab', { name: /Robin Park/ }).waitFor();
    await expect(panel.getByRole('tab', { name: /Noor/ }).count()).resolves.toBe(0);

    // Gone from Today, and from the toolbar count.
    await eventually(
      () => today.getByText('Noor Haddad').count(),
      (n) => n === 0,
      'Today without her',
    );
    await eventually(
      async () => Number(await toolbarBadge()),
      (n) => n === counted - 1,
      'the toolbar count without her promise',
    );
    await today.close();

    const finder = await rapport.openExtensionPage('sidepanel.html?tabId=999999');
    const search = finder.getByRole('combobox', { name: 'Find a person' });
    for (const word of ['noor', 'haddad', 'tailspin', 'gliders', 'varmland', 'brochure']) {
      await search.fill(word);
      await finder.getByText('Nobody matches.').waitFor();
    }
    await finder.close();

    const stored = await everythingStored(panel);
    for (const trace of [
      noor.id,
      'Noor',
      'noor',
      'Haddad',
      'haddad',
      'tailspin',
      'gliders',
      'varmland',
      'Värmland',
      'Glider museum',
      'brochure',
      'Half-written',
    ]) {
      expect(stored, trace).not.toContain(trace);
    }
    await page.close();
    await panel.close();
  });

  it('finds a person by a word of their company or of a note, and quotes the note', async () => {
    await importThroughOptions(rapport, demoBackup(Date.now()));
    const panel = await rapport.openExtensionPage('sidepanel.html?tabId=999999');
    await panel.getByRole('heading', { name: 'Today' }).waitFor();
    const search = panel.getByRole('combobox', { name: 'Find a person' });
    const results = panel.getByRole('listbox', { name: 'Matching people' });

    await search.fill('northwind');
    await results.getByRole('option', { name: /Maya Lindqvist/ }).waitFor();
    // Only her: the list settles on this query's results (the last query's may show a moment).
    await eventually(
      () => results.getByRole('option').count(),
      (n) => n === 1,
      'one person matching northwind',
    );

    await search.fill('wedding');
    const quoted = results.getByRole('option', { name: /Maya Lindqvist/ });
    await quoted.getByText('wedding', { exact: true }).waitFor();
    await expect(quoted.textContent()).resolves.toContain('sister’s wedding in Porto');

    await search.fill('NORTHWIND porto');
    await results.getByRole('option', { name: /Maya Lindqvist/ }).waitFor();
    await search.press('Enter');
    await panel.getByRole('heading', { name: 'Maya Lindqvist' }).waitFor();
    await panel.close();
  });

  /** Writes a note in the panel's composer and waits until it is saved. */
  async function writeNote(panel: Page, body: string) {
    await panel.getByRole('textbox', { name: 'Note' }).fill(body);
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByRole('region', { name: 'What they told you' }).getByText(body).waitFor();
  }

  /** A snapshot's records in a stable order, to compare two moments. */
  /** Every person's summary (what Today and the toolbar count read), by person. */
  async function summaries(page: Page) {
    const records = (await storeRecords(page, 'personSummaries')) as {
      personId: string;
      name: string;
      touches: Touch[];
    }[];
    return records.sort((a, b) => a.personId.localeCompare(b.personId));
  }

  async function sorted(state: { people: unknown[]; notes: unknown[]; touches: unknown[] }) {
    const byId = (list: unknown[]) =>
      [...(list as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
    return { people: byId(state.people), notes: byId(state.notes), touches: byId(state.touches) };
  }
});
