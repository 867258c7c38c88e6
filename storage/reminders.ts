import type { RapportDatabase } from './db';
import { reminderSchema, validate, type Reminder } from './schema';

/**
 * Claims reminders before they are shown: records each one not shown before and returns
 * those, in one transaction, so that two wake-ups of the background at once never show one
 * reminder twice. A reminder claimed and then lost (the browser closing in between) is not
 * shown again: at most once, never twice.
 */
export async function claimReminders(
  db: RapportDatabase,
  wanted: ReadonlyArray<Pick<Reminder, 'key' | 'personId'>>,
  now = Date.now(),
): Promise<Reminder[]> {
  const records = wanted.map((w) => validate('reminder', reminderSchema, { ...w, sentAt: now }));
  return db.transaction('rw', db.reminders, async () => {
    const shown = await db.reminders.bulkGet(records.map((r) => r.key));
    const fresh = records.filter((r, i) => !shown[i]);
    const unique = [...new Map(fresh.map((r) => [r.key, r])).values()];
    await db.reminders.bulkPut(unique);
    return unique;
  });
}
