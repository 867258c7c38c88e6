// Today end to end in Chromium: the side panel with nobody in focus, the toolbar badge, the
// popup's preview, reminders through chrome.alarms and chrome.notifications, and Prepare.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTabSignal } from '../../scripts/lib/chromium';
import type { Backup } from '../../storage/backup';
import type { Note, Person, Settings, Touch } from '../../storage/schema';
import { eventually, launchRapport, type Rapport } from './harness';
import { ALWAYS_WORKING, importThroughOptions, writeSettings } from './sidepanel-states';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const FOLLOW_UP_ALARM = 'rapport-follow-ups';

function person(id: string, name: string, fields: Partial<Person> = {}): Person {
  const at = Date.now() - 30 * DAY;
  return {
    id,
    name,
    emails: [],
    consent: 'unknown',
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

function promise(id: string, personId: string, body: string, dueAt: number): Note {
  const at = Date.now() - 10 * DAY;
  return {
    id,
    personId,
    body,
    kind: 'promise',
    oneOff: false,
    pinned: false,
    dueAt,
    source: 'import',
    createdAt: at,
    updatedAt: at,
  };
}

function touch(
  id: string,
  personId: string,
  fields: Pick<Touch, 'channel' | 'direction' | 'at'> & Partial<Touch>,
): Touch {
  return { id, personId, createdAt: fields.at, ...fields };
}

function backup(people: Person[], notes: Note[] = [], touches: Touch[] = []): Backup {
  return { format: 'rapport-backup', version: 2, exportedAt: Date.now(), people, notes, touches };
}

/** The toolbar badge every tab shows, as the service worker set it. */
const toolbarBadge = (rapport: Rapport) =>
  rapport.worker.evaluate(() => chrome.action.getBadgeText({}));

/** The ids of the notifications Rapport shows now. */
const notifications = (rapport: Rapport) =>
  rapport.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

/** Fires the follow-up alarm now, as Chrome does when its moment comes. */
const fireAlarm = (rapport: Rapport) =>
  rapport.worker.evaluate(
    (name) => chrome.alarms.create(name, { when: Date.now() }),
    FOLLOW_UP_ALARM,
  );

async function openToday(rapport: Rapport, tabId: number): Promise<Page> {
  await recordTabSignal(rapport.worker, tabId, {
    signal: null,
    url: 'https://mail.google.com/mail/u/0/#inbox',
    at: Date.now(),
  });
  const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await panel.setViewportSize({ width: 400, height: 900 });
  return panel;
}

describe('Today in Chromium', () => {
  let rapport: Rapport;
  beforeAll(async () => {
    rapport = await launchRapport();
    await writeSettings(rapport, ALWAYS_WORKING);
  });
  afterAll(async () => rapport?.close());

  it('lists an overdue promise first; Done removes it and the toolbar count drops', async () => {
    const dana = person('e2e-dana', 'Dana Whitfield', { emails: ['dana@acme.example'] });
    const sam = person('e2e-sam', 'Sam Okafor', { emails: ['sam@globex.example'] });
    await importThroughOptions(
      rapport,
      backup(
        [dana, sam],
        [promise('e2e-dana-p', dana.id, 'Send the Gothenburg case study', Date.now() - 2 * DAY)],
        [touch('e2e-sam-in', sam.id, { channel: 'email', direction: 'in', at: Date.now() - DAY })],
      ),
    );
    await eventually(
      () => toolbarBadge(rapport),
      (text) => text === '2',
      'the toolbar to count 2',
    );

    const panel = await openToday(rapport, 610_001);
    const list = panel.getByRole('list', { name: 'Owed today, most urgent first' });
    const first = list.getByRole('listitem').first();
    await first
      .getByText('You promised Dana “Send the Gothenburg case study”; it was due 2 days ago.')
      .waitFor();
    await expect(first.getByText('2 days overdue').count()).resolves.toBe(1);
    await expect(list.getByRole('listitem').count()).resolves.toBe(2);

    await list.getByRole('button', { name: 'Done: Dana Whitfield, promise overdue' }).click();
    await panel.getByText('Promise to Dana Whitfield marked kept.').waitFor();
    await eventually(
      () => list.getByRole('listitem').count(),
      (n) => n === 1,
      'one row left',
    );
    await list.getByText('Sam wrote to you by email 1 day ago.').waitFor();
    await eventually(
      () => toolbarBadge(rapport),
      (text) => text === '1',
      'the toolbar to count 1',
    );
    await panel.close();
  });

  it('shows the count and the three most urgent rows in the popup, above the capture form', async () => {
    const people = ['Ana', 'Ben', 'Cy', 'Dee'].map((name, i) =>
      person(`e2e-popup-${i}`, `${name} Example`, {
        emails: [`${name.toLowerCase()}@popup.example`],
      }),
    );
    await importThroughOptions(
      rapport,
      backup(
        people,
        [],
        people.map((p, i) =>
          touch(`e2e-popup-in-${i}`, p.id, {
            channel: 'linkedin',
            direction: 'in',
            at: Date.now() - (10 + i) * HOUR,
          }),
        ),
      ),
    );
    await recordTabSignal(rapport.worker, 610_002, {
      signal: null,
      url: 'https://mail.google.com/mail/u/0/#inbox',
      at: Date.now(),
    });
    const popup = await rapport.openExtensionPage('popup.html?tabId=610002');
    const today = popup.getByRole('region', { name: 'Today' });
    await today.getByText('5 overdue · 5 in all').waitFor();
    const rows = today.getByRole('listitem');
    await expect(rows.count()).resolves.toBe(3);
    // The oldest reply first: Sam's, from the first test, then Dee's, 13 hours old.
    await expect(rows.nth(0).textContent()).resolves.toContain(
      'Sam wrote to you by email 1 day ago.',
    );
    await expect(rows.nth(1).textContent()).resolves.toContain(
      'Dee wrote to you on LinkedIn 13 hours ago.',
    );
    await today.getByRole('button', { name: 'All 5 in the side panel' }).waitFor();
    // The capture form is still there, below.
    await popup.getByRole('textbox', { name: 'Note' }).waitFor();
    await popup.close();
  });

  it('answers a page’s follow-ups-changed once the toolbar counts the plan, and sets the next alarm after', async () => {
    // The five overdue replies of the test before.
    await expect(toolbarBadge(rapport)).resolves.toBe('5');
    await rapport.worker.evaluate(async (name) => {
      await chrome.alarms.clear(name);
      await chrome.action.setBadgeText({ text: '?' });
    }, FOLLOW_UP_ALARM);
    const page = await rapport.openExtensionPage('options.html');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'follow-ups-changed' }));
    // Counted by the time the page has its answer.
    await expect(toolbarBadge(rapport)).resolves.toBe('5');
    const alarm = await eventually(
      () => rapport.worker.evaluate((name) => chrome.alarms.get(name), FOLLOW_UP_ALARM),
      (set) => set !== undefined,
      'the next alarm',
    );
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
    await page.close();
  });

  it('fires reminders through chrome.alarms as notifications, never twice, and before a meeting', async () => {
    // Working hours from this hour on, in UTC, every day: the digest is due now.
    const hour = new Date().getUTCHours();
    const settings: Partial<Settings> = {
      ...ALWAYS_WORKING,
      cadence: { ...ALWAYS_WORKING.cadence, workdayStartHour: hour, workdayEndHour: 24 },
      timeZone: 'UTC',
      remindersOnSince: Date.now() - DAY,
    };
    await writeSettings(rapport, settings);
    const maya = person('e2e-maya', 'Maya Lindqvist', { emails: ['maya@northwind.example'] });
    await importThroughOptions(
      rapport,
      backup(
        [maya],
        [promise('e2e-maya-p', maya.id, 'Send the pilot plan', Date.now() - 2 * MINUTE)],
      ),
    );
    await rapport.worker.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll()))
        await chrome.notifications.clear(id);
    });

    await fireAlarm(rapport);
    const shown = await eventually(
      () => notifications(rapport),
      (ids) => ids.some((id) => id.includes('digest:')),
      'the morning digest',
    );
    // The promise that fell due is told in the digest, not again on its own.
    expect(shown.filter((id) => id.includes('promise:'))).toEqual([]);

    await rapport.worker.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll()))
        await chrome.notifications.clear(id);
    });
    await fireAlarm(rapport);
    // A second alarm finds nothing new: give it time to act, then look.
    await rapport.worker.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    expect(await notifications(rapport)).toEqual([]);

    // A promise falling due now is told on its own, once.
    await importThroughOptions(
      rapport,
      backup([maya], [promise('e2e-maya-p2', maya.id, 'Intro to Contoso', Date.now() - MINUTE)]),
    );
    await fireAlarm(rapport);
    const due = await eventually(
      () => notifications(rapport),
      (ids) => ids.some((id) => id.includes('promise:e2e-maya-p2:')),
      'the promise-due notification',
    );
    expect(due).toHaveLength(1);
    // Clicking it opens the panel on Maya: its id carries whom.
    expect(due[0]).toMatch(/^rapport\|e2e-maya\|/);

    // A meeting logged for 8 minutes from now is announced at once: it is within 10 minutes.
    await importThroughOptions(
      rapport,
      backup(
        [maya],
        [],
        [
          touch('e2e-maya-meet', maya.id, {
            channel: 'meeting',
            direction: 'out',
            at: Date.now() + 8 * MINUTE,
            subject: 'Pilot review',
          }),
        ],
      ),
    );
    await eventually(
      () => notifications(rapport),
      (ids) => ids.some((id) => id.includes('meeting:e2e-maya-meet:')),
      'the meeting notification',
    );
    const alarm = await rapport.worker.evaluate((name) => chrome.alarms.get(name), FOLLOW_UP_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
    await writeSettings(rapport, { remindersOnSince: undefined, timeZone: undefined });
  });

  it('prepares a printable brief for a meeting soon', async () => {
    const ines = person('e2e-ines', 'Ines Moreau', { company: 'Litware', title: 'COO' });
    const note = (id: string, body: string, kind: Note['kind']): Note => ({
      ...promise(id, ines.id, body, 0),
      kind,
      dueAt: undefined,
    });
    await importThroughOptions(
      rapport,
      backup(
        [ines],
        [
          note('e2e-ines-need', 'One dashboard for the three depots', 'need'),
          note('e2e-ines-obj', 'A pilot would take her team away from peak season', 'objection'),
          promise(
            'e2e-ines-p',
            ines.id,
            'Share the pilot plan for one depot',
            Date.now() + 6 * HOUR,
          ),
        ].map((n) => JSON.parse(JSON.stringify(n)) as Note),
        [
          touch('e2e-ines-meet', ines.id, {
            channel: 'meeting',
            direction: 'out',
            at: Date.now() + 2 * HOUR,
            subject: 'Depot walkthrough',
          }),
        ],
      ),
    );
    const panel = await openToday(rapport, 610_003);
    const prepare = panel.getByRole('link', { name: 'Prepare for Ines Moreau' });
    const [brief] = await Promise.all([rapport.context.waitForEvent('page'), prepare.click()]);
    await brief.getByRole('heading', { name: 'Ines Moreau' }).waitFor();
    const agenda = brief.getByRole('region', { name: 'Suggested agenda' });
    await agenda
      .getByText('Show how you can help with “One dashboard for the three depots”.')
      .waitFor();
    await agenda.getByText(/Agree a date for “Share the pilot plan for one depot”/).waitFor();
    await brief
      .getByRole('region', { name: 'Objections' })
      .getByText('A pilot would take her team away from peak season')
      .waitFor();
    await brief.getByText(/Meeting .*: Depot walkthrough/).waitFor();
    await brief.emulateMedia({ media: 'print' });
    await expect(brief.getByRole('button', { name: 'Print' }).isVisible()).resolves.toBe(false);
    await brief.close();
    await panel.close();
  });
});
