import Dexie from 'dexie';
import type { RapportDatabase } from '../db';
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
  // Rapport kept with the people written becomes their touches in the same transaction.
  return db.transaction('rw', [db.people, db.notes, db.touches, db.unattachedTouches], async () => {
    const plan = planAgainst(checked, await readStored(db, checked, policy), policy);
    const { people, notes, touches } = plan.writes ?? { people: [], notes: [], touches: [] };
    // All three issued at once: IndexedDB runs them in order within the transaction, and
    // the page can prepare the next table's requests while the first is being written.
    await Dexie.Promise.all([
      db.people.bulkPut(people),
      db.notes.bulkPut(notes),
      db.touches.bulkPut(touches),
    ]);
    const attached = await attachUnattached(db, people, now);
    return { ...plan, attached: attached.length };
  });
}
