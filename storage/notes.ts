import type { RapportDatabase } from './db';
import { newId } from './ids';
import { updateSummary } from './person-summaries';
import { noteSchema, validate, type Note } from './schema';
import { reindexAround } from './word-index';

export type NewNote = Pick<Note, 'personId' | 'body'> &
  Partial<Pick<Note, 'kind' | 'oneOff' | 'pinned' | 'dueAt' | 'source'>>;
export type NoteChanges = Partial<
  Pick<Note, 'body' | 'kind' | 'oneOff' | 'pinned' | 'dueAt' | 'doneAt'>
>;

/** A person's notes, newest first, through the [personId+createdAt] index. */
export async function notesFor(
  db: RapportDatabase,
  personId: string,
  limit?: number,
): Promise<Note[]> {
  const query = db.notes
    .where('[personId+createdAt]')
    .between([personId, -Infinity], [personId, Infinity])
    .reverse();
  return (limit === undefined ? query : query.limit(limit)).toArray();
}

export async function countNotes(db: RapportDatabase, personId: string): Promise<number> {
  return db.notes.where('personId').equals(personId).count();
}

export async function addNote(
  db: RapportDatabase,
  fields: NewNote,
  now = Date.now(),
): Promise<Note> {
  const note = validate('note', noteSchema, {
    kind: 'other',
    oneOff: false,
    pinned: false,
    source: 'sidepanel',
    ...fields,
    id: newId(),
    createdAt: now,
    updatedAt: now,
  });
  const tables = [db.people, db.notes, db.touches, db.wordIndex, db.personSummaries];
  await db.transaction('rw', tables, async () => {
    if (!(await db.people.get(note.personId)))
      throw new Error('The person for this note no longer exists');
    await reindexAround(db, [note.personId], () => db.notes.add(note));
    await db.people.update(note.personId, { updatedAt: now });
    await updateSummary(db, note.personId, { notes: [note] }, now);
  });
  return note;
}

/**
 * Edits a note. Only the fields named change, read and written in one transaction, so
 * two windows editing different fields of one note never undo each other.
 */
export async function updateNote(
  db: RapportDatabase,
  id: string,
  changes: NoteChanges,
  now = Date.now(),
): Promise<Note> {
  const tables = [db.people, db.notes, db.touches, db.wordIndex, db.personSummaries];
  return db.transaction('rw', tables, async () => {
    const current = await db.notes.get(id);
    if (!current) throw new Error('This note no longer exists');
    const next = validate('note', noteSchema, { ...current, ...changes, id, updatedAt: now });
    for (const key of Object.keys(changes) as (keyof NoteChanges)[]) {
      if (changes[key] === undefined) delete (next as Partial<Note>)[key];
    }
    // Only the text is searched: pinning or marking done leaves the index alone.
    if (next.body === current.body) await db.notes.put(next);
    else await reindexAround(db, [next.personId], () => db.notes.put(next));
    await updateSummary(db, next.personId, { notes: [next] }, now);
    return next;
  });
}

/** Deletes a note and returns it, so the caller can offer undo with restoreNote. */
export async function deleteNote(
  db: RapportDatabase,
  id: string,
  now = Date.now(),
): Promise<Note | undefined> {
  const tables = [db.people, db.notes, db.touches, db.wordIndex, db.personSummaries];
  return db.transaction('rw', tables, async () => {
    const note = await db.notes.get(id);
    if (!note) return undefined;
    await reindexAround(db, [note.personId], () => db.notes.delete(id));
    await updateSummary(db, note.personId, { removedNoteIds: [id] }, now);
    return note;
  });
}

/** Puts a deleted note back exactly as it was (undo). */
export async function restoreNote(
  db: RapportDatabase,
  note: Note,
  now = Date.now(),
): Promise<void> {
  const valid = validate('note', noteSchema, note);
  const tables = [db.people, db.notes, db.touches, db.wordIndex, db.personSummaries];
  await db.transaction('rw', tables, async () => {
    if (!(await db.people.get(valid.personId)))
      throw new Error('The person for this note no longer exists');
    await reindexAround(db, [valid.personId], () => db.notes.put(valid));
    await updateSummary(db, valid.personId, { notes: [valid] }, now);
  });
}
