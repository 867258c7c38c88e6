import Dexie, { type PromiseExtended } from 'dexie';
import { groupByPerson } from '../../utils/domain/person';
import type { RapportDatabase } from '../db';
import { summarise, summaryPerson, withChange, type PersonSummary } from '../person-summary';
import { attachUnattached } from '../unattached';
import { checkBackup, ImportRejectedError, type CheckedBackup } from './check';
import { planAgainst, readStored, type ImportPlan, type MatchPolicy } from './plan';

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
  ];
  return db.transaction('rw', tables, async () => {
    const plan = planAgainst(checked, await readStored(db, checked, policy), policy);
    const writes = plan.writes ?? {
      people: [],
      notes: [],
      touches: [],
      snoozes: [],
      reminders: [],
    };
    // All issued at once: IndexedDB runs them in order within the transaction, and the
    // page can prepare the next table's requests while the first is being written.
    await Dexie.Promise.all([
      db.people.bulkPut(writes.people),
      db.notes.bulkPut(writes.notes),
      db.touches.bulkPut(writes.touches),
      db.snoozes.bulkPut(writes.snoozes),
      db.reminders.bulkPut(writes.reminders),
    ]);
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
