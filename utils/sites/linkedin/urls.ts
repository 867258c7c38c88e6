import {
  isLinkedInMemberId,
  linkedinIdentityOf,
  profileSlugOfSegment,
  type LinkedInIdentity,
} from '../../domain/linkedin-identity';
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
  | 'profile'
  | 'profile-subpage'
  | 'feed'
  | 'search'
  | 'company'
  | 'messaging'
  | 'messaging-thread'
  | 'other';

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
 * undefined for every other address, a slug that is not a plausible profile name, or a
 * member id (`/in/ACoAA…/`, see linkedinProfileIdentity).
 */
export function linkedinProfileSlug(url: string): string | undefined {
  const segments = segmentsOf(url);
  if (!segments || segments[0] !== 'in' || !segments[1]) return undefined;
  return isLinkedInMemberId(segments[1]) ? undefined : profileSlugOfSegment(segments[1]);
}

/**
 * Who a `/in/<segment>/…` address names: a public slug (lower-cased) or, where LinkedIn
 * links the member id instead (`/in/ACoAA…/`, as chat bubbles do), that id as written.
 */
export function linkedinProfileIdentity(url: string): LinkedInIdentity | undefined {
  const segments = segmentsOf(url);
  if (!segments || segments[0] !== 'in' || !segments[1]) return undefined;
  let segment: string;
  try {
    segment = decodeURIComponent(segments[1]);
  } catch {
    return undefined;
  }
  if (segment.length > TEXT_LIMITS.slug) return undefined;
  return linkedinIdentityOf(segment);
}

/**
 * The profile a connection-request address is for: the 2026 layout opens the invite dialog
 * at `/preload/custom-invite/?vanityName=<slug>` (and `search-custom-invite` from search).
 */
export function linkedinInviteSlug(url: string): string | undefined {
  const segments = segmentsOf(url);
  if (!segments || segments[0] !== 'preload' || !segments[1]?.endsWith('custom-invite')) {
    return undefined;
  }
  const vanity = new URL(url).searchParams.get('vanityName');
  const identity = vanity ? linkedinIdentityOf(vanity) : undefined;
  return identity && 'linkedinSlug' in identity ? identity.linkedinSlug : undefined;
}

/** The view an address shows, or undefined when it is not a LinkedIn address. */
export function linkedinView(url: string): LinkedInView | undefined {
  const segments = segmentsOf(url);
  if (!segments) return undefined;
  const [first, , third] = segments;
  switch (first) {
    case 'in':
      if (!linkedinProfileSlug(url) && !linkedinProfileIdentity(url)) return 'other';
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
      return segments[1] === 'thread' && segments[2] ? 'messaging-thread' : 'messaging';
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

/** LinkedIn messaging with no conversation chosen yet (the inbox). */
export function isLinkedInMessagingUrl(url: string): boolean {
  return linkedinView(url) === 'messaging';
}

/** One conversation, full page: `/messaging/thread/<id>/`. */
export function isLinkedInThreadUrl(url: string): boolean {
  return linkedinView(url) === 'messaging-thread';
}

/** The invite dialog's own address (2026), over whatever page the rep was on. */
export function isLinkedInInviteUrl(url: string): boolean {
  return linkedinInviteSlug(url) !== undefined;
}
