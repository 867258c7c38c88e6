import type { PagePerson, PageSignal } from '../utils/messages';
import type { RapportDatabase } from './db';
import { findPerson, type PersonIdentity } from './people';
import type { Person } from './schema';

/** The person a tab is about: what the page says, and who that is in Rapport (if anyone). */
export interface PersonInFocus {
  page: PagePerson;
  /** Undefined when the page's person is not in Rapport yet. */
  person?: Person;
}

/**
 * The first person of the tab's signal (the profile on LinkedIn, the first recipient or
 * sender in Gmail, the partner of a LinkedIn conversation), found in Rapport by address,
 * then LinkedIn slug or member id. Null when nobody is
 * on screen.
 */
export async function personInFocus(
  db: RapportDatabase,
  signal: PageSignal | null | undefined,
): Promise<PersonInFocus | null> {
  const page = signal?.people[0];
  if (!page) return null;
  const person = await findPerson(db, page);
  return person ? { page, person } : { page };
}

/**
 * The Rapport record for someone on a page: by address, then LinkedIn slug, then LinkedIn
 * member id; else null.
 */
export async function resolvePagePerson(
  db: RapportDatabase,
  identity: PersonIdentity,
): Promise<Person | null> {
  const { email, linkedinSlug, linkedinMemberId } = identity;
  return email || linkedinSlug || linkedinMemberId
    ? ((await findPerson(db, { email, linkedinSlug, linkedinMemberId })) ?? null)
    : null;
}
