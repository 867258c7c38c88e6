import { useState } from 'react';
import { logTouch } from '@/storage/touches';
import { useDatabase } from '../hooks/useDatabase';
import { TouchForm } from './TouchForm';

/** Log a call, meeting or other touch that Rapport could not see happen. */
export function LogTouchForm({ personId }: { personId: string }) {
  const db = useDatabase();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  if (!open) {
    return (
      <div className="row">
        <button type="button" onClick={() => setOpen(true)}>
          Log a call or meeting
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    );
  }
  return (
    <TouchForm
      label="Log a touch"
      submitLabel="Log touch"
      onCancel={() => setOpen(false)}
      onSubmit={async ({ subject: _subject, summary, ...fields }) => {
        await logTouch(db, { personId, ...fields, ...(summary ? { summary } : {}) });
        setStatus('Logged.');
        setOpen(false);
      }}
    />
  );
}
