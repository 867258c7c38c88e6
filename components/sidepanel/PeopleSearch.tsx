import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { recentPeople, searchPeople } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { useDatabase } from '../hooks/useDatabase';

/** A search box over everyone in Rapport, recent people listed while it is empty. */
export function PeopleSearch({
  label,
  onPick,
  pickVerb = 'Show',
}: {
  label: string;
  onPick: (person: Person) => void;
  pickVerb?: string;
}) {
  const db = useDatabase();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const people = useLiveQuery(
    () => (query.trim() ? searchPeople(db, query, 20) : recentPeople(db, 10)),
    [db, query],
  );
  return (
    <div className="people-search">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        value={query}
        placeholder="Name or email"
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
      />
      <h3 className="subtle">{query.trim() ? 'Matches' : 'Recent people'}</h3>
      {people?.length === 0 && (
        <p className="subtle">{query.trim() ? 'Nobody matches.' : 'Nobody yet.'}</p>
      )}
      <ul className="people-list">
        {people?.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onPick(p)}>
              {/* Named by its text, so what is heard starts with what is seen. */}
              <span className="visually-hidden">{pickVerb} </span>
              <span className="name" dir="auto">
                {p.name}
              </span>
              {p.company && <span className="subtle"> · {p.company}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
