import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { emailSchema } from '@/storage/schema';
import { searchPeople } from '@/storage/people';
import type { Person } from '@/storage/schema';
import type { NewPerson } from '@/storage/people';
import { useDatabase } from '../hooks/useDatabase';
import { PersonLine } from './PersonLine';

interface PersonSearchProps {
  onPick(person: Person): void;
  onNew(fields: NewPerson): void;
  autoFocus?: boolean;
}

/**
 * A search over everyone in Rapport: recent people on top before anything is typed,
 * matches by name or address after. Enter picks the first match, or offers a new person
 * named as typed.
 */
export function PersonSearch({ onPick, onNew, autoFocus }: PersonSearchProps) {
  const db = useDatabase();
  const id = useId();
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const results = useLiveQuery(() => searchPeople(db, query, 8), [db, query]);
  const typed = query.trim();

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const createFromTyped = () => {
    const email = emailSchema.safeParse(typed);
    onNew(email.success ? { name: typed, emails: [email.data] } : { name: typed });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = results?.[0];
    if (first) onPick(first);
    else if (typed) createFromTyped();
  };

  const listLabel = typed ? 'Matching people' : 'Recent people';
  return (
    <div className="person-search">
      <label htmlFor={id} className="field-label">
        Find a person
      </label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        value={query}
        placeholder="Name or email"
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {results && results.length > 0 && (
        <ul className="people" aria-label={listLabel}>
          {results.map((person) => (
            <li key={person.id}>
              <button type="button" className="person-button" onClick={() => onPick(person)}>
                <PersonLine person={person} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {results && results.length === 0 && !typed && (
        <p className="hint">Nobody in Rapport yet: type a name to add someone.</p>
      )}
      {typed && (
        <button type="button" className="new-person" onClick={createFromTyped}>
          New person “{typed}”
        </button>
      )}
    </div>
  );
}
