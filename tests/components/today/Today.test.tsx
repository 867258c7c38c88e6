import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { firstRowsFor } from '@/components/today/first-rows';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { requestPanel } from '@/storage/panel-request';
import { saveTabSignal } from '@/storage/tab-signals';
import { logTouch, touchesFor } from '@/storage/touches';
import { freshDatabase } from '../../helpers/db';
import { renderWithDatabase } from '../../helpers/render';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Dana owes nothing but is owed a promise three days late; Sam wrote yesterday. */
async function owed() {
  const db = freshDatabase();
  const now = Date.now();
  const dana = await addPerson(db, {
    name: 'Dana Whitfield',
    emails: ['dana@acme.example'],
    linkedinSlug: 'dana-whitfield',
  });
  const sam = await addPerson(db, { name: 'Sam Okafor', emails: ['sam@globex.example'] });
  await addNote(db, {
    personId: dana.id,
    body: 'Send the Gothenburg case study',
    kind: 'promise',
    dueAt: now - 3 * DAY,
  });
  await logTouch(db, { personId: sam.id, channel: 'email', direction: 'in', at: now - DAY });
  await saveTabSignal(5, { signal: null, url: 'https://mail.google.com/mail/u/0/#inbox', at: now });
  renderWithDatabase(db, <SidePanel search="?tabId=5" />);
  const list = await screen.findByRole('list', { name: 'Owed today, most urgent first' });
  return { db, dana, sam, list };
}

const rows = (list: HTMLElement) => within(list).getAllByRole('listitem');

/** A row's Done, once the row knows whose it is. */
async function done(list: HTMLElement, name: string) {
  const button = within(list).getByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  await userEvent.click(button);
}

describe('Today in the side panel', () => {
  it('lists what is owed, the overdue promise first, with how late it is', async () => {
    const { list } = await owed();
    const [first, second] = rows(list);
    expect(first).toHaveTextContent('Dana Whitfield');
    expect(first).toHaveTextContent(
      'You promised Dana “Send the Gothenburg case study”; it was due 3 days ago.',
    );
    expect(first).toHaveTextContent('3 days overdue');
    expect(second).toHaveTextContent('Sam wrote to you by email 1 day ago.');
    expect(
      within(screen.getByRole('region', { name: 'Today' })).getByRole('status'),
    ).toHaveTextContent('2 overdue · 2 in all');
  });

  it('Done keeps the promise, and Undo brings it back', async () => {
    const { list } = await owed();
    await done(list, 'Done: Dana Whitfield, promise overdue');
    await waitFor(() => expect(rows(list)).toHaveLength(1));
    expect(await screen.findByText('Promise to Dana Whitfield marked kept.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows(list)).toHaveLength(2));
  });

  it('Done on a reply logs the rep’s answer on the same channel', async () => {
    const { db, sam, list } = await owed();
    await done(list, 'Done: Sam Okafor, reply waiting');
    await waitFor(() => expect(rows(list)).toHaveLength(1));
    expect(
      await screen.findByText('Logged: you wrote to Sam Okafor by email.'),
    ).toBeInTheDocument();
    const [latest] = await touchesFor(db, sam.id);
    expect(latest).toMatchObject({ channel: 'email', direction: 'out' });
  });

  it('offers where to write, snoozes until tomorrow, and stops with undo, from the row’s menu', async () => {
    const { db, dana, sam, list } = await owed();
    await userEvent.click(
      within(list).getByRole('button', { name: 'More for Dana Whitfield: promise overdue' }),
    );
    expect(within(list).getByRole('link', { name: 'Write in Gmail' })).toHaveAttribute(
      'href',
      'https://mail.google.com/mail/u/0/#search/dana%40acme.example',
    );
    expect(within(list).getByRole('link', { name: 'Open LinkedIn profile' })).toHaveAttribute(
      'href',
      'https://www.linkedin.com/in/dana-whitfield/',
    );
    await userEvent.click(within(list).getByRole('button', { name: 'Snooze until tomorrow' }));
    await waitFor(() => expect(rows(list)).toHaveLength(1));
    expect((await db.snoozes.get(dana.id))?.until).toBeGreaterThan(Date.now());
    expect(await screen.findByText('Dana Whitfield snoozed until tomorrow.')).toBeInTheDocument();

    await userEvent.click(
      within(list).getByRole('button', { name: 'More for Sam Okafor: reply waiting' }),
    );
    await userEvent.click(
      within(list).getByRole('button', { name: 'Stop: they asked not to be contacted' }),
    );
    expect(
      await screen.findByText('Nothing due: every promise kept, every reply sent.'),
    ).toBeInTheDocument();
    expect((await db.people.get(sam.id))?.consent).toBe('declined');
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.people.get(sam.id))?.consent).toBe('unknown'));
  });

  it('snoozes until a date typed in words, read back first', async () => {
    const { db, dana, list } = await owed();
    await userEvent.click(
      within(list).getByRole('button', { name: 'More for Dana Whitfield: promise overdue' }),
    );
    const until = within(list).getByRole('textbox', { name: 'Snooze until' });
    await userEvent.type(until, 'someday maybe');
    expect(await within(list).findByText(/can't read that date/)).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Snooze' })).toBeDisabled();
    await userEvent.clear(until);
    await userEvent.type(until, 'in two weeks');
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Snooze' })).toBeEnabled());
    await userEvent.click(within(list).getByRole('button', { name: 'Snooze' }));
    await waitFor(async () =>
      expect((await db.snoozes.get(dana.id))?.until).toBeGreaterThan(Date.now() + 13 * DAY),
    );
  });

  it('opens a person from their row, and on a request from a reminder or the popup', async () => {
    const { sam, list } = await owed();
    await userEvent.click(within(list).getByRole('button', { name: 'Dana Whitfield' }));
    expect(await screen.findByRole('heading', { name: 'Dana Whitfield' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Prepare/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/prepare\.html\?person=/),
    );
    await requestPanel({ personId: sam.id, at: Date.now() });
    expect(await screen.findByRole('heading', { name: 'Sam Okafor' })).toBeInTheDocument();
    await requestPanel({ at: Date.now() + 1 });
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
  });

  it('paints as many rows as the panel shows, and the rest on Show all', async () => {
    const db = freshDatabase();
    const now = Date.now();
    const shown = firstRowsFor(window.innerHeight);
    const owedTo = shown + 3;
    for (let i = 0; i < owedTo; i += 1) {
      const person = await addPerson(db, { name: `Person ${i}`, emails: [`p${i}@acme.example`] });
      // Person 0 is the most overdue, each next one an hour less.
      await addNote(db, {
        personId: person.id,
        body: `Promise ${i}`,
        kind: 'promise',
        dueAt: now - DAY - (owedTo - i) * HOUR,
      });
    }
    await saveTabSignal(5, {
      signal: null,
      url: 'https://mail.google.com/mail/u/0/#inbox',
      at: now,
    });
    renderWithDatabase(db, <SidePanel search="?tabId=5" />);
    const list = await screen.findByRole('list', { name: 'Owed today, most urgent first' });
    expect(rows(list)).toHaveLength(shown);
    expect(rows(list)[0]).toHaveTextContent('Person 0');
    await userEvent.click(screen.getByRole('button', { name: `Show all ${owedTo}` }));
    await waitFor(() => expect(rows(list)).toHaveLength(owedTo));
    expect(rows(list)[owedTo - 1]).toHaveTextContent(`Person ${owedTo - 1}`);
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });
});
