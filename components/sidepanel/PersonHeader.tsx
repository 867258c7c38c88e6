import { ClipboardList, Combine, Pencil, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { updatePerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { CONSENT_STATES, type Consent } from '@/utils/domain/person';
import { RowMenu } from '../RowMenu';
import { localTime } from '../format';
import { useDatabase } from '../hooks/useDatabase';
import { prepareHref } from '../prepare/prepare-link';

const CONSENT_LABEL: Record<Consent, string> = {
  unknown: 'Not asked yet',
  asked: 'Asked, no answer',
  granted: 'Happy to hear from me',
  declined: 'Asked not to be contacted',
};

/**
 * Who this is: name, title and company, where they are and their local time, their
 * consent; Edit as the header's one action, merging and deleting in its menu.
 */
export function PersonHeader({
  person,
  now,
  onEdit,
  onMerge,
  onDelete,
}: {
  person: Person;
  now: number;
  onEdit(): void;
  onMerge(): void;
  onDelete(): void;
}) {
  const db = useDatabase();
  const consentId = useId();
  const time = localTime(person.timeZone, now);
  const place = [person.location, time && `Their time: ${time}`].filter(Boolean).join(' · ');
  return (
    <header className="person-header">
      <div className="person-title">
        <h2 className="person-name" dir="auto" title={person.name}>
          {person.name}
        </h2>
        <button type="button" className="icon-button" onClick={onEdit} title="Edit details">
          <Pencil aria-hidden size={16} />
          <span className="visually-hidden">Edit {person.name}</span>
        </button>
        <RowMenu label={`More for ${person.name}`}>
          <button type="button" className="menu-item" onClick={onMerge}>
            <Combine aria-hidden size={16} /> Merge with someone…
          </button>
          <button type="button" className="menu-item danger" onClick={onDelete}>
            <Trash2 aria-hidden size={16} /> Delete {person.name}…
          </button>
        </RowMenu>
      </div>
      {(person.title || person.company) && (
        <p className="subtle" dir="auto">
          {[person.title, person.company].filter(Boolean).join(' · ')}
        </p>
      )}
      {place && (
        <p className="subtle" dir="auto">
          {place}
        </p>
      )}
      {person.tags.length > 0 && (
        <p className="tags">
          {person.tags.map((tag) => (
            <span key={tag} className="tag" dir="auto">
              {tag}
            </span>
          ))}
        </p>
      )}
      <div className={`consent consent-${person.consent}`}>
        <label htmlFor={consentId}>Consent to stay in touch</label>
        <select
          id={consentId}
          value={person.consent}
          onChange={(e) => void updatePerson(db, person.id, { consent: e.target.value as Consent })}
        >
          {CONSENT_STATES.map((c) => (
            <option key={c} value={c}>
              {CONSENT_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="person-actions">
        <a
          className="button small"
          href={prepareHref(person.id)}
          target="_blank"
          rel="noreferrer"
          aria-label={`Prepare a brief on ${person.name}`}
        >
          <ClipboardList aria-hidden size={14} />
          Prepare
        </a>
      </div>
    </header>
  );
}
