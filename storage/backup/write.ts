import Dexie from 'dexie';
import { personWordPlaces } from '../../utils/domain/search';
import type { RapportDatabase } from '../db';
import type { Note, Person } from '../schema';
import {
  applyWordChanges,
  rebuildWordIndex,
  storedWordPlaces,
  type WordChange,
} from '../word-index';
import { checkBackup, ImportRejectedError, type CheckedBackup } from './check';
import { planAgainst, readStored, type ImportPlan, type Stored } from './plan';

/**
 * Imports a backup: validates everything, then writes in one transaction. Throws
 * ImportRejectedError, having written nothing, when the file has any problem.
 */
export async function importBackup(db: RapportDatabase, raw: unknown): Promise<ImportPlan> {
  const check = checkBackup(raw);
  if (!check.ok) throw new ImportRejectedError(check.problems);
  return writeChecked(db, check.records);
}

/**
 * Imports the records a plan carries, without checking them again: they were validated
 * when planImport made the plan. The matching against what is stored is done again, in the
 * write transaction. A plan with problems, or without records, writes nothing.
 */
export async function importPlan(db: RapportDatabase, plan: ImportPlan): Promise<ImportPlan> {
  if (plan.problems.length) throw new ImportRejectedError(plan.problems);
  if (!plan.records) {
    throw new ImportRejectedError(['the plan carries no checked records: make it with planImport']);
  }
  return writeChecked(db, plan.records);
}

async function writeChecked(db: RapportDatabase, checked: CheckedBackup): Promise<ImportPlan> {
  // Planned and written in one transaction: an edit in another window cannot land between
  // the plan and the writes and be overwritten by a merge planned before it.
  return db.transaction('rw', db.people, db.notes, db.touches, db.wordIndex, async () => {
    const stored = await readStored(db, checked);
    const plan = planAgainst(checked, stored);
    const { people, notes, touches } = plan.writes ?? { people: [], notes: [], touches: [] };
    const words = await readWordsBefore(db, stored, people, notes);
    // All three issued at once: IndexedDB runs them in order within the transaction, and
    // the page can prepare the next table's requests while the first is being written.
    const writing = Dexie.Promise.all([
      db.people.bulkPut(people),
      db.notes.bulkPut(notes),
      db.touches.bulkPut(touches),
    ]);
    // The words of new people are read while the browser writes the records: once the page
    // has handed it every record (a macrotask later, kept in the transaction by waitFor).
    await Dexie.waitFor(new Promise((handed) => setTimeout(handed, 0)));
    const fresh = words.freshChanges();
    await writing;
    await words.apply(fresh);
    return plan;
  });
}

/** Beyond this many people already stored whose words change, the index is built anew. */
const REINDEX_ONE_BY_ONE_UP_TO = 200;

/**
 * How the word index follows an import. People new to the database have their words read
 * from the file; people already stored (a merge) have theirs read from the database before
 * the writes and after them, or the whole index is built anew when they are many. Call
 * before the writes; then freshChanges (any time), then apply once the records are written.
 */
async function readWordsBefore(
  db: RapportDatabase,
  stored: Stored,
  people: Person[],
  notes: Note[],
) {
  const storedIds = new Set(stored.people.flatMap((p) => (p ? [p.id] : [])));
  const newPeople = people.filter((p) => !storedIds.has(p.id));
  const newIds = new Set(newPeople.map((p) => p.id));
  const changed = new Set<string>(people.map((p) => p.id));
  for (const note of notes) {
    changed.add(note.personId);
    const previousOwner = stored.notes.get(note.id)?.personId;
    if (previousOwner) changed.add(previousOwner);
  }
  const existing = [...changed].filter((id) => !newIds.has(id));
  const rebuild = existing.length > REINDEX_ONE_BY_ONE_UP_TO;
  const before = rebuild ? [] : await Promise.all(existing.map((id) => storedWordPlaces(db, id)));
  return {
    freshChanges(): WordChange[] {
      if (rebuild) return [];
      const bodies = new Map<string, string[]>();
      for (const note of notes) {
        if (!newIds.has(note.personId)) continue;
        const list = bodies.get(note.personId);
        if (list) list.push(note.body);
        else bodies.set(note.personId, [note.body]);
      }
      return newPeople.map((p) => ({
        personId: p.id,
        before: null,
        after: personWordPlaces(p, bodies.get(p.id) ?? []),
      }));
    },
    async apply(fresh: WordChange[]): Promise<void> {
      if (rebuild) return rebuildWordIndex(db);
      const after = await Promise.all(existing.map((id) => storedWordPlaces(db, id)));
      await applyWordChanges(db, [
        ...fresh,
        ...existing.map((personId, i) => ({ personId, before: before[i]!, after: after[i]! })),
      ]);
    },
  };
}
