import type { PageSignal } from '@/utils/messages';
import {
  OWN_FIXTURES,
  CAPTURES,
  detect,
  listFixtures,
  parseHtml,
  readFixture,
  showPage,
} from './fixtures';
import { MESSAGING_FIXTURES, scrambleClasses } from './linkedin/dom-fixtures';

interface ProfileTruth {
  url: string;
  slug: string;
  /** The member id the page carries in its own links, where it has any (logged-in pages). */
  memberId?: string;
  name: string;
  company: string | undefined;
  headlineStarts: string;
  location: string;
}

// The truth table of tests/fixtures/captures/README.md (locations as each page shows them).
const SHARED_PROFILES: Record<string, ProfileTruth> = {
  'linkedin/2016-public-profile-legacy.html': {
    url: 'https://www.linkedin.com/in/jeffweiner08/',
    slug: 'jeffweiner08',
    name: 'Jeff Weiner',
    company: 'LinkedIn',
    headlineStarts: 'CEO at LinkedIn',
    location: 'San Francisco Bay Area',
  },
  'linkedin/2022-03-profile-a.html': {
    url: 'https://www.linkedin.com/in/austinoboyle/',
    slug: 'austinoboyle',
    memberId: 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ',
    name: "Austin O'Boyle",
    company: 'Google',
    headlineStarts: 'Software Engineer at Google',
    location: 'Palo Alto, California, United States',
  },
  'linkedin/2022-03-profile-b-singlefile.html': {
    url: 'https://www.linkedin.com/in/kireetagrawal/',
    slug: 'kireetagrawal',
    memberId: 'ACoAABp0nOcBihHRFiJK4G4SJ0jTrN9G1ILp6VY',
    name: 'Kireet Agrawal',
    company: 'Gantry',
    headlineStarts: 'Software Engineer at Gantry',
    location: 'Berkeley, California, United States',
  },
  'linkedin/2024-03-public-profile-logged-out.html': {
    url: 'https://se.linkedin.com/in/eduardo-alvarez-nowak',
    slug: 'eduardo-alvarez-nowak',
    name: 'Eduardo Alvarez Nowak',
    company: 'Novare Potential',
    headlineStarts: 'Tech Education Lead',
    location: 'Greater Stockholm Metropolitan Area',
  },
  'linkedin/2024-07-profile-a.html': {
    url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    slug: 'eduardo-alvarez-nowak',
    memberId: 'ACoAABS9BdoBSJFfAvbRCM0dr7lB5Eggww93Ld0',
    name: 'Eduardo Alvarez Nowak',
    company: 'Novare Potential',
    headlineStarts: 'Tech Education Lead',
    location: 'Greater Stockholm Metropolitan Area',
  },
  'linkedin/2024-07-profile-b.html': {
    url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
    slug: 'sri-lalitha-jeevanige-35520a61',
    memberId: 'ACoAAA0F7XEB2QTb85ndHh9ocVhy77BFAeJ_jbA',
    name: 'Sri Lalitha Jeevanige',
    company: 'Swedbank',
    headlineStarts: 'SAFe certified Scrum Master',
    location: 'Stockholm, Stockholm County, Sweden',
  },
  'linkedin/2024-08-profile-private.html': {
    url: 'https://www.linkedin.com/in/vasileiosalevizos/',
    slug: 'vasileiosalevizos',
    memberId: 'ACoAADgY1ZMB6tbuwm5xv-MQF627vpTk11b30cg',
    name: 'Vasileios Alevizos',
    company: undefined,
    headlineStarts: 'Researcher.',
    location: 'Sweden',
  },
};

const OWN_PROFILES: Record<string, ProfileTruth> = {
  'linkedin/2026-sdui-topcard.html': {
    url: 'https://www.linkedin.com/in/noor-haddad-4b2a1/',
    slug: 'noor-haddad-4b2a1',
    memberId: 'ACoAAExampleNoorHaddad0001',
    name: 'Noor Haddad',
    company: 'Atlas Freight Example',
    headlineStarts: 'VP Operations',
    location: 'Lisbon, Lisbon, Portugal',
  },
};

const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD_URL = `${GMAIL}#inbox/FMfcgzQXJWDsKmvnRvDlxcBDhPCWvWlm`;

function expectProfile(signal: PageSignal | null, truth: ProfileTruth) {
  expect(signal).toMatchObject({ site: 'linkedin', view: 'profile' });
  expect(signal?.people).toHaveLength(1);
  const { headline, ...person } = signal!.people[0]!;
  expect(person).toEqual({
    role: 'profile',
    linkedinSlug: truth.slug,
    ...(truth.memberId ? { linkedinMemberId: truth.memberId } : {}),
    name: truth.name,
    ...(truth.company ? { company: truth.company } : {}),
    location: truth.location,
  });
  expect(headline?.startsWith(truth.headlineStarts)).toBe(true);
}

// The captures are whole saved pages (up to 1.8 MB): happy-dom takes seconds to parse and
// query one on a loaded machine, where Chromium takes milliseconds.
const WHOLE_PAGES = { timeout: 30_000 };

describe('every saved capture', WHOLE_PAGES, () => {
  it('is covered by this test', () => {
    const covered = [
      ...Object.keys(SHARED_PROFILES),
      'gmail/2014-12-inbox-list.html',
      'gmail/2026-thread-reduced.html',
    ].sort();
    const present = [
      ...listFixtures(CAPTURES, 'gmail'),
      ...listFixtures(CAPTURES, 'linkedin'),
    ].sort();
    expect(covered).toEqual(present);
  });

  describe.each(Object.entries(SHARED_PROFILES))('%s', (file, truth) => {
    const html = readFixture(CAPTURES, file);

    it('is the profile in the truth table', () => {
      expectProfile(detect(parseHtml(html), truth.url), truth);
    });

    it('is read in full with every class name scrambled', () => {
      const scrambled = parseHtml(html);
      scrambleClasses(scrambled);
      const signal = detect(scrambled, truth.url);
      expectProfile(signal, truth);
      // Every field as the page shows it, the whole headline included.
      expect(signal).toEqual(detect(parseHtml(html), truth.url));
    });

    it('reports nobody at the addresses of other views', () => {
      for (const url of [
        'https://www.linkedin.com/feed/',
        'https://www.linkedin.com/search/results/people/?keywords=x',
        'https://www.linkedin.com/company/linkedin/',
        'https://www.linkedin.com/messaging/thread/1/',
        `${truth.url.replace(/\/?$/, '/')}recent-activity/all/`,
      ]) {
        expect(detect(parseHtml(html), url)).toBeNull();
      }
    });
  });

  it('gmail/2014-12-inbox-list.html: an inbox list has nobody in focus', () => {
    const html = readFixture(CAPTURES, 'gmail/2014-12-inbox-list.html');
    expect(detect(parseHtml(html), `${GMAIL}#inbox`)).toBeNull();
    expect(detect(parseHtml(html), `${GMAIL}#search/twilio`)).toBeNull();
  });

  it('gmail/2026-thread-reduced.html: the other person of the thread, never the owner', () => {
    const html = readFixture(CAPTURES, 'gmail/2026-thread-reduced.html');
    expect(detect(parseHtml(html), `${GMAIL}#inbox/thread-f:1234567890`)).toEqual({
      site: 'gmail',
      view: 'thread',
      people: [{ role: 'from', email: 'alex@example.com', name: 'Alex Rivera' }],
      mailboxOwner: 'jane@example.com',
    });
  });

  it('gmail/2026-thread-reduced.html: nobody once the address is back on a list', () => {
    const html = readFixture(CAPTURES, 'gmail/2026-thread-reduced.html');
    for (const url of [`${GMAIL}#inbox`, `${GMAIL}#settings/general`, `${GMAIL}#label/x`]) {
      expect(detect(parseHtml(html), url)).toBeNull();
    }
  });

  it('a Gmail page served at a LinkedIn address, or elsewhere, is nobody', () => {
    const html = readFixture(CAPTURES, 'gmail/2026-thread-reduced.html');
    expect(detect(parseHtml(html), 'https://www.linkedin.com/in/alex/')).toEqual({
      site: 'linkedin',
      view: 'profile',
      people: [{ role: 'profile', linkedinSlug: 'alex' }],
    });
    expect(detect(parseHtml(html), 'https://example.com/mail/u/0/#inbox/thread-f:1')).toBeNull();
  });
});

describe("Rapport's own fixtures", () => {
  it('are all covered by this test', () => {
    expect(listFixtures(OWN_FIXTURES, 'linkedin').sort()).toEqual(
      [...Object.keys(OWN_PROFILES), ...MESSAGING_FIXTURES.map((f) => `linkedin/${f}`)].sort(),
    );
    expect(listFixtures(OWN_FIXTURES, 'gmail').sort()).toEqual(
      [
        'gmail/compose-inline-forward.html',
        'gmail/compose-inline-reply.html',
        'gmail/compose-new-message.html',
        'gmail/compose-popout.html',
        'gmail/compose-two-open.html',
        'gmail/thread-with-cc.html',
      ].sort(),
    );
  });

  it.each(Object.entries(OWN_PROFILES))('%s', (file, truth) => {
    expectProfile(detect(parseHtml(readFixture(OWN_FIXTURES, file)), truth.url), truth);
  });

  const gmail = (name: string) => readFixture(OWN_FIXTURES, `gmail/${name}`);

  it('a new-message dialog over the inbox', () => {
    expect(
      detect(parseHtml(gmail('compose-new-message.html')), `${GMAIL}#inbox?compose=new`),
    ).toEqual({
      site: 'gmail',
      view: 'compose',
      mailboxOwner: 'jane@example.com',
      people: [
        { role: 'to', email: 'alex@example.com', name: 'Alex Rivera' },
        { role: 'to', email: 'robin@example.com', name: 'Robin Park' },
        { role: 'cc', email: 'sam@example.com', name: 'Sam Lee' },
        { role: 'bcc', email: 'archive@example.com' },
      ],
      draft: {
        subject: 'Kickoff agenda for Tuesday',
        body: 'Hi Alex,\n\nHere is the agenda for Tuesday:\n1. Scope\n2. Budget and timeline\n\nBest,\nJane',
      },
    });
  });

  it('the same dialog still counts when the address has moved on to the list', () => {
    const signal = detect(parseHtml(gmail('compose-new-message.html')), `${GMAIL}#inbox`);
    expect(signal?.view).toBe('compose');
  });

  it('a popped-out compose window', () => {
    const signal = detect(parseHtml(gmail('compose-popout.html')), `${GMAIL}?view=cm&fs=1&tf=1`);
    expect(signal).toMatchObject({
      site: 'gmail',
      view: 'compose',
      mailboxOwner: 'jane@example.com',
      draft: { subject: 'Proposal: pilot in Q3' },
    });
    expect(signal?.people.map((p) => `${p.role}:${p.email}`)).toEqual([
      'to:priya@example.com',
      'to:o.brien@example.com',
      'to:lee.chen@example.com',
      'cc:finance@example.com',
    ]);
  });

  it('an inline reply with text in it counts over the thread around it', () => {
    expect(detect(parseHtml(gmail('compose-inline-reply.html')), THREAD_URL)).toEqual({
      site: 'gmail',
      view: 'compose',
      mailboxOwner: 'jane@example.com',
      people: [{ role: 'to', email: 'alex@example.com', name: 'Alex Rivera' }],
      draft: { subject: 'Pilot pricing', body: 'Thanks Alex, a 6-week pilot is €4,000.' },
    });
  });

  it('an untouched inline reply without focus leaves the thread in focus', () => {
    const doc = parseHtml(gmail('compose-inline-reply.html'));
    doc.querySelector('[role="textbox"]')!.textContent = '';
    expect(detect(doc, THREAD_URL)).toEqual({
      site: 'gmail',
      view: 'thread',
      mailboxOwner: 'jane@example.com',
      people: [
        { role: 'from', email: 'alex@example.com', name: 'Alex Rivera' },
        { role: 'participant', email: 'sam@example.com', name: 'Sam Lee' },
      ],
    });
  });

  it('an untouched inline reply with focus counts', () => {
    const doc = showPage(gmail('compose-inline-reply.html'));
    const body = doc.querySelector<HTMLElement>('[role="textbox"]')!;
    body.textContent = '';
    body.focus();
    expect(detect(doc, THREAD_URL)).toMatchObject({
      view: 'compose',
      draft: { subject: 'Pilot pricing', body: '' },
    });
  });

  it('an inline forward', () => {
    const url = `${GMAIL}#label/Clients/FMfcgzQXJWDsKmvnRvDlxcBDhPCWvWlm`;
    expect(detect(parseHtml(gmail('compose-inline-forward.html')), url)).toEqual({
      site: 'gmail',
      view: 'compose',
      mailboxOwner: 'jane@example.com',
      people: [{ role: 'to', email: 'morgan@example.com', name: 'Morgan Blake' }],
      draft: { subject: 'Fwd: Pilot pricing', body: 'Morgan, can you price this?' },
    });
  });

  it('two composes open: the focused one, else the last opened', () => {
    const url = `${GMAIL}#label/Clients?compose=new`;
    const doc = showPage(gmail('compose-two-open.html'));
    expect(detect(doc, url)?.people).toEqual([
      { role: 'to', email: 'sam@example.com', name: 'Sam Lee' },
    ]);
    doc.getElementById('older-body')!.focus();
    expect(detect(doc, url)).toEqual({
      site: 'gmail',
      view: 'compose',
      mailboxOwner: 'jane@example.com',
      people: [{ role: 'to', email: 'alex@example.com', name: 'Alex Rivera' }],
      draft: { subject: 'Pilot follow-up', body: 'Alex, following up on the pilot.' },
    });
  });

  it('a thread of three, owner from the account button', () => {
    const url = `${GMAIL}#search/pilot/FMfcgzQXJWDsKmvnRvDlxcBDhPCWvWlm`;
    expect(detect(parseHtml(gmail('thread-with-cc.html')), url)).toEqual({
      site: 'gmail',
      view: 'thread',
      mailboxOwner: 'jane@example.com',
      people: [
        { role: 'from', email: 'sam@example.com', name: 'Sam Lee' },
        { role: 'from', email: 'alex@example.com', name: 'Alex Rivera' },
        { role: 'participant', email: 'finance@example.com' },
      ],
    });
  });

  it('nobody on settings, contacts or an empty page', () => {
    expect(detect(parseHtml(gmail('thread-with-cc.html')), `${GMAIL}#settings/general`)).toBeNull();
    expect(detect(parseHtml('<title>Gmail</title>'), `${GMAIL}#inbox`)).toBeNull();
    expect(detect(parseHtml('<title>Gmail</title>'), THREAD_URL)).toBeNull();
    expect(detect(parseHtml(''), 'https://www.linkedin.com/feed/')).toBeNull();
  });
});

describe('hostile Gmail text', () => {
  it('keeps a huge, marked-up, disguised name and subject as plain, cut text', () => {
    const doc = parseHtml(readFixture(OWN_FIXTURES, 'gmail/compose-new-message.html'));
    const chip = doc.querySelector('[data-hovercard-id="alex@example.com"]')!;
    chip.setAttribute('data-name', `\u202e<b onmouseover=x>${'Z'.repeat(10_000)}`);
    chip.setAttribute('data-hovercard-id', 'Alex@Example.com\u200b');
    doc
      .querySelector('input[name="subjectbox"]')!
      .setAttribute('value', `${'S'.repeat(5000)}\u0000`);
    const signal = detect(doc, `${GMAIL}#inbox?compose=new`)!;
    const alex = signal.people.find((p) => p.email === 'alex@example.com')!;
    expect(alex.name).toBe(`<b onmouseover=x>${'Z'.repeat(200 - 17)}`);
    expect(signal.draft?.subject).toBe('S'.repeat(1000));
  });
});
