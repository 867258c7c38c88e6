import { exportBackup, exportPeopleBackup } from '@/storage/backup';
import { exportCsv } from '@/storage/csv';
import { exportCrmCsv, type CrmTarget } from '@/storage/crm-export';
import type { RapportDatabase } from '@/storage/db';
import { loadSettings, saveSettings } from '@/storage/settings';
import { downloadFile, fileDate } from './download';

/** Downloads everything as a JSON backup and records when, for the 30-day reminder. */
export async function downloadBackup(db: RapportDatabase, now = Date.now()): Promise<void> {
  const backup = await exportBackup(db, await loadSettings(), now);
  downloadFile(`rapport-backup-${fileDate(now)}.json`, JSON.stringify(backup), 'application/json');
  await saveSettings({ lastExportAt: now });
}

/**
 * Downloads people and notes as CSV. The byte-order mark makes Excel read it as UTF-8;
 * CSV is not a backup (no touches, no settings), so the reminder is left alone.
 */
export async function downloadPeopleCsv(db: RapportDatabase, now = Date.now()): Promise<void> {
  const csv = await exportCsv(db);
  downloadFile(
    `rapport-people-notes-${fileDate(now)}.csv`,
    `\uFEFF${csv}`,
    'text/csv;charset=utf-8',
  );
}

/** Downloads some people with their notes and touches as a backup file (not a full backup). */
export async function downloadPeopleBackup(
  db: RapportDatabase,
  ids: readonly string[],
  now = Date.now(),
): Promise<void> {
  const backup = await exportPeopleBackup(db, ids, now);
  downloadFile(
    `rapport-${ids.length}-people-${fileDate(now)}.json`,
    JSON.stringify(backup),
    'application/json',
  );
}

/** Downloads some people and their notes as CSV. */
export async function downloadSelectedPeopleCsv(
  db: RapportDatabase,
  ids: readonly string[],
  now = Date.now(),
): Promise<void> {
  const csv = await exportCsv(db, ids);
  downloadFile(
    `rapport-${ids.length}-people-notes-${fileDate(now)}.csv`,
    `\uFEFF${csv}`,
    'text/csv;charset=utf-8',
  );
}

/** Downloads people and their notes as the CSV a CRM (HubSpot, Salesforce) imports. */
export async function downloadCrmCsv(
  db: RapportDatabase,
  target: CrmTarget,
  now = Date.now(),
): Promise<void> {
  const csv = await exportCrmCsv(db, target);
  downloadFile(
    `rapport-${target}-contacts-${fileDate(now)}.csv`,
    `\uFEFF${csv}`,
    'text/csv;charset=utf-8',
  );
}
