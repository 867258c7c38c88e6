import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { searchPeople, type NewPerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { normaliseEmail } from '@/utils/domain/person';
import { useDatabase } from './hooks/useDatabase';
import { PersonLine } from './PersonLine';

interface PersonSearchProps {
  /** The field's visible label, e.g. "Find a person" or "Who is this?". */
  label: string;
  onPick(person: Person): void;
  /** Read before each person's name by screen readers: "Show", "Link to". */
  pickVerb?: string;
  /** Offers a new person named as typed, when given. */
  onNew?(fields: NewPerson): void;
  autoFocus?: boolean;
  /** How many people to list at most. */
  limit?: number;
}

/**
 * A search over everyone in Rapport, used wherever the rep picks a person: recent people
 * before anything is typed, matches by name or address after. Enter picks the first
 * match, or, with `onNew`, offers a new person named as typed.
 */
export function PersonSearch({
  label,
  onPick,
  pickVerb,
  onNew,
  autoFocus,
  limit = 10,
}: PersonSearchProps) {
  const db = useDatabase();
  const id = useId();
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const results = useLiveQuery(() => searchPeople(db, query, limit), [db, query, limit]);
  const typed = query.trim();

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const createFromTyped = () => {
    const email = normaliseEmail(typed);
    onNew?.(email ? { name: typed, emails: [email] } : { name: typed });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = results?.[0];
    if (first) onPick(first);
    else if (typed && onNew) createFromTyped();
  };

  let empty: string | undefined;
  if (results?.length === 0) {
    if (typed) empty = 'Nobody matches.';
    else empty = onNew ? 'Nobody in Rapport yet: type a name to add someone.' : 'Nobody yet.';
  }

  return (
    <div className="person-search">
      <label htmlFor={id} className="field-label">
        {label}
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
        <ul className="people" aria-label={typed ? 'Matching people' : 'Recent people'}>
          {results.map((person) => (
            <li key={person.id}>
              <button type="button" className="person-button" onClick={() => onPick(person)}>
                {/* Named by its text, so what is heard starts with what is seen. */}
                {pickVerb && <span className="visually-hidden">{pickVerb} </span>}
                <PersonLine person={person} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {empty && <p className="hint">{empty}</p>}
      {typed && onNew && (
        <button type="button" className="new-person" onClick={createFromTyped}>
          New person “{typed}”
        </button>
      )}
    </div>
  );
}
