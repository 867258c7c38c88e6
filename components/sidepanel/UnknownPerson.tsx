import { useState, type FormEvent } from 'react';
import { addPerson, updatePerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import type { PagePerson } from '@/utils/messages';
import { useDatabase } from '../hooks/useDatabase';
import { PeopleSearch } from './PeopleSearch';
import { writeErrorMessage } from '../write-error';

/**
 * Someone on the page whom Rapport does not know yet: add them in one click (fields
 * editable first), or link this address / profile to someone already in Rapport.
 */
export function UnknownPerson({ pagePerson }: { pagePerson: PagePerson }) {
  const db = useDatabase();
  const [name, setName] = useState(
    pagePerson.name ?? pagePerson.email?.split('@')[0] ?? pagePerson.linkedinSlug ?? '',
  );
  const [company, setCompany] = useState(pagePerson.company ?? '');
  const [title, setTitle] = useState(pagePerson.headline ?? '');
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const identity = {
    ...(pagePerson.email ? { emails: [pagePerson.email] } : {}),
    ...(pagePerson.linkedinSlug ? { linkedinSlug: pagePerson.linkedinSlug } : {}),
  };

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await addPerson(db, {
        name,
        ...identity,
        ...(company.trim() ? { company } : {}),
        ...(title.trim() ? { title } : {}),
        ...(pagePerson.location ? { location: pagePerson.location } : {}),
      });
    } catch (e) {
      setError(writeErrorMessage(e));
    }
  }

  async function link(person: Person) {
    setError(null);
    try {
      await updatePerson(db, person.id, {
        emails: [...new Set([...person.emails, ...(identity.emails ?? [])])],
        ...(identity.linkedinSlug ? { linkedinSlug: identity.linkedinSlug } : {}),
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
          (pagePerson.linkedinSlug ? `linkedin.com/in/${pagePerson.linkedinSlug}` : '')}
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
          <PeopleSearch label="Who is this?" pickVerb="Link to" onPick={(p) => void link(p)} />
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
