import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '@/components/options/OptionsPage';
import { DatabaseContext } from '@/components/hooks/useDatabase';
import { exportBackup } from '@/storage/backup';
import type { RapportDatabase } from '@/storage/db';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { DEFAULT_SETTINGS } from '@/storage/schema';
import { loadSettings, saveSettings } from '@/storage/settings';
import { freshDatabase } from '../../helpers/db';

const DAY = 86_400_000;

function showOptions(db: RapportDatabase) {
  render(
    <DatabaseContext.Provider value={db}>
      <OptionsPage />
    </DatabaseContext.Provider>,
  );
  return userEvent.setup();
}

function jsonFile(content: unknown, name = 'backup.json') {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return new File([text], name, { type: 'application/json' });
}

async function snapshot(db: RapportDatabase) {
  return {
    people: await db.people.toArray(),
    notes: await db.notes.toArray(),
    touches: await db.touches.toArray(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('OptionsPage', () => {
  it('counts what Rapport stores and asks for persistent storage', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal(
      'navigator',
      Object.assign(navigator, {
        storage: { persisted: vi.fn(async () => false), persist },
      }),
    );
    const db = freshDatabase();
    const alex = await addPerson(db, { name: 'Alex Rivera' });
    await addNote(db, { personId: alex.id, body: 'One' });
    await addNote(db, { personId: alex.id, body: 'Two' });
    showOptions(db);

    const stored = await screen.findByRole('region', { name: 'What Rapport stores' });
    await waitFor(() =>
      expect(within(stored).getByText('People').nextSibling).toHaveTextContent('1'),
    );
    expect(within(stored).getByText('Notes').nextSibling).toHaveTextContent('2');
    expect(within(stored).getByText('Touches').nextSibling).toHaveTextContent('0');
    expect(await within(stored).findByText(/^Storage is persistent/)).toBeInTheDocument();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('reminds to export when there is data and no backup for 30 days', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Alex Rivera' });
    await saveSettings({ lastExportAt: Date.now() - 45 * DAY });
    showOptions(db);
    expect(await screen.findByText('No backup for 45 days: export one.')).toBeInTheDocument();
  });

  it.each([
    ['an empty Rapport', false, undefined],
    ['a recent export', true, 3],
  ])('says nothing about backups for %s', async (_what, withData, daysAgo) => {
    const db = freshDatabase();
    if (withData) await addPerson(db, { name: 'Alex Rivera' });
    if (daysAgo !== undefined) await saveSettings({ lastExportAt: Date.now() - daysAgo * DAY });
    showOptions(db);
    const stored = await screen.findByRole('region', { name: 'What Rapport stores' });
    await waitFor(() =>
      expect(within(stored).getByText('People').nextSibling).toHaveTextContent(
        withData ? '1' : '0',
      ),
    );
    expect(screen.queryByText(/^No backup/)).toBeNull();
  });

  it('saves the cadence, refusing what does not make sense', async () => {
    const user = showOptions(freshDatabase());
    const gaps = await screen.findByRole('textbox', { name: 'Follow-up gaps (days)' });
    expect(gaps).toHaveValue('3, 4, 7, 14');
    await user.clear(gaps);
    await user.type(gaps, '2, 5, 10');
    await user.clear(screen.getByRole('spinbutton', { name: 'Stop after unanswered messages' }));
    await user.type(
      screen.getByRole('spinbutton', { name: 'Stop after unanswered messages' }),
      '4',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Working hours start' }),
      '08:30',
    );
    const days = screen.getByRole('group', { name: 'Working days' });
    await user.click(within(days).getByRole('checkbox', { name: 'Friday' }));
    await user.click(within(days).getByRole('checkbox', { name: 'Saturday' }));
    await user.click(screen.getByRole('button', { name: 'Save cadence' }));
    await screen.findByText('Cadence saved.');
    expect((await loadSettings()).cadence).toEqual({
      ...DEFAULT_SETTINGS.cadence,
      followUpGapsDays: [2, 5, 10],
      maxUnanswered: 4,
      workdayStartHour: 8.5,
      workingDays: [1, 2, 3, 4, 6],
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Working hours end' }), '07:00');
    await user.click(screen.getByRole('button', { name: 'Save cadence' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Working hours: the start must come before the end',
    );
    expect((await loadSettings()).cadence.workdayEndHour).toBe(17);
  });

  it('counts follow-up gaps in working days only when asked to', async () => {
    const user = showOptions(freshDatabase());
    const box = await screen.findByRole('checkbox', { name: 'Count gaps in working days' });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/3 days after a Friday is Wednesday/);
    await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Save cadence' }));
    await screen.findByText('Cadence saved.');
    expect((await loadSettings()).cadence.gapsInWorkingDays).toBe(true);
  });

  it('saves the time zone and the send-anyway question', async () => {
    const user = showOptions(freshDatabase());
    const zone = await screen.findByRole('combobox', { name: 'Your time zone' });
    expect(zone).toHaveValue(Intl.DateTimeFormat().resolvedOptions().timeZone);
    await user.selectOptions(zone, 'Asia/Tokyo');
    await waitFor(async () => expect((await loadSettings()).timeZone).toBe('Asia/Tokyo'));

    const ask = screen.getByRole('checkbox', { name: "Ask 'Send anyway?' on a stop verdict" });
    expect(ask).not.toBeChecked();
    await user.click(ask);
    await waitFor(async () => expect((await loadSettings()).confirmSendOnStop).toBe(true));
  });

  it('shows what an import will do, then imports on request', async () => {
    const source = freshDatabase();
    const alex = await addPerson(source, {
      name: 'Alex Rivera',
      emails: ['alex@example.com'],
      company: 'Acme',
    });
    await addNote(source, { personId: alex.id, body: 'Budget €20k', kind: 'need' });
    await addPerson(source, { name: 'Sam Okafor', linkedinSlug: 'sam-okafor' });
    const backup = await exportBackup(source, DEFAULT_SETTINGS);

    const db = freshDatabase();
    await addPerson(db, { name: 'Alex R.', emails: ['alex@example.com'] });
    const user = showOptions(db);
    await user.upload(await screen.findByLabelText('Import a Rapport backup'), jsonFile(backup));

    const plan = await screen.findByRole('table', { name: 'What importing backup.json will do' });
    const row = (name: string) =>
      within(plan).getByRole('rowheader', { name }).parentElement?.textContent;
    expect(row('People')).toBe('People110');
    expect(row('Notes')).toBe('Notes100');
    expect(await db.notes.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported/)).toBeInTheDocument();
    expect(await db.people.count()).toBe(2);
    expect(await db.notes.count()).toBe(1);
  });

  it.each([
    ['not JSON', '{"format": "rapport-backup",', /not valid JSON/],
    ['not a backup', { hello: 'world' }, /not a Rapport backup/],
    [
      'a bad record',
      {
        format: 'rapport-backup',
        version: 1,
        exportedAt: 1,
        people: [
          {
            id: 'p1',
            name: '',
            emails: ['nope'],
            consent: 'unknown',
            tags: [],
            createdAt: 1,
            updatedAt: 1,
          },
        ],
        notes: [],
        touches: [],
      },
      /people\[0\]\.emails\[0\]/,
    ],
  ])('rejects %s, showing why and writing nothing', async (_what, content, problem) => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Alex Rivera' });
    const before = await snapshot(db);
    const user = showOptions(db);
    await user.upload(await screen.findByLabelText('Import a Rapport backup'), jsonFile(content));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('cannot be imported: nothing was changed');
    expect(within(alert).getByRole('list', { name: 'Problems in the file' })).toHaveTextContent(
      problem,
    );
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it('lists the first problems of a file with thousands, and counts the rest', async () => {
    const db = freshDatabase();
    const person = (i: number) => ({
      id: 'same-id',
      name: `Person ${i}`,
      emails: [],
      consent: 'unknown',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    const people = Array.from({ length: 5001 }, (_, i) => person(i));
    const file = {
      format: 'rapport-backup',
      version: 1,
      exportedAt: 1,
      people,
      notes: [],
      touches: [],
    };
    const user = showOptions(db);
    await user.upload(await screen.findByLabelText('Import a Rapport backup'), jsonFile(file));

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('5000 problems');
    const list = within(alert).getByRole('list', { name: 'Problems in the file' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(alert).toHaveTextContent('and 4,950 more problems like these');
  });

  it('refuses a file too big to be a backup without reading it', async () => {
    const db = freshDatabase();
    const user = showOptions(db);
    const huge = jsonFile('{}', 'huge.json');
    Object.defineProperty(huge, 'size', { value: 300 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await user.upload(await screen.findByLabelText('Import a Rapport backup'), huge);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('huge.json cannot be imported');
    expect(alert).toHaveTextContent('the file is 300 MB, more than the 200 MB');
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a backup saved with a byte-order mark', async () => {
    const source = freshDatabase();
    await addPerson(source, { name: 'Alex Rivera' });
    const backup = await exportBackup(source, DEFAULT_SETTINGS);
    const db = freshDatabase();
    const user = showOptions(db);
    await user.upload(
      await screen.findByLabelText('Import a Rapport backup'),
      jsonFile(`\uFEFF${JSON.stringify(backup)}`),
    );
    expect(
      await screen.findByRole('table', { name: 'What importing backup.json will do' }),
    ).toBeVisible();
  });

  it('exports a backup and the CSV in one click each', async () => {
    const createObjectURL = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const db = freshDatabase();
    await addPerson(db, { name: 'Alex Rivera' });
    const user = showOptions(db);
    await screen.findByText('No backup yet: export one.');
    await user.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    await screen.findByText('Backup downloaded.');
    await waitFor(() => expect(screen.queryByText(/^No backup/)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Export people and notes (CSV)' }));
    await screen.findByText('CSV downloaded.');
    expect(createObjectURL).toHaveBeenCalledTimes(2);
  });
});
