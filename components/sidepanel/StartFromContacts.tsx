import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { hasPeople } from '@/storage/people';
import { openContactsImport } from '../contacts-import-link';
import { useDatabase } from '../hooks/useDatabase';

/**
 * With no one in Rapport yet, the way to begin: import the contacts the rep already has, on
 * the options page (the parsers load there, never in the panel).
 */
export function StartFromContacts() {
  const db = useDatabase();
  const empty = useLiveQuery(async () => !(await hasPeople(db)), [db]);
  const [error, setError] = useState<string>();
  if (!empty) return null;
  return (
    <section aria-labelledby="start-heading" className="card stack">
      <h2 id="start-heading">Start from your contacts</h2>
      <p className="subtle">
        Import your LinkedIn connections, a vCard file or your CRM&apos;s CSV: Rapport then knows
        them whenever they are on screen in Gmail or LinkedIn.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => openContactsImport().catch((reason: unknown) => setError(String(reason)))}
        >
          Import contacts
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
