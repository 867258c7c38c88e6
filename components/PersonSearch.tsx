import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { recentPeople, type NewPerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { searchPeople, type PersonMatch } from '@/storage/search';
import { normaliseEmail } from '@/utils/domain/person';
import { useDatabase } from './hooks/useDatabase';
import { useTableChanges } from './hooks/useTableChanges';
import { PersonLine } from './PersonLine';
import { QuotedText } from './QuotedText';

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

/** What the list shows, and for which query (the last answer stays until the next arrives). */
interface Listed {
  query: string;
  matches: Pick<PersonMatch, 'person' | 'quote'>[];
  total: number;
}

/** The tables whose writes change what the list shows. */
const LISTED_FROM = ['people', 'notes', 'wordIndex'];

/**
 * What the list shows for a query: recent people for none, else the matches. Read afresh
 * when the query changes and after a write to what it reads, and not as a live query: a
 * live query tracks every key it reads, and ranking a common word reads every person's.
 * The last answer stays until the next arrives.
 */
function useListed(typed: string, limit: number): Listed | undefined {
  const db = useDatabase();
  const changes = useTableChanges(db, LISTED_FROM);
  const [listed, setListed] = useState<Listed>();
  useEffect(() => {
    let wanted = true;
    const read = async (): Promise<Listed> => {
      if (!typed) {
        const people = await recentPeople(db, limit);
        return {
          query: typed,
          matches: people.map((person) => ({ person })),
          total: people.length,
        };
      }
      const results = await searchPeople(db, typed, limit);
      return { query: typed, matches: results.matches, total: results.total };
    };
    read().then(
      (next) => wanted && setListed(next),
      (error: unknown) => console.warn('Rapport: the search failed', error),
    );
    return () => {
      wanted = false;
    };
  }, [db, typed, limit, changes]);
  return listed;
}

/**
 * A search over everyone in Rapport, used wherever the rep picks a person: recent people
 * before anything is typed; after, people with a word starting with each typed word in
 * their name, company, title, addresses or notes (storage/search.ts), the matching note
 * quoted. A combobox: Arrow keys move through the list, Enter picks (the first match when
 * none is chosen, or, with `onNew`, a new person named as typed), Escape clears.
 */
export function PersonSearch({
  label,
  onPick,
  pickVerb,
  onNew,
  autoFocus,
  limit = 10,
}: PersonSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const typed = query.trim();
  const listed = useListed(typed, limit);
  const matches = listed?.matches ?? [];
  const current = listed?.query === typed;

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const createFromTyped = () => {
    const email = normaliseEmail(typed);
    onNew?.(email ? { name: typed, emails: [email] } : { name: typed });
  };

  const change = (text: string) => {
    setQuery(text);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = matches.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => (at < 0 && step < 0 ? count - 1 : (at + step + count) % count));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = matches[Math.max(active, 0)];
      if (chosen && current) onPick(chosen.person);
      else if (typed && onNew) createFromTyped();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      change('');
    }
  };

  let empty: string | undefined;
  if (listed && current && matches.length === 0) {
    if (typed) empty = 'Nobody matches.';
    else empty = onNew ? 'Nobody in Rapport yet: type a name to add someone.' : 'Nobody yet.';
  }
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeId = active >= 0 && active < matches.length ? optionId(active) : undefined;
  const shown = matches.length > 0;

  return (
    <div className="person-search">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        value={query}
        placeholder="Name, company, email or a word from a note"
        autoComplete="off"
        onChange={(event) => change(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        className="people"
        aria-label={typed ? 'Matching people' : 'Recent people'}
        data-query={listed?.query}
        hidden={!shown}
      >
        {matches.map(({ person, quote }, index) => (
          <li
            key={person.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="person-option"
            onClick={() => onPick(person)}
            onMouseMove={() => index !== active && setActive(index)}
          >
            {/* Named by its text, so what is heard starts with what is seen. */}
            {pickVerb && <span className="visually-hidden">{pickVerb} </span>}
            <PersonLine person={person} />
            {quote && ' '}
            {quote && (
              <span className="match-quote" dir="auto">
                <QuotedText pieces={quote.pieces} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="hint" role="status">
        {empty ??
          (typed && listed && current && listed.total > matches.length
            ? `${matches.length} of ${listed.total} people: add a word to narrow.`
            : '')}
      </p>
      {typed && onNew && (
        <button type="button" className="new-person" onClick={createFromTyped}>
          New person “{typed}”
        </button>
      )}
    </div>
  );
}
