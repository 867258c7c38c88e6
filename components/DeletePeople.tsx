import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { deletePeople, summariseDeletion, undoDelete } from '@/storage/erase';
import { askBackground } from './ask-background';
import { useDatabase } from './hooks/useDatabase';
import { UNDO_MINUTE, useOfferUndo } from './Undo';
import { writeErrorMessage } from './write-error';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The confirmation before people are deleted (as when someone asks to be forgotten): says
 * exactly what goes, deletes it all at once, and offers Undo for a minute.
 */
export function DeletePeople({
  ids,
  onDone,
  onDeleted,
}: {
  ids: readonly string[];
  onDone(): void;
  onDeleted?(): void;
}) {
  const db = useDatabase();
  const headingId = useId();
  const offerUndo = useOfferUndo();
  const key = ids.join('\n');
  // Keyed by the ids' text, so a caller passing a fresh array each render reads once.
  const summary = useLiveQuery(() => summariseDeletion(db, key.split('\n')), [db, key]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!summary) return <p className="subtle">Counting what goes…</p>;
  const who =
    summary.people.length === 1
      ? summary.people[0]!.name
      : count(summary.people.length, 'person', 'people');

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      const { undo } = await deletePeople(db, ids);
      offerUndo({
        message: `Deleted ${who}.`,
        undo: () => undoDelete(db, undo),
        forMs: UNDO_MINUTE,
      });
      askBackground({ type: 'person-changed' }).catch(() => undefined);
      onDeleted?.();
      onDone();
    } catch (e) {
      setError(writeErrorMessage(e));
      setBusy(false);
    }
  }

  return (
    <section role="alertdialog" aria-labelledby={headingId} className="card stack danger-card">
      <h2 id={headingId} dir="auto">
        Delete {who}?
      </h2>
      <p>This removes from Rapport on this computer:</p>
      <ul>
        <li dir="auto">
          {summary.people.length === 1 ? `${who}’s record` : `${who}’s records`}: name, addresses,
          profile and details
        </li>
        <li>{count(summary.notes, 'note')}</li>
        <li>{count(summary.touches, 'touch', 'touches')}</li>
        {summary.drafts > 0 && <li>{count(summary.drafts, 'unsaved note')}</li>}
        <li>their follow-ups on Today, any snooze, and the reminders already shown</li>
        <li>their names on the pages Rapport has read in open tabs</li>
      </ul>
      <p className="hint">You can undo this for a minute. Exported backups are not changed.</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary danger"
          disabled={busy}
          onClick={() => void remove()}
        >
          Delete {who}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </section>
  );
}
