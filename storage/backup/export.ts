import Dexie from 'dexie';
import type { RapportDatabase } from '../db';
import type { Settings } from '../schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** Everything stored, read in one transaction so the file is one consistent moment. */
export async function exportBackup(
  db: RapportDatabase,
  settings?: Settings,
  now = Date.now(),
): Promise<Backup> {
  return db.transaction(
    'r',
    [db.people, db.notes, db.touches, db.snoozes, db.reminders],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      people: await db.people.toArray(),
      notes: await db.notes.toArray(),
      touches: await db.touches.toArray(),
      snoozes: await db.snoozes.toArray(),
      reminders: await db.reminders.toArray(),
      ...(settings ? { settings } : {}),
    }),
  );
}

/**
 * Some people with their notes, touches, snooze and the reminders shown about them, as a
 * backup file (without the rep's settings): importing it elsewhere adds or merges just them.
 */
export async function exportPeopleBackup(
  db: RapportDatabase,
  ids: readonly string[],
  now = Date.now(),
): Promise<Backup> {
  const tables = [db.people, db.notes, db.touches, db.snoozes, db.reminders];
  return db.transaction('r', tables, async () => {
    const [people, notes, touches, snoozes, reminders] = await Dexie.Promise.all([
      db.people.bulkGet([...ids]),
      Dexie.Promise.all(ids.map((id) => db.notes.where('personId').equals(id).toArray())),
      Dexie.Promise.all(
        ids.map((id) =>
          db.touches.where('[personId+at]').between([id, -Infinity], [id, Infinity]).toArray(),
        ),
      ),
      db.snoozes.bulkGet([...ids]),
      // Shown reminders are few (a handful a day) and not indexed by person.
      db.reminders.filter((r) => r.personId !== undefined && ids.includes(r.personId)).toArray(),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      people: people.filter((p) => p !== undefined),
      notes: notes.flat(),
      touches: touches.flat(),
      snoozes: snoozes.filter((s) => s !== undefined),
      reminders,
    };
  });
}
