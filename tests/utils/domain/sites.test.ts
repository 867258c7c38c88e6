import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES, SITE_IDS, SITES, siteOfUrl } from '@/utils/domain/sites';

/** A match pattern as the browser reads it (`scheme://host/path`, `*` for any run). */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\w+):\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const u = new URL(url);
  const hostOk = host?.startsWith('*.')
    ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))
    : u.hostname === host;
  const pathRe = new RegExp(
    `^${(path ?? '').replace(/[.?+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  );
  return u.protocol === `${scheme}:` && hostOk && pathRe.test(u.pathname + u.search);
}

const PAGES: Record<'gmail' | 'linkedin' | 'neither', string[]> = {
  gmail: [
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/1/?view=cm&fs=1',
  ],
  linkedin: [
    'https://www.linkedin.com/in/sam-okafor/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://se.linkedin.com/in/eduardo-alvarez-nowak',
  ],
  neither: [
    'https://linkedin.com.evil.example/in/x',
    'https://evil.example/mail.google.com/',
    'http://www.linkedin.com/in/x/',
    'http://mail.google.com/mail/u/0/',
    'https://calendar.google.com/calendar/u/0/r',
    'not a url',
    '',
  ],
};

describe('sites', () => {
  it.each(SITE_IDS)('%s: its own pages belong to it, no other page does', (id) => {
    for (const url of PAGES[id]) expect(siteOfUrl(url), url).toBe(id);
    const others = Object.entries(PAGES).filter(([site]) => site !== id);
    for (const url of others.flatMap(([, urls]) => urls)) expect(siteOfUrl(url), url).not.toBe(id);
  });

  it('leaves undefined and unparseable addresses to nobody', () => {
    expect(siteOfUrl(undefined)).toBeNull();
    expect(siteOfUrl('https://')).toBeNull();
  });

  it.each(SITE_IDS)('%s: its content script runs on its pages and only on hosts it owns', (id) => {
    const site = SITES[id];
    for (const url of PAGES[id]) {
      expect(
        site.contentScriptMatches.some((p) => matchesPattern(p, url)),
        url,
      ).toBe(true);
    }
    for (const url of PAGES.neither.filter((u) => u.startsWith('http'))) {
      expect(
        site.contentScriptMatches.some((p) => matchesPattern(p, url)),
        url,
      ).toBe(false);
    }
  });

  it('lists every content-script pattern once, for the context menu', () => {
    expect(CONTENT_SCRIPT_MATCHES).toEqual([
      'https://mail.google.com/*',
      'https://www.linkedin.com/*',
      'https://*.linkedin.com/in/*',
    ]);
  });
});
