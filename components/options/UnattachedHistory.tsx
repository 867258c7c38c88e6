import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { clearUnattached, countUnattached } from '@/storage/unattached';
import { UNATTACHED_KEEP_DAYS } from '@/utils/domain/touches';
import { useDatabase } from '../hooks/useDatabase';

/**
 * The email and LinkedIn messages Rapport keeps with people not in it yet (who, when, which
 * way, the subject; never the message), how much of it there is, and a way to forget it.
 */
export function UnattachedHistory() {
  const db = useDatabase();
  const id = useId();
  const count = useLiveQuery(() => countUnattached(db), [db]);
  const [status, setStatus] = useState('');

  const forget = async () => {
    try {
      await clearUnattached(db);
      setStatus('Forgotten.');
    } catch (error) {
      setStatus(`Not forgotten: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Messages with people not in Rapport</h2>
      <p>
        {count === undefined
          ? 'Counting…'
          : count === 0
            ? 'None kept.'
            : `${count.toLocaleString('en')} ${count === 1 ? 'message' : 'messages'} kept.`}
      </p>
      <p className="hint">
        When you write to, or open mail from, an address no one in Rapport has, or message someone
        on LinkedIn who is not in Rapport, Rapport remembers who, when, which way and the subject
        (never the message) for {UNATTACHED_KEEP_DAYS} days. Add that person, and it is on their
        timeline, where the coach&apos;s timing counts it. It is not part of backups.
      </p>
      <div className="actions">
        <button type="button" disabled={!count} onClick={() => void forget()}>
          Forget them now
        </button>
        <span role="status" className="ok">
          {status}
        </span>
      </div>
    </section>
  );
}
