import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleList } from '@/components/options/PeopleList';
import type { Backup } from '@/storage/backup';
import type { RapportDatabase } from '@/storage/db';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { freshDatabase } from '../../helpers/db';
import { renderWithDatabase } from '../../helpers/render';

vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

async function seed(db: RapportDatabase) {
  const maya = await addPerson(
    db,
    { name: 'Maya Lindqvist', emails: ['maya@northwind.example'], company: 'Northwind' },
    3000,
  );
  const mayaLinkedIn = await addPerson(
    db,
    { name: 'Maya Lindquist', linkedinSlug: 'maya-lindquist', company: 'Northwind Logistics' },
    1000,
  );
  const jonas = await addPerson(db, { name: 'Jonas Novak', company: 'Contoso' }, 2000);
  await addNote(db, { personId: maya.id, body: 'Lost two accounts to Q3 delays' });
  return { maya, mayaLinkedIn, jonas };
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.querySelector('.person-name')?.textContent);

describe('the list of people on the options page', () => {
  it('lists everyone, sorts by any column and filters by any word of their details', async () => {
    const db = freshDatabase();
    await seed(db);
    renderWithDatabase(db, <PeopleList />);
    const user = userEvent.setup();
    await screen.findByText('Jonas Novak');
    // Most recently active first, until the rep sorts otherwise.
    expect(rowNames()).toEqual(['Maya Lindqvist', 'Jonas Novak', 'Maya Lindquist']);
    expect(screen.getByRole('columnheader', { name: /Last activity/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(rowNames()).toEqual(['Jonas Novak', 'Maya Lindquist', 'Maya Lindqvist']);
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: 'Name' }));
    expect(rowNames()).toEqual(['Maya Lindqvist', 'Maya Lindquist', 'Jonas Novak']);

    await user.type(screen.getByLabelText('Filter people'), 'north');
    await waitFor(() => expect(rowNames()).toEqual(['Maya Lindqvist', 'Maya Lindquist']));
    expect(screen.getByText('2 of 3 people')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Filter people'));
    await user.type(screen.getByLabelText('Filter people'), 'CONTOSO');
    await waitFor(() => expect(rowNames()).toEqual(['Jonas Novak']));
  });

  it('merges the two selected, with a preview, and undo puts them back', async () => {
    const db = freshDatabase();
    const { maya, mayaLinkedIn } = await seed(db);
    renderWithDatabase(db, <PeopleList />);
    const user = userEvent.setup();
    await screen.findByText('Jonas Novak');
    expect(screen.getByRole('button', { name: 'Merge' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select Maya Lindqvist' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Maya Lindquist' }));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    const preview = await screen.findByRole('region', { name: 'Merge two people into one' });
    await user.click(within(preview).getByRole('button', { name: 'Merge' }));
    await waitFor(async () => expect(await db.people.count()).toBe(2));
    expect(await db.people.get(maya.id)).toMatchObject({ linkedinSlug: 'maya-lindquist' });
    await waitFor(() => expect(rowNames()).toEqual(['Maya Lindqvist', 'Jonas Novak']));

    // Undo is offered once the merge, drafts included, is done.
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.people.count()).toBe(3));
    expect(await db.people.get(mayaLinkedIn.id)).toMatchObject({ name: 'Maya Lindquist' });
  });

  it('deletes the selected after saying what goes', async () => {
    const db = freshDatabase();
    await seed(db);
    renderWithDatabase(db, <PeopleList />);
    const user = userEvent.setup();
    await screen.findByText('Jonas Novak');
    await user.click(screen.getByRole('checkbox', { name: 'Select everyone shown' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Jonas Novak' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete 2 people?' });
    await within(confirm).findByText('1 note');
    await user.click(within(confirm).getByRole('button', { name: 'Delete 2 people' }));
    await waitFor(() => expect(rowNames()).toEqual(['Jonas Novak']));
    expect(await db.notes.count()).toBe(0);
  });

  it('exports the selected people, with their notes, as a backup file', async () => {
    const blobs: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          blobs.push(blob);
          return 'blob:x';
        },
        revokeObjectURL: () => undefined,
      }),
    );
    const db = freshDatabase();
    await seed(db);
    renderWithDatabase(db, <PeopleList />);
    const user = userEvent.setup();
    await screen.findByText('Jonas Novak');
    await user.click(screen.getByRole('checkbox', { name: 'Select Maya Lindqvist' }));
    await user.click(screen.getByRole('button', { name: 'Export (JSON)' }));
    await screen.findByText('Exported 1 person.');
    const file = JSON.parse(await blobs[0]!.text()) as Backup;
    expect(file.people.map((p) => p.name)).toEqual(['Maya Lindqvist']);
    expect(file.notes.map((n) => n.body)).toEqual(['Lost two accounts to Q3 delays']);
    expect(file).not.toHaveProperty('settings');

    await user.click(screen.getByRole('button', { name: 'Export (CSV)' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const csv = await blobs[1]!.text();
    expect(csv).toContain('Maya Lindqvist');
    expect(csv).not.toContain('Jonas Novak');
  });
});
