import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../hooks/useDatabase';
import { usePersistentStorage, type Persistence } from './usePersistentStorage';

const PERSISTENCE_TEXT: Record<Persistence, string> = {
  checking: 'Checking whether storage is persistent…',
  persistent: 'Storage is persistent: the browser will not clear it to free disk space.',
  'not-persistent':
    'Storage is not persistent: the browser may clear it when disk space runs low. Keep a recent backup.',
  unsupported: 'This browser does not say whether storage is persistent. Keep a recent backup.',
};

/** What Rapport stores on this machine, counted live. */
export function StorageSummary() {
  const db = useDatabase();
  const persistence = usePersistentStorage();
  const counts = useLiveQuery(
    () => Promise.all([db.people.count(), db.notes.count(), db.touches.count()]),
    [db],
  );
  const [people, notes, touches] = counts ?? [];
  const show = (n: number | undefined) => (n === undefined ? '…' : n.toLocaleString('en'));
  return (
    <section aria-labelledby="stored-heading">
      <h2 id="stored-heading">What Rapport stores</h2>
      <p className="hint">
        Everything stays in this browser, on this machine. Nothing is sent anywhere.
      </p>
      <dl className="counts">
        <div>
          <dt>People</dt>
          <dd>{show(people)}</dd>
        </div>
        <div>
          <dt>Notes</dt>
          <dd>{show(notes)}</dd>
        </div>
        <div>
          <dt>Touches</dt>
          <dd>{show(touches)}</dd>
        </div>
      </dl>
      <p>{PERSISTENCE_TEXT[persistence]}</p>
    </section>
  );
}
