import * as z from 'zod/mini';
import type { PagePerson } from '../messages';
import { LINKEDIN_MEMBER_ID, LINKEDIN_SLUG } from './linkedin-identity';

/**
 * A person: how Rapport tells who someone is (their addresses and LinkedIn profile, each
 * belonging to one person only; a LinkedIn profile by its public slug or its member id,
 * either of which finds them), how a person is made from what a page shows, and the one
 * policy for uniting two records of the same person (a merge, an import, a backup from
 * another device).
 */

export const CONSENT_STATES = ['unknown', 'asked', 'granted', 'declined'] as const;
export type Consent = (typeof CONSENT_STATES)[number];

/** Long enough for any real name, short enough that a hostile page cannot bloat the panel. */
export const MAX_NAME_LENGTH = 200;
/** A LinkedIn headline or a job title. */
export const MAX_TITLE_LENGTH = 500;

/** An address as an identity: trimmed and lower-cased, so one mailbox is one key. */
export const emailSchema = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email());

/** A LinkedIn profile as an identity: the slug of `/in/<slug>/`, lower-cased. */
export const linkedinSlugSchema = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(LINKEDIN_SLUG, 'a LinkedIn profile slug: letters, digits, "-" or "_"'),
  );

/**
 * A LinkedIn profile by LinkedIn's member id (`/in/ACoAA…/`, as chat bubbles link it): the
 * second identity of the same profile, kept as it is written (it is case-sensitive).
 */
export const linkedinMemberIdSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(LINKEDIN_MEMBER_ID, 'a LinkedIn member id: "ACoAA" and letters or digits'),
  );

/** The address as Rapport keys it, or undefined when it is not an address. */
export function normaliseEmail(email: string): string | undefined {
  const parsed = emailSchema.safeParse(email);
  return parsed.success ? parsed.data : undefined;
}

/** The LinkedIn slug as Rapport keys it, or undefined when it is not a plausible slug. */
export function normaliseSlug(slug: string): string | undefined {
  const parsed = linkedinSlugSchema.safeParse(slug);
  return parsed.success ? parsed.data : undefined;
}

/** The LinkedIn member id as Rapport keys it, or undefined when it is not one. */
export function normaliseMemberId(id: string): string | undefined {
  const parsed = linkedinMemberIdSchema.safeParse(id);
  return parsed.success ? parsed.data : undefined;
}

/**
 * One identity as one string: an address (`email:…`), a LinkedIn profile (`linkedin:<slug>`)
 * or a LinkedIn member id (`linkedin-member:…`, what LinkedIn's messaging shows instead of a
 * profile name). History kept for someone not yet in Rapport is keyed by it, so that any
 * channel can keep it and it finds its person whichever identity they are added by.
 */
export type IdentityKey = `email:${string}` | `linkedin:${string}` | `linkedin-member:${string}`;
export type IdentityKind = 'email' | 'linkedin' | 'linkedin-member';

export const emailIdentity = (email: string): IdentityKey => `email:${email}`;
export const slugIdentity = (slug: string): IdentityKey => `linkedin:${slug}`;
export const memberIdentity = (memberId: string): IdentityKey => `linkedin-member:${memberId}`;

/** A person's identities, as stored: their addresses and LinkedIn profile (slug, member id). */
export interface IdentifiedPerson {
  emails: string[];
  linkedinSlug?: string;
  linkedinMemberId?: string;
}

/**
 * Every identity a person is known by: each address, then their LinkedIn profile by its slug,
 * then by its member id.
 */
export function identitiesOf(person: IdentifiedPerson): IdentityKey[] {
  return [
    ...person.emails.map(emailIdentity),
    ...(person.linkedinSlug ? [slugIdentity(person.linkedinSlug)] : []),
    ...(person.linkedinMemberId ? [memberIdentity(person.linkedinMemberId)] : []),
  ];
}

/** A LinkedIn profile as one identity: by its slug, else by its member id. */
export function profileIdentity(person: {
  linkedinSlug?: string;
  linkedinMemberId?: string;
}): IdentityKey | undefined {
  if (person.linkedinSlug) return slugIdentity(person.linkedinSlug);
  return person.linkedinMemberId ? memberIdentity(person.linkedinMemberId) : undefined;
}

/** An identity key read back: its kind and value, or undefined when it is not one. */
export function parseIdentity(key: string): { kind: IdentityKind; value: string } | undefined {
  const match = /^(email|linkedin|linkedin-member):(.+)$/.exec(key);
  return match ? { kind: match[1] as IdentityKind, value: match[2] as string } : undefined;
}

/** An identity as the rep reads it: the address, or the profile's address without https. */
export function describeIdentity(key: string): string {
  const identity = parseIdentity(key);
  if (!identity) return key;
  if (identity.kind === 'email') return identity.value;
  if (identity.kind === 'linkedin') return `linkedin.com/in/${identity.value}`;
  return `LinkedIn member ${identity.value}`;
}

/** The fields of a new person that a page can supply. */
export interface PersonFromPage {
  name: string;
  emails: string[];
  linkedinSlug?: string;
  linkedinMemberId?: string;
  company?: string;
  title?: string;
  location?: string;
}

/**
 * The best name a page gives for someone: their name, else their address, else their
 * LinkedIn profile; the rep can change it before adding them.
 */
export function displayNameOf(page: Partial<PagePerson>): string {
  return (
    page.name?.trim() ||
    page.email?.trim() ||
    page.linkedinSlug?.trim() ||
    page.linkedinMemberId?.trim() ||
    'Unnamed person'
  );
}

const cut = (text: string | undefined, max: number) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/**
 * A new person from what a page showed. Page text is untrusted: an address or slug that
 * does not parse is left out rather than stored, and every text is cut to fit.
 */
export function personFromReading(page: PagePerson): PersonFromPage {
  const email = page.email ? normaliseEmail(page.email) : undefined;
  const slug = page.linkedinSlug ? normaliseSlug(page.linkedinSlug) : undefined;
  const memberId = page.linkedinMemberId ? normaliseMemberId(page.linkedinMemberId) : undefined;
  const company = cut(page.company, MAX_NAME_LENGTH);
  const title = cut(page.headline, MAX_TITLE_LENGTH);
  const location = cut(page.location, MAX_NAME_LENGTH);
  return {
    name: displayNameOf(page).slice(0, MAX_NAME_LENGTH),
    emails: email ? [email] : [],
    ...(slug ? { linkedinSlug: slug } : {}),
    ...(memberId ? { linkedinMemberId: memberId } : {}),
    ...(company ? { company } : {}),
    ...(title ? { title } : {}),
    ...(location ? { location } : {}),
  };
}

/** What the merge policy needs of a person record. */
export interface MergeablePerson {
  name: string;
  emails: string[];
  linkedinSlug?: string;
  linkedinMemberId?: string;
  consent: Consent;
  tags: string[];
  distinctFrom?: string[];
  createdAt: number;
}

const CONSENT_WEIGHT: Record<Consent, number> = { unknown: 0, asked: 1, granted: 2, declined: 3 };

/**
 * The consent two records of one person end with: a decline always wins (someone who asked
 * not to be contacted stays so, whichever record is newer); otherwise the state that says
 * more about the relationship.
 */
export function strongerConsent(a: Consent, b: Consent): Consent {
  return CONSENT_WEIGHT[a] >= CONSENT_WEIGHT[b] ? a : b;
}

/** Why two records cannot be one person, or undefined when they can be merged. */
export function mergeConflict(
  kept: MergeablePerson,
  absorbed: MergeablePerson,
): string | undefined {
  if (kept.linkedinSlug && absorbed.linkedinSlug && kept.linkedinSlug !== absorbed.linkedinSlug) {
    return `${kept.name} and ${absorbed.name} have different LinkedIn profiles: they are two people`;
  }
  if (
    kept.linkedinMemberId &&
    absorbed.linkedinMemberId &&
    kept.linkedinMemberId !== absorbed.linkedinMemberId
  ) {
    return `${kept.name} and ${absorbed.name} have different LinkedIn member ids: they are two people`;
  }
  return undefined;
}

/** A person's LinkedIn identities, as stored. */
export interface LinkedInIdentities {
  linkedinSlug?: string;
  linkedinMemberId?: string;
}

/**
 * What a page that shows both of a profile's identities at once (a profile page carries its
 * member id in its own links) teaches about the person found by one of them: the other
 * identity, when the record lacks it. Undefined when there is nothing to learn, or when the
 * record already holds a different value (then they are not provably the same person, and
 * what the rep or an earlier page stored stays).
 */
export function linkedinIdentitiesToLearn(
  stored: LinkedInIdentities,
  page: LinkedInIdentities,
): LinkedInIdentities | undefined {
  const slug = page.linkedinSlug ? normaliseSlug(page.linkedinSlug) : undefined;
  const memberId = page.linkedinMemberId ? normaliseMemberId(page.linkedinMemberId) : undefined;
  if (!slug || !memberId) return undefined;
  if (stored.linkedinSlug && stored.linkedinSlug !== slug) return undefined;
  if (stored.linkedinMemberId && stored.linkedinMemberId !== memberId) return undefined;
  const learned: LinkedInIdentities = {
    ...(stored.linkedinSlug ? {} : { linkedinSlug: slug }),
    ...(stored.linkedinMemberId ? {} : { linkedinMemberId: memberId }),
  };
  return Object.keys(learned).length ? learned : undefined;
}

/**
 * Two records of one person as one: every field `kept` has stays as it is (what the rep
 * wrote is never overwritten), `absorbed` fills the fields `kept` lacks, addresses, tags and
 * the people they were marked as not being are united, consent follows strongerConsent,
 * and the person counts from the earlier record. The result keeps `kept`'s id; the caller validates it and moves the absorbed
 * record's notes and touches.
 */
export function mergePersonRecords<P extends MergeablePerson>(
  kept: P,
  absorbed: P,
  updatedAt: number,
): P {
  const keptFields = Object.fromEntries(
    Object.entries(kept).filter(([, value]) => value !== undefined),
  ) as Partial<P>;
  return {
    ...absorbed,
    ...keptFields,
    emails: [...new Set([...kept.emails, ...absorbed.emails])],
    tags: [...new Set([...kept.tags, ...absorbed.tags])],
    ...(kept.distinctFrom || absorbed.distinctFrom
      ? {
          distinctFrom: [
            ...new Set([...(kept.distinctFrom ?? []), ...(absorbed.distinctFrom ?? [])]),
          ],
        }
      : {}),
    consent: strongerConsent(kept.consent, absorbed.consent),
    createdAt: Math.min(kept.createdAt, absorbed.createdAt),
    updatedAt,
  };
}

/**
 * Whether someone a page shows is this person: by one of their addresses, their profile,
 * or their LinkedIn member id.
 */
export function pageShowsPerson(
  person: { emails: readonly string[]; linkedinSlug?: string; linkedinMemberId?: string },
  page: PagePerson,
): boolean {
  const email = page.email ? normaliseEmail(page.email) : undefined;
  const slug = page.linkedinSlug ? normaliseSlug(page.linkedinSlug) : undefined;
  const memberId = page.linkedinMemberId ? normaliseMemberId(page.linkedinMemberId) : undefined;
  return (
    (email !== undefined && person.emails.includes(email)) ||
    (slug !== undefined && slug === person.linkedinSlug) ||
    (memberId !== undefined && memberId === person.linkedinMemberId)
  );
}

/** The fields a merge preview shows, in the order a person's details are read. */
export const MERGE_PREVIEW_FIELDS = [
  'name',
  'emails',
  'linkedinSlug',
  'linkedinMemberId',
  'company',
  'title',
  'location',
  'timeZone',
  'tags',
  'consent',
] as const;
export type MergePreviewField = (typeof MERGE_PREVIEW_FIELDS)[number];

type PreviewablePerson = MergeablePerson &
  Partial<Record<'company' | 'title' | 'location' | 'timeZone', string>>;

/** One field after a merge, and whose record it came from. */
export interface MergedField {
  field: MergePreviewField;
  value: string | string[] | undefined;
  from: 'kept' | 'absorbed' | 'both' | 'neither';
}

/** What each field will be once `absorbed` is merged into `kept` (mergePersonRecords). */
export function previewMerge(kept: PreviewablePerson, absorbed: PreviewablePerson): MergedField[] {
  const merged = mergePersonRecords(kept, absorbed, 0);
  const has = (p: PreviewablePerson, field: MergePreviewField, value: string) => {
    const own = p[field];
    return Array.isArray(own) ? own.includes(value) : own === value;
  };
  // A member id is LinkedIn's internal name for a profile: shown only when a record has one.
  const fields = MERGE_PREVIEW_FIELDS.filter(
    (field) => field !== 'linkedinMemberId' || merged.linkedinMemberId !== undefined,
  );
  return fields.map((field) => {
    const value = merged[field] as string | string[] | undefined;
    const items = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const inKept = items.some((v) => has(kept, field, v));
    const inAbsorbed = items.some((v) => has(absorbed, field, v));
    const from =
      items.length === 0 ? 'neither' : inKept && inAbsorbed ? 'both' : inKept ? 'kept' : 'absorbed';
    return { field, value, from };
  });
}

/** Records grouped by the person they are about, each group in the order given. */
export function groupByPerson<T extends { personId: string }>(
  records: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.personId);
    if (group) group.push(record);
    else groups.set(record.personId, [record]);
  }
  return groups;
}
