import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { downloadBackup, downloadPeopleCsv } from '../data-export';
import { useDatabase } from '../hooks/useDatabase';
import { useNow } from '../hooks/useNow';
import { backupReminder } from './backup-reminder';
import { ImportBackup } from './ImportBackup';

/** Export and import: the rep's way to keep years of notes safe. */
export function YourData({ lastExportAt }: { lastExportAt: number | undefined }) {
  const db = useDatabase();
  const [status, setStatus] = useState('');
  const now = useNow();
  const hasData = useLiveQuery(async () => (await db.people.count()) > 0, [db]);
  const reminder = hasData === undefined ? null : backupReminder(lastExportAt, hasData, now);

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

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
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void run(() => downloadBackup(db), 'Backup downloaded.')}
        >
          Export backup (JSON)
        </button>
        <button
          type="button"
          onClick={() => void run(() => downloadPeopleCsv(db), 'CSV downloaded.')}
        >
          Export people and notes (CSV)
        </button>
        <span role="status" className="ok">
          {status}
        </span>
      </div>
      <ImportBackup />
    </section>
  );
}
