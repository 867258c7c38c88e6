import { useState, type FormEvent } from 'react';
import { addPerson, updatePerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { personFromReading } from '@/utils/domain/person';
import type { PagePerson } from '@/utils/messages';
import { useDatabase } from '../hooks/useDatabase';
import { PersonSearch } from '../PersonSearch';
import { writeErrorMessage } from '../write-error';

type Field = 'name' | 'company' | 'title';

/**
 * Someone on the page whom Rapport does not know yet: add them in one click (fields
 * editable first), or link this address / profile to someone already in Rapport. Each
 * field follows the page's latest reading (LinkedIn shows the profile's address first and
 * its name and company a moment later) until the rep types in it.
 */
export function UnknownPerson({ pagePerson }: { pagePerson: PagePerson }) {
  const db = useDatabase();
  const reading = personFromReading(pagePerson);
  const [typed, setTyped] = useState<Partial<Record<Field, string>>>({});
  const name = typed.name ?? reading.name;
  const company = typed.company ?? reading.company ?? '';
  const title = typed.title ?? reading.title ?? '';
  const type = (field: Field) => (value: string) => setTyped((t) => ({ ...t, [field]: value }));
  const setName = type('name');
  const setCompany = type('company');
  const setTitle = type('title');
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const { company: _company, title: _title, ...identity } = reading;
    try {
      await addPerson(db, {
        ...identity,
        name,
        ...(company.trim() ? { company } : {}),
        ...(title.trim() ? { title } : {}),
      });
    } catch (e) {
      setError(writeErrorMessage(e));
    }
  }

  async function link(person: Person) {
    setError(null);
    try {
      await updatePerson(db, person.id, {
        emails: [...new Set([...person.emails, ...reading.emails])],
        ...(reading.linkedinSlug ? { linkedinSlug: reading.linkedinSlug } : {}),
        ...(reading.linkedinMemberId ? { linkedinMemberId: reading.linkedinMemberId } : {}),
      });
    } catch (e) {
      setError(writeErrorMessage(e));
    }
  }

  return (
    <section aria-labelledby="unknown-heading" className="card">
      <h2 id="unknown-heading">New to Rapport</h2>
      <p className="subtle identity" dir="auto">
        {pagePerson.email ??
          (pagePerson.linkedinSlug || pagePerson.linkedinMemberId
            ? `linkedin.com/in/${pagePerson.linkedinSlug ?? pagePerson.linkedinMemberId}`
            : '')}
      </p>
      {!linking && (
        <form onSubmit={add} className="stack">
          <label>
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              maxLength={200}
            />
          </label>
          <label>
            Company
            <input value={company} onChange={(e) => setCompany(e.target.value)} maxLength={200} />
          </label>
          <label>
            Title
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
          </label>
          <div className="row">
            <button type="submit" className="primary">
              Add to Rapport
            </button>
            <button type="button" onClick={() => setLinking(true)}>
              This is someone I already have
            </button>
          </div>
        </form>
      )}
      {linking && (
        <div className="stack">
          <PersonSearch label="Who is this?" pickVerb="Link to" onPick={(p) => void link(p)} />
          <button type="button" onClick={() => setLinking(false)}>
            Back
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
