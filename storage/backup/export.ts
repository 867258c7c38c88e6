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
