import { TEXT_LIMITS } from '../text-limits';

/**
 * A LinkedIn profile's name (its slug) as addresses carry it. Free of libraries: the LinkedIn
 * content script reads profiles with it. `normaliseSlug` (person.ts) then decides whether a
 * slug is one Rapport keys a person by.
 */

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
 * The profile name a written LinkedIn address points at, leniently, as contact files
 * hold it (`https://www.linkedin.com/in/jane-doe`, `http://linkedin.com/in/Jane%20Doe/`,
 * `www.linkedin.com/in/jane-doe?trk=…`, any LinkedIn host). Undefined for anything else.
 */
export function profileSlugOfAddress(address: string): string | undefined {
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
  return profileSlugOfSegment(segment);
}
