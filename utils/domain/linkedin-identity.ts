/**
 * The two ways LinkedIn names a person in an address, `/in/<segment>/`: the public slug the
 * member chose (`/in/noor-haddad-4b2a1/`), or LinkedIn's member id (`/in/ACoAAB…/`), which
 * chat bubbles, message senders and many internal links use instead. Both name the same
 * person; which one a screen shows is LinkedIn's choice, not the person's. Content scripts
 * import this file: it stays free of libraries (the zod schemas built on it live in
 * person.ts).
 */

/**
 * A member id as LinkedIn prints it: `ACoAA` then URL-safe base64 (39 characters in every
 * capture read; a little room either side). Case matters: unlike a slug it is never
 * lower-cased.
 */
export const LINKEDIN_MEMBER_ID = /^ACoAA[A-Za-z0-9_-]{10,80}$/;

/** A public slug: letters, digits, "-", "_" (and %-escapes of other letters), lower-cased. */
export const LINKEDIN_SLUG = /^[\p{L}\p{N}_%-]{2,100}$/u;

export function isLinkedInMemberId(value: string): boolean {
  return LINKEDIN_MEMBER_ID.test(value);
}

/** Who one `/in/<segment>` names: a member id as it is, or a slug lower-cased. */
export type LinkedInIdentity = { linkedinSlug: string } | { linkedinMemberId: string };

/** The identity a `/in/` segment (already URI-decoded) names; undefined when it is neither. */
export function linkedinIdentityOf(segment: string): LinkedInIdentity | undefined {
  const value = segment.trim();
  if (isLinkedInMemberId(value)) return { linkedinMemberId: value };
  const slug = value.toLowerCase();
  return LINKEDIN_SLUG.test(slug) ? { linkedinSlug: slug } : undefined;
}

/** Member ids in any text, such as `urn:li:fsd_profile:ACoAA…` inside a link's query. */
export function memberIdsIn(text: string): string[] {
  return [...text.matchAll(/ACoAA[A-Za-z0-9_-]{10,80}/g)].map((m) => m[0]);
}
