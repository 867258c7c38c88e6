import type { RapportDatabase } from './db';
import { newId } from './ids';
import {
  mergeConflict,
  mergePersonRecords,
  normaliseEmail,
  normaliseSlug,
} from '../utils/domain/person';
import { personSchema, validate, type Person } from './schema';

export type NewPerson = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>> &
  Pick<Person, 'name'>;
export type PersonChanges = Partial<Omit<Person, 'id' | 'createdAt' | 'updatedAt'>>;

/** Identities that point at one person: an address, a LinkedIn slug, or both. */
export interface PersonIdentity {
  email?: string;
  linkedinSlug?: string;
}

export async function findPersonByEmail(
  db: RapportDatabase,
  email: string,
): Promise<Person | undefined> {
  const key = normaliseEmail(email);
  return key ? db.people.where('emails').equals(key).first() : undefined;
}

export async function findPersonBySlug(
  db: RapportDatabase,
  slug: string,
): Promise<Person | undefined> {
  const key = normaliseSlug(slug);
  return key ? db.people.where('linkedinSlug').equals(key).first() : undefined;
}

/** The person an identity points at: by address first, then by LinkedIn slug. */
export async function findPerson(
  db: RapportDatabase,
  identity: PersonIdentity,
): Promise<Person | undefined> {
  if (identity.email) {
    const byEmail = await findPersonByEmail(db, identity.email);
    if (byEmail) return byEmail;
  }
  return identity.linkedinSlug ? findPersonBySlug(db, identity.linkedinSlug) : undefined;
}

/**
 * People whose name (or address) starts with what was typed, case-insensitively, most
 * recently updated first. Goes through the name and emails indexes only.
 */
export async function searchPeople(
  db: RapportDatabase,
  query: string,
  limit = 20,
): Promise<Person[]> {
  const q = query.trim();
  if (!q) return recentPeople(db, limit);
  const [byName, byEmail] = await Promise.all([
    db.people.where('name').startsWithIgnoreCase(q).limit(limit).toArray(),
    db.people.where('emails').startsWithIgnoreCase(q).limit(limit).toArray(),
  ]);
  const seen = new Map<string, Person>();
  for (const p of [...byName, ...byEmail]) seen.set(p.id, p);
  return [...seen.values()].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
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
  await db.transaction('rw', db.people, async () => {
    await assertIdentitiesFree(db, person);
    await db.people.add(person);
  });
  return person;
}

export async function updatePerson(
  db: RapportDatabase,
  id: string,
  changes: PersonChanges,
  now = Date.now(),
): Promise<Person> {
  return db.transaction('rw', db.people, async () => {
    const current = await db.people.get(id);
    if (!current) throw new Error(`No person with id ${id}`);
    const next = validate('person', personSchema, { ...current, ...changes, id, updatedAt: now });
    await assertIdentitiesFree(db, next);
    await db.people.put(next);
    return next;
  });
}

/** Marks a person as just touched, so they rise in "recent people". */
export async function touchPersonUpdatedAt(db: RapportDatabase, id: string, now = Date.now()) {
  await db.people.update(id, { updatedAt: now });
}

/** An address or slug may belong to one person only; merge to unite two. */
async function assertIdentitiesFree(db: RapportDatabase, person: Person): Promise<void> {
  for (const email of person.emails) {
    const owner = await db.people.where('emails').equals(email).first();
    if (owner && owner.id !== person.id) {
      throw new Error(`${email} already belongs to ${owner.name}: merge the two people instead`);
    }
  }
  if (person.linkedinSlug) {
    const owner = await db.people.where('linkedinSlug').equals(person.linkedinSlug).first();
    if (owner && owner.id !== person.id) {
      throw new Error(
        `LinkedIn profile ${person.linkedinSlug} already belongs to ${owner.name}: merge instead`,
      );
    }
  }
}

/**
 * Unites two records of one person by the one merge policy (mergePersonRecords): `kept`
 * stays as the rep wrote it and gains `absorbed`'s addresses, profile, tags and missing
 * fields, and all its notes and touches; then `absorbed` is deleted. One transaction:
 * all or nothing.
 */
export async function mergePeople(
  db: RapportDatabase,
  keptId: string,
  absorbedId: string,
  now = Date.now(),
): Promise<Person> {
  if (keptId === absorbedId) throw new Error('Cannot merge a person with themselves');
  return db.transaction('rw', db.people, db.notes, db.touches, async () => {
    const [kept, absorbed] = await Promise.all([db.people.get(keptId), db.people.get(absorbedId)]);
    if (!kept || !absorbed) throw new Error('Both people must exist to be merged');
    const conflict = mergeConflict(kept, absorbed);
    if (conflict) throw new Error(conflict);
    const merged = validate('person', personSchema, mergePersonRecords(kept, absorbed, now));
    await db.people.delete(absorbed.id);
    await db.people.put(merged);
    await db.notes.where('personId').equals(absorbed.id).modify({ personId: kept.id });
    await db.touches
      .where('[personId+at]')
      .between([absorbed.id, -Infinity], [absorbed.id, Infinity])
      .modify({ personId: kept.id });
    return merged;
  });
}

/** Deletes a person with every note and touch about them. */
export async function deletePerson(db: RapportDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.people, db.notes, db.touches, async () => {
    await db.notes.where('personId').equals(id).delete();
    await db.touches.where('[personId+at]').between([id, -Infinity], [id, Infinity]).delete();
    await db.people.delete(id);
  });
}
