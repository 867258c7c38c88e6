import {
  gmailView,
  isGmailComposeUrl,
  isGmailListUrl,
  isGmailThreadUrl,
  isGmailUrl,
  isLinkedInCompanyUrl,
  isLinkedInFeedUrl,
  isLinkedInInviteUrl,
  isLinkedInMessagingUrl,
  isLinkedInThreadUrl,
  isLinkedInProfileUrl,
  isLinkedInSearchUrl,
  isLinkedInUrl,
  linkedinInviteSlug,
  linkedinProfileIdentity,
  linkedinProfileSlug,
  linkedinView,
} from '@/utils/sites/urls';

// refined-github style: each detector is tested on its own addresses as positives and on
// every other detector's addresses as negatives.
const GMAIL = 'https://mail.google.com/mail/u/0/';
const TOKEN = 'FMfcgzQXJWDsKmvnRvDlxcBDhPCWvWlm';

const URLS = {
  gmailThread: [
    `${GMAIL}#inbox/${TOKEN}`,
    `${GMAIL}#inbox/thread-f:1234567890`,
    `${GMAIL}#sent/16c2b2a0f1e5e3d4`,
    `${GMAIL}#label/Clients/${TOKEN}`,
    `${GMAIL}#label/Clients%2FAcme/${TOKEN}`,
    `${GMAIL}#search/from%3Aalex+pilot/${TOKEN}`,
    `${GMAIL}#category/promotions/${TOKEN}`,
    `${GMAIL}#all/${TOKEN}?projector=1`,
    `https://mail.google.com/mail/u/3/#starred/${TOKEN}`,
  ],
  gmailList: [
    `${GMAIL}#inbox`,
    `${GMAIL}`,
    'https://mail.google.com/mail/#inbox',
    `${GMAIL}#inbox/p2`,
    `${GMAIL}#label/Clients`,
    `${GMAIL}#search/alex`,
    `${GMAIL}#search/from%3Aalex+pilot/p3`,
    `${GMAIL}#sent`,
    `${GMAIL}#drafts`,
    `${GMAIL}#category/social`,
    `${GMAIL}#spam`,
  ],
  gmailCompose: [
    `${GMAIL}#inbox?compose=new`,
    `${GMAIL}#inbox/${TOKEN}?compose=CllgCJZZ`,
    `${GMAIL}#drafts?compose=jrjtXDzB`,
    `${GMAIL}?view=cm&fs=1&tf=1`,
    'https://mail.google.com/mail/?view=cm&fs=1&to=alex@example.com',
  ],
  gmailSettings: [`${GMAIL}#settings/general`, `${GMAIL}#settings/labels`],
  linkedinProfile: [
    'https://www.linkedin.com/in/austinoboyle/',
    'https://www.linkedin.com/in/austinoboyle',
    'https://se.linkedin.com/in/eduardo-alvarez-nowak',
    'https://linkedin.com/in/jeffweiner08?trk=public_profile',
    'https://www.linkedin.com/in/vasileiosalevizos/overlay/contact-info/',
    'https://www.linkedin.com/in/J%C3%B6rg-M%C3%BCller-12/',
    'https://www.linkedin.com/in/ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ',
  ],
  linkedinSubpage: [
    'https://www.linkedin.com/in/austinoboyle/recent-activity/',
    'https://www.linkedin.com/in/austinoboyle/recent-activity/all/',
    'https://www.linkedin.com/in/austinoboyle/details/experience/',
  ],
  linkedinFeed: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/update/urn:li:activity:1/',
  ],
  linkedinSearch: [
    'https://www.linkedin.com/search/results/people/?keywords=alex',
    'https://www.linkedin.com/search/results/all/?keywords=in',
  ],
  linkedinCompany: [
    'https://www.linkedin.com/company/linkedin/',
    'https://se.linkedin.com/company/novare-potential',
    'https://www.linkedin.com/school/kth/',
  ],
  linkedinMessaging: [
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/messaging/thread/',
  ],
  linkedinThread: [
    'https://www.linkedin.com/messaging/thread/2-abc/',
    'https://www.linkedin.com/messaging/thread/2-MTcxNzAwMDAwMDAwMDAwMDAw==/?trk=x',
  ],
  linkedinInvite: [
    'https://www.linkedin.com/preload/custom-invite/?vanityName=noor-haddad-4b2a1',
    'https://www.linkedin.com/preload/search-custom-invite/?vanityName=ben-ortiz',
  ],
  elsewhere: [
    'https://example.com/in/alex/',
    'https://mail.google.com.example.com/mail/u/0/#inbox',
    'https://www.linkedin.com.evil.example/in/alex/',
    'http://www.linkedin.com/in/alex/',
    'https://calendar.google.com/calendar/u/0/r',
    'https://mail.google.com/chat/u/0/',
    'not a url',
    '',
  ],
} as const;

type Kind = keyof typeof URLS;
const detectors: Array<[string, (url: string) => boolean, Kind[]]> = [
  ['isGmailThreadUrl', isGmailThreadUrl, ['gmailThread']],
  ['isGmailListUrl', isGmailListUrl, ['gmailList']],
  ['isGmailComposeUrl', isGmailComposeUrl, ['gmailCompose']],
  ['isGmailUrl', isGmailUrl, ['gmailThread', 'gmailList', 'gmailCompose', 'gmailSettings']],
  ['isLinkedInProfileUrl', isLinkedInProfileUrl, ['linkedinProfile']],
  ['isLinkedInFeedUrl', isLinkedInFeedUrl, ['linkedinFeed']],
  ['isLinkedInSearchUrl', isLinkedInSearchUrl, ['linkedinSearch']],
  ['isLinkedInCompanyUrl', isLinkedInCompanyUrl, ['linkedinCompany']],
  ['isLinkedInMessagingUrl', isLinkedInMessagingUrl, ['linkedinMessaging']],
  ['isLinkedInThreadUrl', isLinkedInThreadUrl, ['linkedinThread']],
  ['isLinkedInInviteUrl', isLinkedInInviteUrl, ['linkedinInvite']],
  [
    'isLinkedInUrl',
    isLinkedInUrl,
    [
      'linkedinProfile',
      'linkedinSubpage',
      'linkedinFeed',
      'linkedinSearch',
      'linkedinCompany',
      'linkedinMessaging',
      'linkedinThread',
      'linkedinInvite',
    ],
  ],
];

describe.each(detectors)('%s', (_name, detect, own) => {
  const kinds = Object.keys(URLS) as Kind[];
  it.each(kinds.filter((k) => own.includes(k)).flatMap((k) => URLS[k]))('accepts %s', (url) => {
    expect(detect(url)).toBe(true);
  });
  it.each(kinds.filter((k) => !own.includes(k)).flatMap((k) => URLS[k]))('rejects %s', (url) => {
    expect(detect(url)).toBe(false);
  });
});

describe('gmailView', () => {
  it('names settings and unknown routes', () => {
    expect(gmailView(`${GMAIL}#settings/general`)).toBe('settings');
    expect(gmailView(`${GMAIL}#contacts`)).toBe('other');
    expect(gmailView(`${GMAIL}#inbox/not-an-id`)).toBe('other');
    expect(gmailView(`${GMAIL}?view=pt&search=all`)).toBe('list');
    expect(gmailView('https://www.linkedin.com/feed/')).toBeUndefined();
  });
});

describe('linkedinProfileSlug', () => {
  it('reads the slug, lower-cased and decoded, on www. and regional subdomains', () => {
    expect(linkedinProfileSlug('https://www.linkedin.com/in/AustinOBoyle/')).toBe('austinoboyle');
    expect(linkedinProfileSlug('https://se.linkedin.com/in/eduardo-alvarez-nowak?trk=x')).toBe(
      'eduardo-alvarez-nowak',
    );
    expect(linkedinProfileSlug('https://www.linkedin.com/in/J%C3%B6rg-M%C3%BCller-12/')).toBe(
      'jörg-müller-12',
    );
    expect(linkedinProfileSlug('https://www.linkedin.com/in/austinoboyle/recent-activity/')).toBe(
      'austinoboyle',
    );
  });

  it('is undefined for other pages and implausible slugs', () => {
    expect(linkedinProfileSlug('https://www.linkedin.com/feed/')).toBeUndefined();
    expect(linkedinProfileSlug('https://www.linkedin.com/in/')).toBeUndefined();
    expect(linkedinProfileSlug('https://www.linkedin.com/company/in/')).toBeUndefined();
    expect(linkedinProfileSlug('https://www.linkedin.com/in/%E0%A4%A/')).toBeUndefined();
    expect(linkedinProfileSlug('https://www.linkedin.com/in/a%20b/')).toBeUndefined();
    expect(linkedinProfileSlug('https://www.linkedin.com/in/a%2Fb/')).toBeUndefined();
    expect(linkedinProfileSlug(`https://www.linkedin.com/in/${'x'.repeat(101)}/`)).toBeUndefined();
    expect(linkedinProfileSlug('https://example.com/in/alex/')).toBeUndefined();
  });
});

describe('linkedinView', () => {
  it('classifies profile sub-pages apart from the profile', () => {
    expect(linkedinView('https://www.linkedin.com/in/x/recent-activity/')).toBe('profile-subpage');
    expect(linkedinView('https://www.linkedin.com/in/x/overlay/about-this-profile/')).toBe(
      'profile',
    );
    expect(linkedinView('https://www.linkedin.com/jobs/view/1/')).toBe('other');
    expect(linkedinView('https://mail.google.com/mail/u/0/#inbox')).toBeUndefined();
  });
});

describe('linkedinProfileIdentity', () => {
  it('tells a member id (kept as written) from a slug (lower-cased)', () => {
    const id = 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ';
    expect(linkedinProfileIdentity(`https://www.linkedin.com/in/${id}/`)).toEqual({
      linkedinMemberId: id,
    });
    expect(linkedinProfileSlug(`https://www.linkedin.com/in/${id}/`)).toBeUndefined();
    expect(linkedinProfileIdentity('https://www.linkedin.com/in/AustinOBoyle/')).toEqual({
      linkedinSlug: 'austinoboyle',
    });
    expect(linkedinProfileIdentity('https://www.linkedin.com/in/a%20b/')).toBeUndefined();
    expect(linkedinProfileIdentity('https://www.linkedin.com/feed/')).toBeUndefined();
  });
});

describe('linkedinInviteSlug', () => {
  it('reads the profile a 2026 invite dialog address is for', () => {
    expect(
      linkedinInviteSlug('https://www.linkedin.com/preload/custom-invite/?vanityName=Noor-Haddad'),
    ).toBe('noor-haddad');
    expect(linkedinInviteSlug('https://www.linkedin.com/preload/custom-invite/')).toBeUndefined();
    expect(
      linkedinInviteSlug('https://www.linkedin.com/preload/other/?vanityName=x'),
    ).toBeUndefined();
  });
});
