/**
 * The two sites Rapport reads, each defined once: where its content script runs (the
 * manifest's match patterns, which the context menu reuses), which hosts belong to it
 * (the URL detectors and the background's check of who may speak for a site read this),
 * and its name. Content scripts import this file: it stays free of libraries.
 */

export const SITE_IDS = ['gmail', 'linkedin'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export interface Site {
  id: SiteId;
  /** As the rep reads it. */
  name: string;
  /** Where the site's content script runs: the manifest's `content_scripts[].matches`. */
  contentScriptMatches: readonly string[];
  /** Whether a page served from this host name belongs to the site. */
  ownsHost(hostname: string): boolean;
}

// Regional LinkedIn subdomains (se., uk., …) serve logged-out public profiles.
const LINKEDIN_HOST = /^(?:(?:www|[a-z]{2,3})\.)?linkedin\.com$/;

export const SITES: Readonly<Record<SiteId, Site>> = {
  gmail: {
    id: 'gmail',
    name: 'Gmail',
    contentScriptMatches: ['https://mail.google.com/*'],
    ownsHost: (hostname) => hostname === 'mail.google.com',
  },
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    // Every www.linkedin.com page: LinkedIn is a single-page app, and the rep lands on the
    // feed and clicks through to a profile without a reload. The regional subdomains serve
    // only logged-out public profiles.
    contentScriptMatches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/in/*'],
    ownsHost: (hostname) => LINKEDIN_HOST.test(hostname),
  },
};

/** Every page where one of Rapport's content scripts runs. */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = SITE_IDS.flatMap(
  (id) => SITES[id].contentScriptMatches,
);

/** The site an address belongs to (https only); null for every other address. */
export function siteOfUrl(url: string | undefined): SiteId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return SITE_IDS.find((id) => SITES[id].ownsHost(parsed.hostname)) ?? null;
}
