import type { RapportDatabase } from './db';
import { newId } from './ids';
import { summarise } from './person-summary';
import { rebuildSummary, updateSummary } from './person-summaries';
import {
  linkedinIdentitiesToLearn,
  mergeConflict,
  mergePersonRecords,
  normaliseMemberId,
  normaliseSlug,
} from '../utils/domain/person';
import { findPersonByMemberId, findPersonBySlug, type PersonIdentity } from './people-lookup';
import { personSchema, validate, type Person } from './schema';
import { attachUnattached } from './unattached';

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
 * A page showed a profile's slug and member id together (a profile page carries both):
 * the person found by either gains the one they lack, so a chat bubble that links the
 * member id finds the person added from their profile, and the reverse. When the slug
 * and the id each found a different record, those are one person seen twice: the record
 * with the slug keeps its fields and absorbs the other (the one merge policy). Returns the
 * person, or undefined when the page's person is not in Rapport.
 */
export async function learnLinkedInIdentities(
  db: RapportDatabase,
  page: PersonIdentity,
  now = Date.now(),
): Promise<Person | undefined> {
  const slug = page.linkedinSlug ? normaliseSlug(page.linkedinSlug) : undefined;
  const memberId = page.linkedinMemberId ? normaliseMemberId(page.linkedinMemberId) : undefined;
  if (!slug || !memberId) return undefined;
  const [bySlug, byId] = await Promise.all([
    findPersonBySlug(db, slug),
    findPersonByMemberId(db, memberId),
  ]);
  if (bySlug && byId && bySlug.id !== byId.id) {
    if (mergeConflict(bySlug, byId)) return bySlug;
    const merged = await mergePeople(db, bySlug.id, byId.id, now);
    return learnLinkedInIdentities(db, page, now).then((p) => p ?? merged);
  }
  const person = bySlug ?? byId;
  if (!person) return undefined;
  const learned = linkedinIdentitiesToLearn(person, {
    linkedinSlug: slug,
    linkedinMemberId: memberId,
  });
  // Learning an identity is not the rep's activity: the person keeps their place in "recent".
  return learned ? updatePerson(db, person.id, learned, person.updatedAt) : person;
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
  // With the person comes the contact Rapport saw with their address or profile before.
  const tables = [db.people, db.touches, db.unattachedTouches, db.personSummaries];
  await db.transaction('rw', tables, async () => {
    await assertIdentitiesFree(db, person);
    await db.people.add(person);
    const attached = await attachUnattached(db, [person], now);
    await db.personSummaries.put(summarise(person, [], attached, now));
  });
  return person;
}

export async function updatePerson(
  db: RapportDatabase,
  id: string,
  changes: PersonChanges,
  now = Date.now(),
): Promise<Person> {
  // Notes too: a person stored without a summary has one made from all their records.
  const tables = [db.people, db.notes, db.touches, db.unattachedTouches, db.personSummaries];
  return db.transaction('rw', tables, async () => {
    const current = await db.people.get(id);
    if (!current) throw new Error(`No person with id ${id}`);
    const next = validate('person', personSchema, { ...current, ...changes, id, updatedAt: now });
    await assertIdentitiesFree(db, next);
    await db.people.put(next);
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
  if (person.linkedinMemberId) {
    const owner = await db.people.where('linkedinMemberId').equals(person.linkedinMemberId).first();
    if (owner && owner.id !== person.id) {
      throw new Error(
        `LinkedIn member ${person.linkedinMemberId} already belongs to ${owner.name}: merge instead`,
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
  const tables = [
    db.people,
    db.notes,
    db.touches,
    db.unattachedTouches,
    db.personSummaries,
    db.snoozes,
  ];
  return db.transaction('rw', tables, async () => {
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
    await mergeSummaries(db, kept.id, absorbed.id, now);
    // What was seen with an identity the merge brings becomes their touches too.
    const attached = await attachUnattached(db, [merged], now);
    await updateSummary(db, kept.id, { touches: attached }, now);
    return merged;
  });
}

/** Deletes a person with every note and touch about them. */
export async function deletePerson(db: RapportDatabase, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.people, db.notes, db.touches, db.personSummaries, db.snoozes],
    async () => {
      await db.notes.where('personId').equals(id).delete();
      await db.touches.where('[personId+at]').between([id, -Infinity], [id, Infinity]).delete();
      await db.people.delete(id);
      await db.personSummaries.delete(id);
      await db.snoozes.delete(id);
    },
  );
}

/**
 * The kept person's summary gains what the absorbed one's held (their records now belong to
 * the kept person), and a snooze carries over when it ends later than the kept person's own.
 */
async function mergeSummaries(
  db: RapportDatabase,
  keptId: string,
  absorbedId: string,
  now: number,
): Promise<void> {
  const [absorbedSummary, absorbedSnooze, keptSnooze] = await Promise.all([
    db.personSummaries.get(absorbedId),
    db.snoozes.get(absorbedId),
    db.snoozes.get(keptId),
  ]);
  const moved = <T extends { personId: string }>(records: T[] = []) =>
    records.map((r) => ({ ...r, personId: keptId }));
  if (absorbedSummary) {
    await updateSummary(
      db,
      keptId,
      { notes: moved(absorbedSummary.promises), touches: moved(absorbedSummary.touches) },
      Math.max(now, absorbedSummary.asOf),
    );
  } else await rebuildSummary(db, keptId, now);
  await db.personSummaries.delete(absorbedId);
  if (absorbedSnooze) {
    await db.snoozes.delete(absorbedId);
    if (absorbedSnooze.until > (keptSnooze?.until ?? -Infinity)) {
      await db.snoozes.put({ ...absorbedSnooze, personId: keptId });
    }
  }
}
