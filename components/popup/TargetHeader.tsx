import type { NewPerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { PersonLine } from '../PersonLine';

interface ChosenPersonProps {
  person: Person;
  onChange(): void;
}

/** Who the note is about, with a way to pick someone else. */
export function ChosenPerson({ person, onChange }: ChosenPersonProps) {
  return (
    <section className="target" aria-label="About">
      <span className="eyebrow">About</span>
      <div className="target-row">
        <PersonLine person={person} />
        <button type="button" onClick={onChange}>
          Change person
        </button>
      </div>
    </section>
  );
}

interface CandidateProps {
  fields: NewPerson;
  from: 'page' | 'typed';
  busy: boolean;
  onAdd(): void;
  onChange(): void;
}

/** Someone not in Rapport yet: one click adds them; saving a note adds them too. */
export function Candidate({ fields, from, busy, onAdd, onChange }: CandidateProps) {
  return (
    <section className="target candidate" aria-label="About">
      <span className="eyebrow">
        {from === 'page' ? 'On this page, not in Rapport yet' : 'New person'}
      </span>
      <div className="target-row">
        <PersonLine person={fields} />
        <button type="button" onClick={onChange}>
          Someone else
        </button>
      </div>
      <div className="target-row">
        <button type="button" className="primary" onClick={onAdd} disabled={busy}>
          Add {fields.name} to Rapport
        </button>
        <span className="hint">or save a note: that adds them too.</span>
      </div>
    </section>
  );
}
