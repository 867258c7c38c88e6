import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NoteComposer, type NoteFields } from '@/components/NoteComposer';
import { DatabaseContext } from '@/components/hooks/useDatabase';
import type { RapportDatabase } from '@/storage/db';
import { loadDraft } from '@/storage/drafts';
import { addNote, notesFor } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { freshDatabase } from '../helpers/db';

async function setup(props: { draftKey?: string } = {}) {
  const db = freshDatabase();
  const person = await addPerson(db, { name: 'Alex Rivera' });
  const saved: NoteFields[] = [];
  const onSave = async (fields: NoteFields) => {
    saved.push(fields);
    return addNote(db, { ...fields, personId: person.id, source: 'popup' });
  };
  const ui = (
    <DatabaseContext.Provider value={db}>
      <NoteComposer onSave={onSave} timeZone="Europe/Paris" autoFocus {...props} />
    </DatabaseContext.Provider>
  );
  const view = render(ui);
  return { db, person, saved, user: userEvent.setup(), ui, view };
}

const noteField = () => screen.getByRole('textbox', { name: 'Note' });
const saveButton = () => screen.getByRole('button', { name: 'Save' });

async function storedBodies(db: RapportDatabase, personId: string) {
  return (await notesFor(db, personId)).map((n) => n.body);
}

describe('NoteComposer', () => {
  it('has the note field focused and will not save an empty note, saying why', async () => {
    const { user, saved } = await setup();
    expect(noteField()).toHaveFocus();
    expect(saveButton()).toBeDisabled();
    expect(saveButton()).toHaveAccessibleDescription('Write a note first.');
    await user.type(noteField(), '   {Enter}');
    expect(saved).toEqual([]);
  });

  it('saves on Enter, keeps Shift+Enter as a new line, and clears the field', async () => {
    const { user, db, person } = await setup();
    await user.type(noteField(), 'Budget is €20k{Shift>}{Enter}{/Shift}Decides in March');
    expect(noteField()).toHaveValue('Budget is €20k\nDecides in March');
    await user.keyboard('{Enter}');
    await screen.findByText('Note saved.');
    expect(await storedBodies(db, person.id)).toEqual(['Budget is €20k\nDecides in March']);
    expect(noteField()).toHaveValue('');
  });

  it('stores hostile text intact and shows it as text', async () => {
    const { user, db, person } = await setup();
    const hostile = '<img src=x onerror="window.pwned=1">\u202eevil';
    await user.click(noteField());
    await user.paste(hostile);
    await user.click(saveButton());
    await screen.findByText('Note saved.');
    expect(await storedBodies(db, person.id)).toEqual([hostile]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('saves the kind chosen with the arrow keys and the one-off flag', async () => {
    const { user, saved } = await setup();
    expect(screen.getByRole('radiogroup', { name: 'Kind' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Said' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Said' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Need' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'One-off (not a pattern)' }));
    await user.type(noteField(), 'Needs SSO{Enter}');
    await screen.findByText('Note saved.');
    expect(saved).toEqual([{ body: 'Needs SSO', kind: 'need', oneOff: true }]);
  });

  it('shows back the date a promise is due, and asks again when it cannot read it', async () => {
    const { user, saved } = await setup();
    await user.type(noteField(), 'Send the case study');
    await user.click(screen.getByRole('radio', { name: 'Promise' }));
    const due = screen.getByRole('textbox', { name: 'Due' });
    await user.type(due, 'whenever');
    expect(due).toHaveAccessibleDescription(
      "I can't read that date: try 'next Tuesday' or '3 Dec'",
    );
    expect(due).toBeInvalid();
    expect(saveButton()).toBeDisabled();
    await user.click(noteField());
    await user.keyboard('{Enter}');
    expect(saved).toEqual([]);
    expect(due).toHaveFocus();

    await user.clear(due);
    await user.type(due, 'tomorrow');
    expect(due).toHaveAccessibleDescription(/^\w{3} \d{1,2} \w{3}( \d{4})?, 17:00$/);
    await user.keyboard('{Enter}');
    await screen.findByText('Note saved.');
    expect(saved[0]?.kind).toBe('promise');
    expect(saved[0]?.dueAt).toBeGreaterThan(Date.now());
  });

  it('undoes a save and puts the text back', async () => {
    const { user, db, person } = await setup();
    await user.type(noteField(), 'Prefers calls{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText(/your text is back/);
    expect(await storedBodies(db, person.id)).toEqual([]);
    expect(noteField()).toHaveValue('Prefers calls');
  });

  it('keeps the draft across unmount and remount, and clears it on save', async () => {
    const { user, view, ui } = await setup({ draftKey: 'p1' });
    await user.type(noteField(), 'Half a thought');
    await user.click(screen.getByRole('radio', { name: 'Objection' }));
    view.unmount();
    await waitFor(async () => expect((await loadDraft('p1'))?.body).toBe('Half a thought'));

    render(ui);
    await waitFor(() => expect(noteField()).toHaveValue('Half a thought'));
    expect(screen.getByRole('radio', { name: 'Objection' })).toBeChecked();
    await user.click(saveButton());
    await screen.findByText('Note saved.');
    await waitFor(async () => expect(await loadDraft('p1')).toBeNull());
  });

  it('discards the draft on request', async () => {
    const { user } = await setup({ draftKey: 'p2' });
    await user.type(noteField(), 'Never mind');
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(noteField()).toHaveValue('');
    await waitFor(async () => expect(await loadDraft('p2')).toBeNull());
  });
});
