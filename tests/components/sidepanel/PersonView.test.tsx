import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PersonView } from '@/components/sidepanel/PersonView';
import { addNote, notesFor, updateNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
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
});
