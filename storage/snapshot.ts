import Dexie from 'dexie';
import type { RapportDatabase } from './db';
import { assertIdentitiesFree } from './people';
import type { Note, Person, Touch } from './schema';
import { reindexAround } from './word-index';

/**
 * Everything the database holds about some people, exactly as it was before a merge or a
 * delete: what undo puts back.
 */
export interface PeopleSnapshot {
  people: Person[];
  notes: Note[];
  touches: Touch[];
  /** Other people whose records name them (marked as not the same person), as they were. */
  naming: Person[];
}

/** The tables a snapshot reads and a restore writes. */
export const snapshotTables = (db: RapportDatabase) =>
  [db.people, db.notes, db.touches, db.wordIndex] as const;

/** Reads the snapshot of these people, in the caller's transaction. */
export async function takeSnapshot(
  db: RapportDatabase,
  ids: readonly string[],
): Promise<PeopleSnapshot> {
  const [people, notes, touches, naming] = await Dexie.Promise.all([
    db.people.bulkGet([...ids]),
    Dexie.Promise.all(
      ids.map((id) =>
        db.notes.where('[personId+createdAt]').between([id, -Infinity], [id, Infinity]).toArray(),
      ),
    ),
    Dexie.Promise.all(
      ids.map((id) =>
        db.touches.where('[personId+at]').between([id, -Infinity], [id, Infinity]).toArray(),
      ),
    ),
    db.people
      .where('distinctFrom')
      .anyOf([...ids])
      .toArray(),
  ]);
  return {
    people: people.filter((p): p is Person => p !== undefined),
    notes: notes.flat(),
    touches: touches.flat(),
    naming: dedupe(naming.filter((p) => !ids.includes(p.id))),
  };
}

function dedupe(people: Person[]): Person[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}

/**
 * Puts every record of the snapshot back as it was, in one transaction. Refused (nothing
 * changes) when an address or profile of theirs has since been given to someone else.
 */
export async function restoreSnapshot(db: RapportDatabase, snapshot: PeopleSnapshot) {
  await db.transaction('rw', snapshotTables(db), async () => {
    await reindexAround(
      db,
      snapshot.people.map((p) => p.id),
      async () => {
        // Someone who named them and was deleted since stays deleted.
        const stillThere = await db.people.bulkGet(snapshot.naming.map((p) => p.id));
        const naming = snapshot.naming.filter((_, i) => stillThere[i]);
        await db.people.bulkPut([...snapshot.people, ...naming]);
        for (const person of snapshot.people) await assertIdentitiesFree(db, person);
        await db.notes.bulkPut(snapshot.notes);
        await db.touches.bulkPut(snapshot.touches);
      },
    );
  });
}
