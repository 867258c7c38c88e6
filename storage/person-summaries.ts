import type { RapportDatabase } from './db';
import { summarise, withChange, type PersonSummary, type SummaryChange } from './person-summary';

/**
 * Keeping each person's summary (person-summary.ts) right. Every function here runs inside
 * the caller's write transaction, which must include `personSummaries` (and `people`), so
 * a summary and the records it sums up change together or not at all.
 */

/** Every note and touch of a person, read through their indexes: the slow, sure way. */
export async function summaryFromRecords(
  db: RapportDatabase,
  personId: string,
  now: number,
): Promise<PersonSummary | undefined> {
  const person = await db.people.get(personId);
  if (!person) return undefined;
  const [notes, touches] = await Promise.all([
    db.notes
      .where('[personId+createdAt]')
      .between([personId, -Infinity], [personId, Infinity])
      .toArray(),
    db.touches
      .where('[personId+at]')
      .between([personId, -Infinity], [personId, Infinity])
      .toArray(),
  ]);
  return summarise(person, notes, touches, now);
}

/**
 * Brings a person's summary up to date after a change that adds or edits their records (or
 * only their name or consent), from the summary alone. A person without a summary yet (theirs
 * decided nothing) has one made from all their records, so the transaction must include
 * `notes` and `touches` too; a person who no longer exists has none.
 */
export async function updateSummary(
  db: RapportDatabase,
  personId: string,
  change: SummaryChange,
  now: number,
): Promise<void> {
  const [person, summary] = await Promise.all([
    db.people.get(personId),
    db.personSummaries.get(personId),
  ]);
  if (!person) {
    await db.personSummaries.delete(personId);
    return;
  }
  const next = summary
    ? withChange(summary, person, change, now)
    : await summaryFromRecords(db, personId, now);
  if (next) await db.personSummaries.put(next);
}

/**
 * Works a person's summary out again from all their records: after a touch is deleted (the
 * summary alone cannot tell what came before it). The transaction must include `notes` and
 * `touches` too.
 */
export async function rebuildSummary(
  db: RapportDatabase,
  personId: string,
  now: number,
): Promise<void> {
  const previous = await db.personSummaries.get(personId);
  const summary = await summaryFromRecords(db, personId, Math.max(previous?.asOf ?? now, now));
  if (summary) await db.personSummaries.put(summary);
  else await db.personSummaries.delete(personId);
}
