import { useLiveQuery } from 'dexie-react-hooks';
import { hasPeople } from '@/storage/people';
import { ExportButtons } from '../ExportButtons';
import { useDatabase } from '../hooks/useDatabase';
import { useNow } from '../hooks/useNow';
import { backupReminder } from './backup-reminder';
import { ImportBackup } from './ImportBackup';

/** Export and import: the rep's way to keep years of notes safe. */
export function YourData({ lastExportAt }: { lastExportAt: number | undefined }) {
  const db = useDatabase();
  const now = useNow();
  const hasData = useLiveQuery(() => hasPeople(db), [db]);
  const reminder = hasData === undefined ? null : backupReminder(lastExportAt, hasData, now);

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p className="hint">
        Uninstalling Rapport deletes everything it stores. A backup is one JSON file you can import
        into Rapport on any machine.
      </p>
      {reminder && <p className="notice">{reminder}</p>}
      {lastExportAt !== undefined && (
        <p className="hint">Last backup: {new Date(lastExportAt).toLocaleString()}</p>
      )}
      <ExportButtons className="actions" emphasiseBackup />
      <ImportBackup />
    </section>
  );
}
