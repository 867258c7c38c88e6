import { useState, type HTMLAttributes } from 'react';
import { CRM_NAMES, type CrmTarget } from '@/storage/crm-export';
import { downloadBackup, downloadCrmCsv, downloadPeopleCsv } from './data-export';
import { useDatabase } from './hooks/useDatabase';

const CRMS: CrmTarget[] = ['hubspot', 'salesforce'];

/**
 * The exports, wherever the rep finds them (the options page, the popup's menu): a JSON
 * backup of everything, people with their notes as CSV, and the same as HubSpot's and
 * Salesforce's contact imports take it. Says when each is done or why it failed.
 * `children` are further buttons of the same group.
 */
export function ExportButtons({
  emphasiseBackup = false,
  children,
  ...group
}: HTMLAttributes<HTMLDivElement> & {
  /** The backup is the page's main action (the options page). */
  emphasiseBackup?: boolean;
}) {
  const db = useDatabase();
  const [status, setStatus] = useState('');

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div {...group}>
      <button
        type="button"
        className={emphasiseBackup ? 'primary' : undefined}
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
      {CRMS.map((crm) => (
        <button
          key={crm}
          type="button"
          onClick={() =>
            void run(() => downloadCrmCsv(db, crm), `CSV for ${CRM_NAMES[crm]} downloaded.`)
          }
        >
          Export for {CRM_NAMES[crm]} (CSV)
        </button>
      ))}
      {children}
      <span role="status" className="status">
        {status}
      </span>
    </div>
  );
}
