import { X } from 'lucide-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { IdentityTakenError, updatePerson, type PersonChanges } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { guessTimeZone, type City } from '@/utils/domain/location-time-zone';
import {
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
  normaliseEmail,
  normaliseSlug,
} from '@/utils/domain/person';
import { linkedinProfileSlug } from '@/utils/sites/linkedin/urls';
import { localTime } from '../format';
import { useDatabase } from '../hooks/useDatabase';
import { lazyModule, useLazyModule } from '../hooks/useLazyModule';
import { useNow } from '../hooks/useNow';
import { knownTimeZones } from '../time-zones';
import { writeErrorMessage } from '../write-error';

// The world's cities and their zones (city-timezones, ~2 MB): fetched only when the editor
// opens, never with the panel.
const cityData = lazyModule(
  () => import('city-timezones/data/cityMap.json') as Promise<{ default: City[] }>,
);

/** A LinkedIn profile as typed: its address, or just the part after /in/. */
function slugFromInput(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  if (/linkedin\.com/i.test(trimmed)) {
    try {
      const url = new URL(/^https?:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
      const slug = linkedinProfileSlug(url.href);
      return slug ? normaliseSlug(slug) : undefined;
    } catch {
      return undefined;
    }
  }
  return normaliseSlug(trimmed.replace(/^\/?in\//, '').replace(/\/$/, ''));
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** What the editor edits of a person. */
type EditedFields = Pick<
  PersonChanges,
  'name' | 'emails' | 'linkedinSlug' | 'company' | 'title' | 'location' | 'timeZone' | 'tags'
>;

function fieldsOf(person: EditedFields): EditedFields {
  const { name, emails, linkedinSlug, company, title, location, timeZone, tags } = person;
  return { name, emails, linkedinSlug, company, title, location, timeZone, tags };
}

/**
 * Everything about a person the rep can correct: name, addresses, LinkedIn profile,
 * company, title, location, time zone (with a suggestion read from the location) and tags.
 * An address or profile that belongs to someone else is refused, naming them, with the
 * offer to merge the two.
 */
export function PersonEditor({
  person,
  onDone,
  onMergeWith,
}: {
  person: Person;
  onDone(): void;
  onMergeWith(otherId: string): void;
}) {
  const db = useDatabase();
  const id = useId();
  const now = useNow();
  const [name, setName] = useState(person.name);
  const [emails, setEmails] = useState(person.emails);
  const [newEmail, setNewEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [profile, setProfile] = useState(person.linkedinSlug ?? '');
  const [company, setCompany] = useState(person.company ?? '');
  const [title, setTitle] = useState(person.title ?? '');
  const [location, setLocation] = useState(person.location ?? '');
  const [timeZone, setTimeZone] = useState(person.timeZone ?? '');
  const [tags, setTags] = useState(person.tags.join(', '));
  // The fields as the editor opened with them: only those the rep changes are written.
  const [opened] = useState(() => fieldsOf(person));
  const [error, setError] = useState<{ message: string; owner?: Person } | null>(null);
  const cities = useLazyModule(cityData)?.default;
  const zones = useMemo(() => knownTimeZones(person.timeZone), [person.timeZone]);
  const suggestion = cities ? guessTimeZone(location, cities) : undefined;

  const addEmail = () => {
    const email = normaliseEmail(newEmail);
    if (!email) {
      setEmailError(`“${newEmail.trim()}” is not an email address.`);
      return;
    }
    setEmailError(null);
    setEmails((list) => (list.includes(email) ? list : [...list, email]));
    setNewEmail('');
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const slug = slugFromInput(profile);
    if (profile.trim() && !slug) {
      setError({ message: 'The LinkedIn profile should look like linkedin.com/in/their-name.' });
      return;
    }
    // A typed address not yet added counts as added.
    const typed = normaliseEmail(newEmail);
    const edited = fieldsOf({
      name: name.trim(),
      emails: typed && !emails.includes(typed) ? [...emails, typed] : emails,
      linkedinSlug: slug,
      company: optional(company),
      title: optional(title),
      location: optional(location),
      timeZone: optional(timeZone),
      tags: [
        ...new Set(
          tags
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ],
    });
    // A field the rep left as it was is not written: the record may have changed since the
    // editor opened (a member id learnt from a chat, an edit made in another window), and the
    // form's copy of that field is the older one.
    const changes: PersonChanges = Object.fromEntries(
      Object.entries(edited).filter(
        ([key, value]) =>
          JSON.stringify(value) !== JSON.stringify(opened[key as keyof EditedFields]),
      ),
    );
    // The member id LinkedIn's chats use belongs to the profile: another profile (or none)
    // means it is forgotten, and learnt again when the new profile's page is open.
    if ('linkedinSlug' in changes && slug !== person.linkedinSlug && person.linkedinMemberId) {
      changes.linkedinMemberId = undefined;
    }
    try {
      await updatePerson(db, person.id, changes);
      onDone();
    } catch (e) {
      setError(
        e instanceof IdentityTakenError
          ? { message: e.message.replace(/: merge.*$/, '.'), owner: e.owner }
          : { message: writeErrorMessage(e) },
      );
    }
  }

  const zoneTime = timeZone ? localTime(timeZone, now) : undefined;

  return (
    <form onSubmit={save} className="stack card editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Edit {person.name}</h2>
      <label>
        Name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={MAX_NAME_LENGTH}
        />
      </label>
      <fieldset className="stack">
        <legend>Email addresses</legend>
        {emails.length > 0 && (
          <ul className="email-list">
            {emails.map((email) => (
              <li key={email}>
                <span dir="auto">{email}</span>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => setEmails((list) => list.filter((e) => e !== email))}
                >
                  <X aria-hidden size={14} />
                  <span className="visually-hidden">Remove {email}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="row">
          <label>
            Add an address
            <input
              type="email"
              value={newEmail}
              onChange={(e) => setNewEmail(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && newEmail.trim()) {
                  e.preventDefault();
                  addEmail();
                }
              }}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? `${id}-email-error` : undefined}
            />
          </label>
          <button type="button" onClick={addEmail} disabled={!newEmail.trim()}>
            Add
          </button>
        </div>
        {emailError && (
          <p id={`${id}-email-error`} className="error">
            {emailError}
          </p>
        )}
      </fieldset>
      <label>
        LinkedIn profile
        <input
          value={profile}
          onChange={(e) => setProfile(e.target.value)}
          placeholder="linkedin.com/in/their-name"
          aria-describedby={person.linkedinMemberId ? `${id}-member` : undefined}
        />
      </label>
      {person.linkedinMemberId && (
        <p id={`${id}-member`} className="hint">
          LinkedIn messages know them by member id {person.linkedinMemberId}: kept with this
          profile, forgotten if you change it.
        </p>
      )}
      <label>
        Company
        <input
          value={company}
          onChange={(e) => setCompany(e.target.value)}
          maxLength={MAX_NAME_LENGTH}
        />
      </label>
      <label>
        Title
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={MAX_TITLE_LENGTH}
        />
      </label>
      <label>
        Location
        <input
          value={location}
          onChange={(e) => setLocation(e.target.value)}
          maxLength={MAX_NAME_LENGTH}
        />
      </label>
      <div className="stack">
        <label htmlFor={`${id}-zone`} className="field-label">
          Time zone
        </label>
        <select
          id={`${id}-zone`}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
          aria-describedby={`${id}-zone-hint`}
        >
          <option value="">Not set (working hours in your own zone)</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p id={`${id}-zone-hint`} className="hint">
          {zoneTime
            ? `Their time now: ${zoneTime}.`
            : 'Their working hours are judged in this zone.'}
        </p>
        {suggestion && suggestion.timeZone !== timeZone && (
          <p className="suggestion">
            <span>
              {suggestion.place}: {suggestion.timeZone}
            </span>{' '}
            <button type="button" onClick={() => setTimeZone(suggestion.timeZone)}>
              Use {suggestion.timeZone}
            </button>
          </p>
        )}
        {location.trim() && cities === undefined && <p className="hint">Reading the location…</p>}
      </div>
      <label>
        Tags
        <input
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          placeholder="Separated by commas"
        />
      </label>
      {error && (
        <div role="alert" className="error stack">
          <p>{error.message}</p>
          {error.owner && (
            <button type="button" onClick={() => onMergeWith(error.owner!.id)}>
              Merge with {error.owner.name}…
            </button>
          )}
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
