import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonView } from '@/components/sidepanel/PersonView';
import { addNote, notesFor, updateNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { logTouch } from '@/storage/touches';
import { freshDatabase } from '../../helpers/db';
import { renderWithDatabase } from '../../helpers/render';

describe('PersonView', () => {
  it('keeps an edit in progress when another window pins the note, and saves both', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, {
      name: 'Maya Lindqvist',
      emails: ['maya@northwind.example'],
    });
    const note = await addNote(db, {
      personId: person.id,
      body: 'Budget approved for Q3',
      kind: 'said',
    });
    const user = userEvent.setup();
    renderWithDatabase(db, <PersonView personId={person.id} />);

    await user.click(
      await screen.findByRole('button', { name: 'Edit note: Budget approved for Q3' }),
    );
    const editor = screen.getByRole('textbox', { name: 'Edit note: Budget approved for Q3' });
    await user.type(editor, ': €40k');

    // Another window pins it: the note moves from "What they told you" to "Pinned".
    await updateNote(db, note.id, { pinned: true });
    const pinned = await screen.findByRole('region', { name: 'Pinned' });
    const moved = within(pinned).getByRole('textbox', { name: /^Edit note/ });
    expect(moved).toHaveValue('Budget approved for Q3: €40k');

    await user.click(within(pinned).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await notesFor(db, person.id)).toEqual([
        expect.objectContaining({ body: 'Budget approved for Q3: €40k', pinned: true }),
      ]),
    );
  });

  it('coaches a connection note on its body alone and shows how much of its limit it uses', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, { name: 'Noor Haddad', linkedinSlug: 'noor-haddad-4b2a1' });
    const note = 'Hi Noor, we met at the freight summit. Could we book 20 minutes on Thursday?';
    const first = renderWithDatabase(
      db,
      <PersonView
        personId={person.id}
        draft={{ subject: '', body: note, kind: 'connection-note', maxLength: 300 }}
      />,
    );
    expect(
      await screen.findByText(`Connection note: ${note.length} of 300 characters`),
    ).toBeVisible();
    // The checklist's language libraries load apart, after the person's context.
    const checklist = await screen.findByRole(
      'list',
      { name: 'Draft checklist' },
      { timeout: 15_000 },
    );
    const items = within(checklist).getAllByRole('listitem');
    const ask = items.find((li) => li.textContent?.includes('One clear next step'));
    expect(ask).toHaveTextContent('One clear next step: Yes');

    first.unmount();
    renderWithDatabase(
      db,
      <PersonView
        personId={person.id}
        draft={{ subject: '', body: 'x'.repeat(305), kind: 'connection-note', maxLength: 300 }}
      />,
    );
    expect(await screen.findByText(/5 too many: LinkedIn will not send it/)).toBeVisible();
  });

  it('shows the newest 50 touches in the timeline, newest first, and older ones on request', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, { name: 'Jonas Berg', emails: ['jonas@fabrikam.example'] });
    const now = Date.now();
    for (let i = 1; i <= 55; i += 1) {
      await logTouch(db, {
        personId: person.id,
        channel: 'email',
        direction: 'out',
        at: now - i * 3_600_000,
        subject: `Message ${i}`,
      });
    }
    renderWithDatabase(db, <PersonView personId={person.id} />);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const entries = () => within(timeline).getAllByRole('listitem');
    // The first entries paint with the panel; the rest follow, none lost.
    await waitFor(() => expect(entries()).toHaveLength(50));
    expect(entries()[0]).toHaveTextContent('Message 1');
    expect(entries()[49]).toHaveTextContent('Message 50');
    await userEvent.click(
      within(timeline).getByRole('button', { name: 'Show older (5 more touches)' }),
    );
    await waitFor(() => expect(entries()).toHaveLength(55));
    expect(entries()[54]).toHaveTextContent('Message 55');
  });

  it('shows each LinkedIn message in the timeline with its first line', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, { name: 'Noor Haddad', linkedinSlug: 'noor-haddad-4b2a1' });
    await logTouch(db, {
      personId: person.id,
      channel: 'linkedin',
      direction: 'in',
      at: Date.UTC(2026, 10, 20, 10, 5),
      summary: 'Thanks Pat! Can you send the pricing sheet?',
      externalId: 'linkedin:urn:li:msg_message:1',
    });
    renderWithDatabase(db, <PersonView personId={person.id} />);
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const row = await within(timeline).findByText('Thanks Pat! Can you send the pricing sheet?');
    expect(row.closest('li')).toHaveTextContent(/LinkedIn.*them → you/);
  });

  it('shows the rest of the person when one damaged record breaks its section', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, { name: 'Maya Lindqvist' });
    await logTouch(db, { personId: person.id, channel: 'call', direction: 'out', at: 1000 });
    const note = await addNote(db, { personId: person.id, body: 'Budget approved' });
    // Written by an older version, or by hand: no longer a note this version can read.
    await db.notes.update(note.id, { body: 42 as never, createdAt: 9e15 });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithDatabase(db, <PersonView personId={person.id} />);

    expect(
      await screen.findByText(/What they told you could not be shown/, {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Maya Lindqvist' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Log a call or meeting' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Add a note' })).toBeVisible();
    error.mockRestore();
  });
});
