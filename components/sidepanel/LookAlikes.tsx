import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { findLookAlikes } from '@/storage/look-alikes';
import { markDistinct } from '@/storage/people';
import type { Person } from '@/storage/schema';
import type { Likeness } from '@/utils/domain/duplicates';
import { useDatabase } from '../hooks/useDatabase';
import { PersonLine } from '../PersonLine';

function why(likeness: Likeness): string {
  return likeness.kind === 'same-name'
    ? 'Same name.'
    : `A close name, at the same organisation (${likeness.organisation}).`;
}

/**
 * Says when someone else in Rapport looks like this person (met once in Gmail and once on
 * LinkedIn, say), and offers to compare and merge, or to record that they are two people.
 */
export function LookAlikes({ person, onCompare }: { person: Person; onCompare(id: string): void }) {
  const db = useDatabase();
  const id = useId();
  const alike = useLiveQuery(() => findLookAlikes(db, person), [db, person]);
  if (!alike?.length) return null;
  return (
    <section aria-labelledby={id} className="card look-alikes">
      <h3 id={id}>Looks like someone else in Rapport</h3>
      <ul className="people">
        {alike.map(({ person: other, likeness }) => (
          <li key={other.id} className="stack">
            <PersonLine person={other} />
            <span className="subtle">{why(likeness)}</span>
            <div className="row">
              <button type="button" className="primary" onClick={() => onCompare(other.id)}>
                Compare and merge
                <span className="visually-hidden"> with {other.name}</span>
              </button>
              <button type="button" onClick={() => void markDistinct(db, person.id, other.id)}>
                Not the same person
                <span className="visually-hidden">: {other.name}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
