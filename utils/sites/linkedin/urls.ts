import { siteOfUrl } from '../../domain/sites';
import { TEXT_LIMITS } from '../../text-limits';

/**
 * Which LinkedIn view an address shows. The profile's slug in `/in/<slug>/` is the stable
 * key for a person; it is the same on www. and on the regional subdomains (se., uk., …)
 * that logged-out visitors land on.
 *
 * Only the profile itself counts as a profile view: `/in/<slug>/` and the modals LinkedIn
 * opens over it (`/in/<slug>/overlay/contact-info/`, `…/overlay/about-this-profile/`), where
 * the top card stays on screen behind. The sub-pages (`/in/<slug>/recent-activity/`,
 * `/in/<slug>/details/experience/`, edit forms) do not show the top card, so they are
 * `profile-subpage` and no person is reported there.
 */

export type LinkedInView =
  'profile' | 'profile-subpage' | 'feed' | 'search' | 'company' | 'messaging' | 'other';

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function segmentsOf(url: string): string[] | undefined {
  const u = parse(url);
  if (!u || siteOfUrl(url) !== 'linkedin') return undefined;
  return u.pathname.split('/').filter(Boolean);
}

export function isLinkedInUrl(url: string): boolean {
  return segmentsOf(url) !== undefined;
}

/**
 * The person's slug from any `/in/<slug>/…` address, URI-decoded and lower-cased;
 * undefined for every other address or a slug that is not a plausible profile name.
 */
export function linkedinProfileSlug(url: string): string | undefined {
  const segments = segmentsOf(url);
  if (!segments || segments[0] !== 'in' || !segments[1]) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(segments[1]).toLowerCase();
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- a slug with control characters is not a slug
  if (slug.length > TEXT_LIMITS.slug || /[\s/?#<>"\u0000-\u001f\u007f-\u009f]/.test(slug)) {
    return undefined;
  }
  return slug;
}

/** The view an address shows, or undefined when it is not a LinkedIn address. */
export function linkedinView(url: string): LinkedInView | undefined {
  const segments = segmentsOf(url);
  if (!segments) return undefined;
  const [first, , third] = segments;
  switch (first) {
    case 'in':
      if (!linkedinProfileSlug(url)) return 'other';
      return segments.length === 2 || third === 'overlay' ? 'profile' : 'profile-subpage';
    case 'feed':
      return 'feed';
    case 'search':
      return 'search';
    case 'company':
    case 'school':
    case 'showcase':
      return 'company';
    case 'messaging':
      return 'messaging';
    default:
      return 'other';
  }
}

export function isLinkedInProfileUrl(url: string): boolean {
  return linkedinView(url) === 'profile';
}

export function isLinkedInFeedUrl(url: string): boolean {
  return linkedinView(url) === 'feed';
}

export function isLinkedInSearchUrl(url: string): boolean {
  return linkedinView(url) === 'search';
}

export function isLinkedInCompanyUrl(url: string): boolean {
  return linkedinView(url) === 'company';
}

export function isLinkedInMessagingUrl(url: string): boolean {
  return linkedinView(url) === 'messaging';
}
