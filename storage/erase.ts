import { pageShowsPerson } from '../utils/domain/person';
import type { RapportDatabase } from './db';
import { draftKeysOf, loadDraft, restoreDrafts, takeDrafts, type DraftsSnapshot } from './drafts';
import type { Person } from './schema';
import { restoreSnapshot, snapshotTables, takeSnapshot, type PeopleSnapshot } from './snapshot';
import { forgetInTabSignals, restoreTabSignals, type ForgottenSignal } from './tab-signals';
import { reindexAround } from './word-index';

/**
 * Deleting people, as when someone asks to be forgotten: nothing of them is left anywhere
 * Rapport keeps data (their record, notes, touches, summary, snooze, reminders shown, contact
 * kept under their addresses or profiles, words in the search index, marks on other people,
 * unsaved note drafts, and the pages' signals naming them), and for a while all of it can be
 * put back.
 */

/** What deleting these people removes, counted, for the confirmation. */
export interface DeletionSummary {
  people: Person[];
  notes: number;
  touches: number;
  drafts: number;
}

export async function summariseDeletion(
  db: RapportDatabase,
  ids: readonly string[],
): Promise<DeletionSummary> {
  const snapshot = await db.transaction('r', snapshotTables(db), () => takeSnapshot(db, ids));
  const drafts = await Promise.all(
    snapshot.people.flatMap(draftKeysOf).map((key) => loadDraft(key)),
  );
  return {
    people: snapshot.people,
    notes: snapshot.notes.length,
    touches: snapshot.touches.length,
    drafts: drafts.filter(Boolean).length,
  };
}

/** People deleted, and what undoing it puts back. */
export interface Deleted {
  people: Person[];
  undo: { snapshot: PeopleSnapshot; drafts: DraftsSnapshot; signals: ForgottenSignal[] };
}

/**
 * Deletes these people and everything about them: the database's records in one
 * transaction, then their drafts and the tab signals that name them.
 */
export async function deletePeople(db: RapportDatabase, ids: readonly string[]): Promise<Deleted> {
  const snapshot = await db.transaction('rw', snapshotTables(db), async () => {
    const snapshot = await takeSnapshot(db, ids);
    await reindexAround(db, ids, async () => {
      for (const id of ids) {
        await db.notes
          .where('[personId+createdAt]')
          .between([id, -Infinity], [id, Infinity])
          .delete();
        await db.touches.where('[personId+at]').between([id, -Infinity], [id, Infinity]).delete();
      }
      await db.people.bulkDelete([...ids]);
      await db.personSummaries.bulkDelete([...ids]);
      await db.snoozes.bulkDelete([...ids]);
      await db.reminders.bulkDelete(snapshot.reminders.map((r) => r.key));
      await db.unattachedTouches.bulkDelete(snapshot.unattached.map((t) => t.id));
      await db.people.bulkPut(
        snapshot.naming.map(({ distinctFrom, ...person }) => {
          const rest = (distinctFrom ?? []).filter((id) => !ids.includes(id));
          return rest.length ? { ...person, distinctFrom: rest } : person;
        }),
      );
    });
    return snapshot;
  });
  const drafts = await takeDrafts(snapshot.people.flatMap(draftKeysOf));
  const signals = await forgetInTabSignals((page) =>
    snapshot.people.some((person) => pageShowsPerson(person, page)),
  );
  return { people: snapshot.people, undo: { snapshot, drafts, signals } };
}

/** Puts deleted people back exactly as they were, with everything that was theirs. */
export async function undoDelete(db: RapportDatabase, undo: Deleted['undo']): Promise<void> {
  await restoreSnapshot(db, undo.snapshot);
  await restoreDrafts(undo.drafts);
  await restoreTabSignals(undo.signals);
}
