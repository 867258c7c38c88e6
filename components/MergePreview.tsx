import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { mergePeople, undoMerge } from '@/storage/merge';
import type { Person } from '@/storage/schema';
import {
  mergeConflict,
  previewMerge,
  type MergedField,
  type MergePreviewField,
} from '@/utils/domain/person';
import { askBackground } from './ask-background';
import { useDatabase } from './hooks/useDatabase';
import { UNDO_MINUTE, useOfferUndo } from './Undo';
import { writeErrorMessage } from './write-error';

const FIELD_LABEL: Record<MergePreviewField, string> = {
  name: 'Name',
  emails: 'Email addresses',
  linkedinSlug: 'LinkedIn profile',
  linkedinMemberId: 'LinkedIn member id',
  company: 'Company',
  title: 'Title',
  location: 'Location',
  timeZone: 'Time zone',
  tags: 'Tags',
  consent: 'Consent',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How many notes and touches a person has, live. */
function useHistoryCount(personId: string) {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [notes, touches] = await Promise.all([
      db.notes.where('personId').equals(personId).count(),
      db.touches
        .where('[personId+at]')
        .between([personId, -Infinity], [personId, Infinity])
        .count(),
    ]);
    return { notes, touches };
  }, [db, personId]);
}

function describe(person: Person): string {
  return [person.company, person.emails[0] ?? (person.linkedinSlug && `in/${person.linkedinSlug}`)]
    .filter(Boolean)
    .join(' · ');
}

/** How a record is named in the preview: by its name, or, when both share it, by an address. */
function recordName(person: Person, other: Person): string {
  if (person.name !== other.name) return person.name;
  return (
    person.emails[0] ??
    (person.linkedinSlug ? `in/${person.linkedinSlug}` : person.linkedinMemberId) ??
    person.name
  );
}

/**
 * Two people about to become one: the rep picks whose details lead, sees what each field
 * becomes and where it comes from, and how many notes and touches join the one timeline;
 * then merges (all at once) with Undo offered for a minute.
 */
export function MergePreview({
  first,
  secondId,
  onDone,
  onMerged,
}: {
  /** The person the rep started from. */
  first: Person;
  secondId: string;
  onDone(): void;
  /** Called with the person who remains. */
  onMerged?(kept: Person): void;
}) {
  const db = useDatabase();
  const id = useId();
  const offerUndo = useOfferUndo();
  const second = useLiveQuery(() => db.people.get(secondId), [db, secondId]);
  const [keepFirst, setKeepFirst] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const firstCount = useHistoryCount(first.id);
  const secondCount = useHistoryCount(secondId);

  if (second === undefined) return <p className="subtle">Loading…</p>;
  const kept = keepFirst ? first : second;
  const absorbed = keepFirst ? second : first;
  const conflict = kept && absorbed ? mergeConflict(kept, absorbed) : undefined;
  const fields = kept && absorbed ? previewMerge(kept, absorbed) : [];
  const keptName = kept && absorbed ? recordName(kept, absorbed) : '';
  const absorbedName = kept && absorbed ? recordName(absorbed, kept) : '';
  const origin = (field: MergedField) =>
    field.from === 'both'
      ? 'from both'
      : field.from === 'kept'
        ? `from ${keptName}`
        : field.from === 'absorbed'
          ? `from ${absorbedName}`
          : '';

  async function merge() {
    if (!kept || !absorbed) return;
    setBusy(true);
    setError(null);
    try {
      const { person, undo } = await mergePeople(db, kept.id, absorbed.id);
      offerUndo({
        message: `Merged ${absorbed.name} into ${person.name}.`,
        undo: () => undoMerge(db, undo),
        forMs: UNDO_MINUTE,
      });
      askBackground({ type: 'person-changed' }).catch(() => undefined);
      onMerged?.(person);
      onDone();
    } catch (e) {
      setError(writeErrorMessage(e));
      setBusy(false);
    }
  }

  return (
    <section className="card stack merge-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Merge two people into one</h2>
      {!second ? (
        <p role="alert">The other person is no longer in Rapport.</p>
      ) : (
        <>
          <fieldset className="stack">
            <legend>Keep the details of</legend>
            {[first, second].map((person, i) => (
              <label key={person.id} className="check merge-choice">
                <input
                  type="radio"
                  name={`${id}-keep`}
                  checked={keepFirst === (i === 0)}
                  onChange={() => setKeepFirst(i === 0)}
                />
                <span>
                  <strong dir="auto">{person.name}</strong>{' '}
                  <span className="subtle" dir="auto">
                    {describe(person)}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <p className="hint">
            Its details stay as they are; the other fills what it lacks. Addresses and tags are
            joined. A request not to be contacted always stays.
          </p>
          <table className="merge-fields">
            <caption className="visually-hidden">The person after the merge</caption>
            <tbody>
              {fields.map((field) => (
                <tr key={field.field}>
                  <th scope="row">{FIELD_LABEL[field.field]}</th>
                  <td dir="auto">
                    {Array.isArray(field.value)
                      ? field.value.join(', ') || '–'
                      : (field.value ?? '–')}
                    {origin(field) && <span className="subtle"> {origin(field)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {firstCount && secondCount && (
            <p>
              One timeline: {plural(firstCount.notes + secondCount.notes, 'note')} and{' '}
              {plural(firstCount.touches + secondCount.touches, 'touch', 'touches')} ({absorbedName}
              : {plural(keepFirst ? secondCount.notes : firstCount.notes, 'note')},{' '}
              {plural(keepFirst ? secondCount.touches : firstCount.touches, 'touch', 'touches')}{' '}
              move to {keptName}).
            </p>
          )}
          {conflict && <p role="alert">{conflict}: they cannot be merged.</p>}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={busy || !!conflict}
              onClick={() => void merge()}
            >
              Merge
            </button>
            <button type="button" onClick={onDone}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
