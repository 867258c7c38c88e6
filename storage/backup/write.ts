import Dexie, { type PromiseExtended } from 'dexie';
import { groupByPerson } from '../../utils/domain/person';
import { personWordPlaces } from '../../utils/domain/search';
import type { RapportDatabase } from '../db';
import { summarise, summaryPerson, withChange, type PersonSummary } from '../person-summary';
import type { Note, Person } from '../schema';
import { attachUnattached } from '../unattached';
import {
  applyWordChanges,
  rebuildWordIndex,
  storedWordPlaces,
  type WordChange,
} from '../word-index';
import { checkBackup, ImportRejectedError, type CheckedBackup } from './check';
import { planAgainst, readStored, type ImportPlan, type MatchPolicy, type Stored } from './plan';

/**
 * Imports a backup: validates everything, then writes in one transaction. Throws
 * ImportRejectedError, having written nothing, when the file has any problem.
 */
export async function importBackup(
  db: RapportDatabase,
  raw: unknown,
  now = Date.now(),
): Promise<ImportPlan> {
  const check = checkBackup(raw, now);
  if (!check.ok) throw new ImportRejectedError(check.problems);
  return writeChecked(db, check.records, 'backup', now);
}

/**
 * Imports the records a plan carries, without checking them again: they were validated
 * when the plan was made (planImport for a backup, planContactImport for a contacts file).
 * The matching against what is stored is done again, in the write transaction. A plan with
 * problems, or without records, writes nothing.
 */
export async function importPlan(
  db: RapportDatabase,
  plan: ImportPlan,
  now = Date.now(),
): Promise<ImportPlan> {
  if (plan.problems.length) throw new ImportRejectedError(plan.problems);
  if (!plan.records) {
    throw new ImportRejectedError(['the plan carries no checked records: make it with planImport']);
  }
  return writeChecked(db, plan.records, plan.policy, now);
}

async function writeChecked(
  db: RapportDatabase,
  checked: CheckedBackup,
  policy: MatchPolicy,
  now: number,
): Promise<ImportPlan> {
  // Planned and written in one transaction: an edit in another window cannot land between
  // the plan and the writes and be overwritten by a merge planned before it. The contact
  // Rapport kept with the people written becomes their touches in the same transaction,
  // and every summary changed is written with them.
  const tables = [
    db.people,
    db.notes,
    db.touches,
    db.snoozes,
    db.reminders,
    db.personSummaries,
    db.unattachedTouches,
    db.wordIndex,
  ];
  return db.transaction('rw', tables, async () => {
    const stored = await readStored(db, checked, policy);
    const plan = planAgainst(checked, stored, policy);
    const writes = plan.writes ?? {
      people: [],
      notes: [],
      touches: [],
      snoozes: [],
      reminders: [],
    };
    const words = await readWordsBefore(db, stored, writes.people, writes.notes);
    // All issued at once: IndexedDB runs them in order within the transaction, and the
    // page can prepare the next table's requests while the first is being written.
    const writing = Dexie.Promise.all([
      db.people.bulkPut(writes.people),
      db.notes.bulkPut(writes.notes),
      db.touches.bulkPut(writes.touches),
      db.snoozes.bulkPut(writes.snoozes),
      db.reminders.bulkPut(writes.reminders),
    ]);
    // The words of new people are read while the browser writes the records: once the page
    // has handed it every record (a macrotask later, kept in the transaction by waitFor).
    await Dexie.waitFor(new Promise((handed) => setTimeout(handed, 0)));
    const fresh = words.freshChanges();
    await writing;
    await words.apply(fresh);
    const attached = await attachUnattached(db, writes.people, now);
    const touches = [...writes.touches, ...attached];
    await db.personSummaries.bulkPut(await summariesAfter(db, { ...writes, touches }, now));
    return { ...plan, attached: attached.length };
  });
}

/**
 * The summary of every person the import changes, from their stored summary and what the
 * file adds: an import only adds records or replaces notes, never takes any away.
 */
function summariesAfter(
  db: RapportDatabase,
  writes: NonNullable<ImportPlan['writes']>,
  now: number,
): PromiseExtended<PersonSummary[]> {
  const written = new Map(writes.people.map((p) => [p.id, p]));
  const notesOf = groupByPerson(writes.notes);
  const touchesOf = groupByPerson(writes.touches);
  const ids = [...new Set([...written.keys(), ...notesOf.keys(), ...touchesOf.keys()])];
  return db.personSummaries.bulkGet(ids).then((stored) =>
    ids.map((id, i) => {
      const summary = stored[i];
      const change = { notes: notesOf.get(id) ?? [], touches: touchesOf.get(id) ?? [] };
      const person = written.get(id) ?? (summary && summaryPerson(summary));
      // Every stored person has a summary; a person without one is new in this file.
      if (!person) throw new Error(`No person ${id} for the records imported`);
      return summary
        ? withChange(summary, person, change, now)
        : summarise(person, change.notes, change.touches, now);
    }),
  );
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
