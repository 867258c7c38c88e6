import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DatabaseContext } from '@/components/hooks/useDatabase';
import { ImportContacts } from '@/components/options/ImportContacts';
import { UnattachedHistory } from '@/components/options/UnattachedHistory';
import type { RapportDatabase } from '@/storage/db';
import { addPerson, findPersonByEmail, findPersonBySlug } from '@/storage/people';
import { logSentEmail } from '@/utils/background/touch-logger';
import { freshDatabase } from '../../helpers/db';

const FIXTURES = path.resolve(__dirname, '../../fixtures/contacts');
const fixtureFile = (name: string, as = name) =>
  new File([readFileSync(path.join(FIXTURES, name))], as, { type: 'text/csv' });

function show(db: RapportDatabase, ui = <ImportContacts />) {
  render(<DatabaseContext.Provider value={db}>{ui}</DatabaseContext.Provider>);
  return userEvent.setup();
}

describe('importing contacts on the options page', () => {
  it('previews a LinkedIn export (new, merged, every line not read), then writes it', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Ines M.', emails: ['ines@litware.example'], company: 'Litware' });
    const user = show(db);
    await user.upload(
      screen.getByLabelText('Import contacts'),
      fixtureFile('linkedin-Connections.csv', 'Connections.csv'),
    );

    const preview = await screen.findByRole(
      'group',
      { name: 'Import preview' },
      { timeout: 10_000 },
    );
    expect(
      within(preview).getByRole('heading', { name: 'What importing Connections.csv will do' }),
    ).toBeInTheDocument();
    expect(
      within(preview).getByText(/^LinkedIn connections: 6 people read, 1 line not read/),
    ).toBeInTheDocument();
    const row = (label: string) =>
      within(preview).getByRole('row', { name: new RegExp(`^${label}`) });
    expect(row('New people')).toHaveTextContent('5');
    expect(row('New people')).toHaveTextContent(
      'Maya Lindqvist, Jörg Müller, Noor Haddad, Kofi Okafor',
    );
    expect(row('Merged into people you have')).toHaveTextContent('1Ines M.');
    expect(
      within(preview).getByText('5 LinkedIn connection dates go on their timelines.'),
    ).toBeInTheDocument();
    expect(within(preview).getByRole('list', { name: 'Lines not imported' })).toHaveTextContent(
      'Line 11: Connected On: “not a date” is not a date',
    );
    // Markup in the file is shown as text.
    expect(row('New people').querySelector('img')).toBeNull();
    expect(await db.people.count()).toBe(1);

    await user.click(within(preview).getByRole('button', { name: 'Import 6 people' }));
    expect(
      await screen.findByText(
        'Imported from Connections.csv: 5 new, 1 merged, 0 already in Rapport.',
      ),
    ).toBeInTheDocument();
    expect(await db.people.count()).toBe(6);
    expect((await findPersonByEmail(db, 'ines@litware.example'))?.name).toBe('Ines M.');
    expect(await findPersonBySlug(db, 'maya-lindqvist')).toBeDefined();
  });

  it('asks which column holds what when it does not recognise them, then reads by the answer', async () => {
    const db = freshDatabase();
    const user = show(db);
    await user.upload(
      screen.getByLabelText('Import contacts'),
      fixtureFile('unrecognised.csv', 'kontakte.csv'),
    );

    const mapping = await screen.findByRole(
      'group',
      { name: 'Which column holds what?' },
      { timeout: 10_000 },
    );
    expect(within(mapping).getByRole('row', { name: /^Adresse/ })).toHaveTextContent(
      'jan@northwind.example · ewa@contoso.example',
    );
    const read = within(mapping).getByRole('button', { name: 'Read kontakte.csv' });
    expect(read).toBeDisabled();
    await user.selectOptions(within(mapping).getByLabelText('What “Kontakt” holds'), 'Full name');
    await user.selectOptions(
      within(mapping).getByLabelText('What “Adresse” holds'),
      'Email address',
    );
    await user.selectOptions(within(mapping).getByLabelText('What “Firma” holds'), 'Company');
    await user.click(read);

    const preview = await screen.findByRole(
      'group',
      { name: 'Import preview' },
      { timeout: 10_000 },
    );
    expect(within(preview).getByRole('row', { name: /^New people/ })).toHaveTextContent(
      '2Jan Kowalski, Ewa Nowak',
    );
    await user.click(within(preview).getByRole('button', { name: 'Import 2 people' }));
    await screen.findByText(/^Imported from kontakte\.csv: 2 new/);
    expect(await findPersonByEmail(db, 'ewa@contoso.example')).toMatchObject({
      name: 'Ewa Nowak',
      company: 'Contoso',
    });
  });

  it('lists the first 50 problems of a bad file and counts the rest', async () => {
    const db = freshDatabase();
    const rows = Array.from({ length: 120 }, (_, i) => `Person ${i},not-an-address-${i}`);
    const user = show(db);
    await user.upload(
      screen.getByLabelText('Import contacts'),
      new File([`Name,Email\n${rows.join('\n')}\n`], 'crm.csv', { type: 'text/csv' }),
    );
    const list = await screen.findByRole(
      'list',
      { name: 'Lines not imported' },
      { timeout: 10_000 },
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      'Line 2: “not-an-address-0” is not an email address',
    );
    expect(screen.getByText('and 70 more lines like these')).toBeInTheDocument();
  });

  it('says what is wrong with a spreadsheet saved under a .csv name, and imports nothing', async () => {
    const db = freshDatabase();
    const user = show(db);
    await user.upload(
      screen.getByLabelText('Import contacts'),
      new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0])], 'contacts.csv'),
    );
    const preview = await screen.findByRole(
      'group',
      { name: 'Import preview' },
      { timeout: 10_000 },
    );
    expect(within(preview).getByRole('list', { name: 'Lines not imported' })).toHaveTextContent(
      /^Line 1: this is not a text file/,
    );
    expect(within(preview).getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  });

  it('reads a file saved by Excel on Windows (Windows-1252) without mangling names', async () => {
    const db = freshDatabase();
    const user = show(db);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('Name,Email\nJos'),
      0xe9,
      ...new TextEncoder().encode(' Garc'),
      0xed,
      ...new TextEncoder().encode('a,jose@x.example\n'),
    ]);
    await user.upload(screen.getByLabelText('Import contacts'), new File([latin1], 'excel.csv'));
    const preview = await screen.findByRole(
      'group',
      { name: 'Import preview' },
      { timeout: 10_000 },
    );
    expect(within(preview).getByRole('row', { name: /^New people/ })).toHaveTextContent(
      'José García',
    );
  });
});

describe('mail kept with people not in Rapport', () => {
  it('says how many messages are kept and forgets them on request', async () => {
    const db = freshDatabase();
    await logSentEmail(db, {
      sendId: 's1',
      recipients: ['a@x.example', 'b@x.example'],
      subject: 'Hi',
      at: Date.now() - 1000,
    });
    const user = show(db, <UnattachedHistory />);
    const section = await screen.findByRole('region', {
      name: 'Messages with people not in Rapport',
    });
    expect(await within(section).findByText('2 messages kept.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Forget them now' }));
    await waitFor(() => expect(within(section).getByText('None kept.')).toBeInTheDocument());
    expect(await db.unattachedTouches.count()).toBe(0);
  });
});
