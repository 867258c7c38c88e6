import {
  normaliseEmail,
  normaliseMemberId,
  normaliseSlug,
  parseIdentity,
} from '../utils/domain/person';
import type { RapportDatabase } from './db';
import type { Person } from './schema';

/** Finding the person an address, a LinkedIn profile or an identity key belongs to. */

/** Identities that point at one person: an address, a LinkedIn slug or member id. */
export interface PersonIdentity {
  email?: string;
  linkedinSlug?: string;
  linkedinMemberId?: string;
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

export async function findPersonByMemberId(
  db: RapportDatabase,
  memberId: string,
): Promise<Person | undefined> {
  const key = normaliseMemberId(memberId);
  return key ? db.people.where('linkedinMemberId').equals(key).first() : undefined;
}

/**
 * The person an identity points at: by address first, then by LinkedIn slug, then by
 * LinkedIn member id (one profile has both; a screen may show either).
 */
export async function findPerson(
  db: RapportDatabase,
  identity: PersonIdentity,
): Promise<Person | undefined> {
  if (identity.email) {
    const byEmail = await findPersonByEmail(db, identity.email);
    if (byEmail) return byEmail;
  }
  if (identity.linkedinSlug) {
    const bySlug = await findPersonBySlug(db, identity.linkedinSlug);
    if (bySlug) return bySlug;
  }
  return identity.linkedinMemberId
    ? findPersonByMemberId(db, identity.linkedinMemberId)
    : undefined;
}

/** The person an identity key (`email:…`, `linkedin:…`, `linkedin-member:…`) belongs to. */
export async function findPersonByIdentity(
  db: RapportDatabase,
  key: string,
): Promise<Person | undefined> {
  const identity = parseIdentity(key);
  if (identity?.kind === 'email') return findPersonByEmail(db, identity.value);
  if (identity?.kind === 'linkedin') return findPersonBySlug(db, identity.value);
  if (identity?.kind === 'linkedin-member') return findPersonByMemberId(db, identity.value);
  return undefined;
}
