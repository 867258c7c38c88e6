import type { RapportDatabase } from './db';
import { snoozeSchema, validate, type Snooze } from './schema';

/**
 * Snoozes: a person taken off the follow-up plan (all but their meetings soon) until a
 * moment the rep chose. One per person; a new one replaces the old.
 */

/** Snoozes a person until `until`; returns the snooze it replaced, for undo. */
export async function snoozePerson(
  db: RapportDatabase,
  personId: string,
  until: number,
  now = Date.now(),
): Promise<Snooze | undefined> {
  const snooze = validate('snooze', snoozeSchema, { personId, until, createdAt: now });
  return db.transaction('rw', db.people, db.snoozes, async () => {
    if (!(await db.people.get(personId))) throw new Error('This person is no longer in Rapport');
    const previous = await db.snoozes.get(personId);
    await db.snoozes.put(snooze);
    return previous;
  });
}

/** Puts back the snooze a person had before (none: they are not snoozed). */
export async function restoreSnooze(
  db: RapportDatabase,
  personId: string,
  previous: Snooze | undefined,
): Promise<void> {
  if (previous) await db.snoozes.put(validate('snooze', snoozeSchema, previous));
  else await db.snoozes.delete(personId);
}
