import type { RapportDatabase } from './db';
import { newId } from './ids';
import { summarise } from './person-summary';
import { updateSummary } from './person-summaries';
import { personSchema, validate, type Person } from './schema';
import { attachUnattached } from './unattached';
import { reindexAround } from './word-index';

export type NewPerson = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>> &
  Pick<Person, 'name'>;
export type PersonChanges = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>>;

export {
  findPerson,
  findPersonByEmail,
  findPersonByIdentity,
  findPersonByMemberId,
  findPersonBySlug,
  type PersonIdentity,
} from './people-lookup';

/**
 * Whether anyone is in Rapport. One key is enough to tell: IndexedDB's count walks every
 * key, tens of milliseconds at 10,000 people, and holds up every read queued behind it.
 */
export async function hasPeople(db: RapportDatabase): Promise<boolean> {
  return (await db.people.limit(1).primaryKeys()).length > 0;
}

/** The people touched or edited most recently. */
export async function recentPeople(db: RapportDatabase, limit = 10): Promise<Person[]> {
  return db.people.orderBy('updatedAt').reverse().limit(limit).toArray();
}

export async function addPerson(
  db: RapportDatabase,
  fields: NewPerson,
  now = Date.now(),
): Promise<Person> {
  const person = validate('person', personSchema, {
    emails: [],
    consent: 'unknown',
    tags: [],
    ...fields,
    id: newId(),
    createdAt: now,
    updatedAt: now,
  });
  // With the person comes the contact Rapport saw with their address or profile before.
  const tables = [db.people, db.notes, db.touches, db.unattachedTouches, db.personSummaries];
  await db.transaction('rw', [...tables, db.wordIndex], async () => {
    await assertIdentitiesFree(db, person);
    await reindexAround(db, [person.id], () => db.people.add(person));
    const attached = await attachUnattached(db, [person], now);
    await db.personSummaries.put(summarise(person, [], attached, now));
  });
  return person;
}

/**
 * Changes a person. A field set to undefined is removed (an emptied company, a cleared time
 * zone); an address or profile that belongs to someone else is refused with
 * IdentityTakenError, which names them.
 */
export async function updatePerson(
  db: RapportDatabase,
  id: string,
  changes: PersonChanges,
  now = Date.now(),
): Promise<Person> {
  // Notes too: a person stored without a summary has one made from all their records.
  const tables = [db.people, db.notes, db.touches, db.unattachedTouches, db.personSummaries];
  return db.transaction('rw', [...tables, db.wordIndex], async () => {
    const current = await db.people.get(id);
    if (!current) throw new Error(`No person with id ${id}`);
    const next = validate('person', personSchema, { ...current, ...changes, id, updatedAt: now });
    for (const key of Object.keys(changes) as (keyof PersonChanges)[]) {
      if (changes[key] === undefined) delete (next as Partial<Person>)[key];
    }
    await assertIdentitiesFree(db, next);
    await reindexAround(db, [id], () => db.people.put(next));
    // An address or profile just linked to them brings what was seen with it; the summary
    // carries that, the name and the consent.
    const attached = await attachUnattached(db, [next], now);
    await updateSummary(db, id, { touches: attached }, now);
    return next;
  });
}

/** Marks a person as just touched, so they rise in "recent people". */
export async function touchPersonUpdatedAt(db: RapportDatabase, id: string, now = Date.now()) {
  await db.people.update(id, { updatedAt: now });
}

/**
 * Thrown when an address or LinkedIn profile given to a person already belongs to another:
 * names the owner, so the rep can merge the two instead.
 */
export class IdentityTakenError extends Error {
  constructor(
    readonly identity: string,
    readonly owner: Person,
  ) {
    super(`${identity} already belongs to ${owner.name}: merge the two people instead`);
    this.name = 'IdentityTakenError';
  }
}

/** An address, slug or member id may belong to one person only; merge to unite two. */
export async function assertIdentitiesFree(db: RapportDatabase, person: Person): Promise<void> {
  // Anyone else holding it, whether or not this person's record is already written.
  const someoneElse = (owner: Person) => owner.id !== person.id;
  const ownerBy = (index: 'emails' | 'linkedinSlug' | 'linkedinMemberId', value: string) =>
    db.people.where(index).equals(value).filter(someoneElse).first();
  for (const email of person.emails) {
    const owner = await ownerBy('emails', email);
    if (owner) throw new IdentityTakenError(email, owner);
  }
  if (person.linkedinSlug) {
    const owner = await ownerBy('linkedinSlug', person.linkedinSlug);
    if (owner) throw new IdentityTakenError(`LinkedIn profile ${person.linkedinSlug}`, owner);
  }
  if (person.linkedinMemberId) {
    const owner = await ownerBy('linkedinMemberId', person.linkedinMemberId);
    if (owner) throw new IdentityTakenError(`LinkedIn member ${person.linkedinMemberId}`, owner);
  }
}

/**
 * Records that two people who look alike are not the same person, so Rapport stops saying
 * so. Kept on both records (and in backups).
 */
export async function markDistinct(db: RapportDatabase, a: string, b: string): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    for (const [id, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const person = await db.people.get(id);
      if (!person) throw new Error('Both people must exist');
      const distinctFrom = [...new Set([...(person.distinctFrom ?? []), other])];
      await db.people.put(validate('person', personSchema, { ...person, distinctFrom }));
    }
  });
}
