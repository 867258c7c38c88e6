import Dexie from 'dexie';
import { identitiesOf } from '../utils/domain/person';
import type { RapportDatabase } from './db';
import { assertIdentitiesFree } from './people';
import type { PersonSummary } from './person-summary';
import type { Note, Person, Reminder, Snooze, Touch, UnattachedTouch } from './schema';
import { reindexAround } from './word-index';

/**
 * Everything the database holds about some people, exactly as it was before a merge or a
 * delete: what undo puts back.
 */
export interface PeopleSnapshot {
  people: Person[];
  notes: Note[];
  touches: Touch[];
  /** What Today and the toolbar count read about them. */
  summaries: PersonSummary[];
  snoozes: Snooze[];
  /** Reminders already shown about them (so none is shown twice once they are back). */
  reminders: Reminder[];
  /** Contact kept under one of their addresses or profiles and not yet on their timeline. */
  unattached: UnattachedTouch[];
  /** Other people whose records name them (marked as not the same person), as they were. */
  naming: Person[];
}

/** The tables a snapshot reads and a restore writes. */
export const snapshotTables = (db: RapportDatabase) =>
  [
    db.people,
    db.notes,
    db.touches,
    db.wordIndex,
    db.personSummaries,
    db.snoozes,
    db.reminders,
    db.unattachedTouches,
  ] as const;

/** Reads the snapshot of these people, in the caller's transaction. */
export async function takeSnapshot(
  db: RapportDatabase,
  ids: readonly string[],
): Promise<PeopleSnapshot> {
  const [people, notes, touches, summaries, snoozes, reminders, naming] = await Dexie.Promise.all([
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
    db.personSummaries.bulkGet([...ids]),
    db.snoozes.bulkGet([...ids]),
    // Shown reminders are few (a handful a day) and not indexed by person.
    db.reminders.filter((r) => r.personId !== undefined && ids.includes(r.personId)).toArray(),
    db.people
      .where('distinctFrom')
      .anyOf([...ids])
      .toArray(),
  ]);
  const found = people.filter((p): p is Person => p !== undefined);
  const identities = found.flatMap(identitiesOf);
  const unattached = identities.length
    ? await db.unattachedTouches.where('identity').anyOf(identities).toArray()
    : [];
  return {
    people: found,
    notes: notes.flat(),
    touches: touches.flat(),
    summaries: summaries.filter((s): s is PersonSummary => s !== undefined),
    snoozes: snoozes.filter((s): s is Snooze => s !== undefined),
    reminders,
    unattached,
    naming: dedupe(naming.filter((p) => !ids.includes(p.id))),
  };
}

function dedupe(people: Person[]): Person[] {
  return [...new Map(people.map((p) => [p.id, p])).values()];
}

/**
 * Puts every record of the snapshot back as it was, in one transaction, less the touches a
 * merge made of contact kept unattached (`madeTouchIds`: that contact is kept again). Refused
 * (nothing changes) when an address or profile of theirs has since been given to someone else.
 */
export async function restoreSnapshot(
  db: RapportDatabase,
  snapshot: PeopleSnapshot,
  madeTouchIds: readonly string[] = [],
) {
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
        await db.touches.bulkDelete([...madeTouchIds]);
        await db.touches.bulkPut(snapshot.touches);
      },
    );
    // Someone who had no summary (theirs decided nothing) has none again: one made since
    // sums up records the restore has taken away.
    const summed = new Set(snapshot.summaries.map((s) => s.personId));
    await db.personSummaries.bulkDelete(
      snapshot.people.flatMap((p) => (summed.has(p.id) ? [] : [p.id])),
    );
    await db.personSummaries.bulkPut(snapshot.summaries);
    await db.snoozes.bulkPut(snapshot.snoozes);
    await db.reminders.bulkPut(snapshot.reminders);
    await db.unattachedTouches.bulkPut(snapshot.unattached);
  });
}
