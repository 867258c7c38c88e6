/**
 * The two ways LinkedIn names a person in an address, `/in/<segment>/`: the public slug the
 * member chose (`/in/noor-haddad-4b2a1/`), or LinkedIn's member id (`/in/ACoAAB…/`), which
 * chat bubbles, message senders and many internal links use instead. Both name the same
 * person; which one a screen shows is LinkedIn's choice, not the person's. The same rules
 * read a profile's address on a page and written in a contacts file. Content scripts import
 * this file: it stays free of libraries (the zod schemas built on it live in person.ts).
 */

import { TEXT_LIMITS } from '../text-limits';

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

// Spaces, path and query characters, markup and control characters: never in a profile name.
// eslint-disable-next-line no-control-regex -- a slug with control characters is not a slug
const NOT_IN_A_SLUG = /[\s/?#<>"\u0000-\u001f\u007f-\u009f]/;

/**
 * The profile name in a LinkedIn `/in/<segment>/` path: URI-decoded and lower-cased, the same
 * on www. and the regional hosts; undefined when it cannot be a profile name (too long, or
 * holding spaces, slashes, markup or control characters).
 */
export function profileSlugOfSegment(segment: string): string | undefined {
  let slug: string;
  try {
    slug = decodeURIComponent(segment).toLowerCase();
  } catch {
    return undefined;
  }
  return slug && slug.length <= TEXT_LIMITS.slug && !NOT_IN_A_SLUG.test(slug) ? slug : undefined;
}

const LINKEDIN_PROFILE_HOST = /^(?:[a-z0-9-]+\.)*linkedin\.com$/i;

/**
 * The profile a written LinkedIn address points at, leniently, as contact files hold it
 * (`https://www.linkedin.com/in/jane-doe`, `http://linkedin.com/in/Jane%20Doe/`,
 * `www.linkedin.com/in/jane-doe?trk=…`, any LinkedIn host): its member id as written where
 * the address links one (`/in/ACoAA…`), else its slug as profileSlugOfSegment reads it.
 * Undefined for anything else.
 */
export function profileOfAddress(address: string): LinkedInIdentity | undefined {
  const text = address.trim();
  if (!text || text.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || !LINKEDIN_PROFILE_HOST.test(url.hostname)) {
    return undefined;
  }
  const [first, segment] = url.pathname.split('/').filter(Boolean);
  if (first !== 'in' || !segment) return undefined;
  if (isLinkedInMemberId(segment)) return { linkedinMemberId: segment };
  const slug = profileSlugOfSegment(segment);
  return slug ? { linkedinSlug: slug } : undefined;
}
