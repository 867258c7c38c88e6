import { ClipboardList } from 'lucide-react';
import { useId } from 'react';
import { updatePerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { CONSENT_STATES, type Consent } from '@/utils/domain/person';
import { localTime } from '../format';
import { useDatabase } from '../hooks/useDatabase';
import { prepareHref } from '../prepare/prepare-link';

const CONSENT_LABEL: Record<Consent, string> = {
  unknown: 'Not asked yet',
  asked: 'Asked, no answer',
  granted: 'Happy to hear from me',
  declined: 'Asked not to be contacted',
};

/** Who this is: name, company, title, their local time and their consent. */
export function PersonHeader({ person, now }: { person: Person; now: number }) {
  const db = useDatabase();
  const consentId = useId();
  const time = localTime(person.timeZone, now);
  return (
    <header className="person-header">
      <h2 className="person-name" dir="auto" title={person.name}>
        {person.name}
      </h2>
      {(person.title || person.company) && (
        <p className="subtle" dir="auto">
          {[person.title, person.company].filter(Boolean).join(' · ')}
        </p>
      )}
      {time && <p className="subtle">Their time: {time}</p>}
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
