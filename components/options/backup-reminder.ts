/** After this long without an export, the options page reminds the rep to make one. */
export const BACKUP_REMINDER_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * The reminder to show, or null. Uninstalling the extension deletes its database, so a
 * rep with data and no recent backup is told, in plain words.
 */
export function backupReminder(
  lastExportAt: number | undefined,
  hasData: boolean,
  now: number,
): string | null {
  if (!hasData) return null;
  if (lastExportAt === undefined) return 'No backup yet: export one.';
  const days = Math.floor((now - lastExportAt) / DAY_MS);
  return days > BACKUP_REMINDER_DAYS ? `No backup for ${days} days: export one.` : null;
}
