import type { PagePerson, PageSignal } from '@/utils/messages';
import type { RapportDatabase } from './db';
import { findPerson, type NewPerson } from './people';
import { emailSchema, linkedinSlugSchema, MAX_NAME_LENGTH, type Person } from './schema';

/** The person a tab is about: what the page says, and who that is in Rapport (if anyone). */
export interface PersonInFocus {
  page: PagePerson;
  /** Undefined when the page's person is not in Rapport yet. */
  person?: Person;
}

/**
 * The first person of the tab's signal (the profile on LinkedIn, the first recipient or
 * sender in Gmail), found in Rapport by address, then LinkedIn slug. Null when nobody is
 * on screen.
 */
export async function personInFocus(
  db: RapportDatabase,
  signal: PageSignal | null | undefined,
): Promise<PersonInFocus | null> {
  const page = signal?.people[0];
  if (!page) return null;
  const person = await findPerson(db, { email: page.email, linkedinSlug: page.linkedinSlug });
  return person ? { page, person } : { page };
}

/**
 * A new person from what the page showed. Page text is untrusted: an address or slug that
 * does not parse is left out rather than stored, and the name is cut to fit.
 */
export function newPersonFromPage(page: PagePerson): NewPerson {
  const email = page.email ? emailSchema.safeParse(page.email) : undefined;
  const slug = page.linkedinSlug ? linkedinSlugSchema.safeParse(page.linkedinSlug) : undefined;
  const name = displayNameOf(page).slice(0, MAX_NAME_LENGTH);
  return {
    name,
    emails: email?.success ? [email.data] : [],
    ...(slug?.success ? { linkedinSlug: slug.data } : {}),
    ...(page.company?.trim() ? { company: page.company.trim().slice(0, MAX_NAME_LENGTH) } : {}),
    ...(page.headline?.trim() ? { title: page.headline.trim().slice(0, 500) } : {}),
    ...(page.location?.trim() ? { location: page.location.trim().slice(0, MAX_NAME_LENGTH) } : {}),
  };
}

/** The best name a page gives for someone: their name, else their address or profile. */
export function displayNameOf(page: PagePerson): string {
  return page.name?.trim() || page.email?.trim() || page.linkedinSlug?.trim() || 'Unnamed person';
}
