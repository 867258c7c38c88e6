// Detection end to end: the built extension in Debian's Chromium recognises the person on
// screen in Gmail and on LinkedIn through the ways each site navigates, and logs sent and
// received mail as touches for the people already in Rapport. The pages are Rapport's own
// fixtures and the real-page captures in tests/fixtures/captures, served at the sites' real
// addresses; what happens after load (a compose opening, a send, a hash change, LinkedIn's
// pushState and DOM swap) is done the way the sites do it. What the extension recorded is
// read back from the background's session storage and from its IndexedDB.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAB_SIGNAL_KEY_PREFIX, tabSignalKey } from '../../storage/tab-signal-key';
import type { Person, Touch } from '../../storage/schema';
import type { PagePerson, PageSignal } from '../../utils/messages';
import {
  eventually,
  launchRapport,
  OWN_FIXTURES,
  readStore,
  recordedSignal,
  ROOT,
  servePage,
  CAPTURES,
  tabIdOf,
  type Rapport,
} from './harness';
import { INBOX_HTML, installGmailBehaviour, openCompose } from './gmail-page';

interface Recorded {
  signal: PageSignal | null;
  url: string;
  at: number;
}

const OWNER = 'jane@example.com';

// People already in Rapport. Jane is the mailbox owner, added by mistake: she must never
// be reported as a person on screen nor get a touch for mail she sent or received.
const KNOWN = {
  alex: { id: 'e2e-alex', name: 'Alex Rivera', email: 'alex@example.com' },
  sam: { id: 'e2e-sam', name: 'Sam Lee', email: 'sam@example.com' },
  jane: { id: 'e2e-jane', name: 'Jane Doe', email: OWNER },
};

// --- Gmail --------------------------------------------------------------------------

const GMAIL_COMPOSE_ACCOUNT = 'https://mail.google.com/mail/u/0/';
const GMAIL_INBOX_URL = `${GMAIL_COMPOSE_ACCOUNT}#inbox`;
const GMAIL_THREAD_ACCOUNT = 'https://mail.google.com/mail/u/1/';
const GMAIL_THREAD_URL = `${GMAIL_THREAD_ACCOUNT}#inbox/thread-f:1234567890`;

const REPLY_FIXTURE = readFileSync(
  path.join(OWN_FIXTURES, 'gmail/compose-inline-reply.html'),
  'utf8',
);
const REPLY_CONTAINER = '<div class="adB">';
// The conversation before the rep clicks Reply: the fixture without its reply container.
const REPLY_THREAD_HTML =
  REPLY_FIXTURE.slice(0, REPLY_FIXTURE.indexOf(REPLY_CONTAINER)) +
  REPLY_FIXTURE.slice(REPLY_FIXTURE.lastIndexOf('\n  </div>\n</div>\n</body>'));
const GMAIL_REPLY_ACCOUNT = 'https://mail.google.com/mail/u/2/';
const GMAIL_REPLY_URL = `${GMAIL_REPLY_ACCOUNT}#inbox/FMfcgzQXJWDsKmvnRvDlxcBDhPCWvWlm`;

/** The compose fixture's recipients as detected: the owner (Bcc) left out, Alex once. */
const COMPOSE_PEOPLE: PagePerson[] = [
  { role: 'to', email: 'alex@example.com', name: 'Alex Rivera' },
  { role: 'to', email: 'robin@example.com', name: 'Robin Park' },
  { role: 'cc', email: 'sam@example.com', name: 'Sam Lee' },
  { role: 'bcc', email: 'archive@example.com' },
];

// --- LinkedIn -----------------------------------------------------------------------

const LINKEDIN = 'https://www.linkedin.com';
const FEED_URL = `${LINKEDIN}/feed/`;

interface ProfileTruth {
  fixture: string;
  path: string;
  slug: string;
  /** The member id the page carries in its own markup (logged-in layouts). */
  memberId?: string;
  name: string;
  headlineStarts: string;
  company?: string;
  location: string;
}

// From the truth table of tests/fixtures/captures/README.md and the own 2026 fixture's comment.
const EDUARDO: ProfileTruth = {
  fixture: path.join(CAPTURES, 'linkedin/2024-07-profile-a.html'),
  path: '/in/eduardo-alvarez-nowak/',
  slug: 'eduardo-alvarez-nowak',
  memberId: 'ACoAABS9BdoBSJFfAvbRCM0dr7lB5Eggww93Ld0',
  name: 'Eduardo Alvarez Nowak',
  headlineStarts: 'Tech Education Lead',
  company: 'Novare Potential',
  location: 'Greater Stockholm Metropolitan Area',
};
const SRI: ProfileTruth = {
  fixture: path.join(CAPTURES, 'linkedin/2024-07-profile-b.html'),
  path: '/in/sri-lalitha-jeevanige-35520a61/',
  slug: 'sri-lalitha-jeevanige-35520a61',
  memberId: 'ACoAAA0F7XEB2QTb85ndHh9ocVhy77BFAeJ_jbA',
  name: 'Sri Lalitha Jeevanige',
  headlineStarts: 'SAFe certified Scrum Master',
  company: 'Swedbank',
  location: 'Stockholm, Stockholm County, Sweden',
};
const VASILEIOS: ProfileTruth = {
  fixture: path.join(CAPTURES, 'linkedin/2024-08-profile-private.html'),
  path: '/in/vasileiosalevizos/',
  slug: 'vasileiosalevizos',
  memberId: 'ACoAADgY1ZMB6tbuwm5xv-MQF627vpTk11b30cg',
  name: 'Vasileios Alevizos',
  headlineStarts: 'Researcher.',
  location: 'Sweden',
};
// Rapport's demo page (npm start), in the 2024 logged-in shape with no contact-info link.
const MAYA: ProfileTruth = {
  fixture: path.join(ROOT, 'scripts/demo/pages/linkedin-profile.html'),
  path: '/in/maya-lindqvist-demo/',
  slug: 'maya-lindqvist-demo',
  name: 'Maya Lindqvist',
  headlineStarts: 'Head of Operations at Northwind Logistics',
  company: 'Northwind Logistics',
  location: 'Gothenburg, Västra Götaland County, Sweden',
};
const AUSTIN: ProfileTruth = {
  fixture: path.join(CAPTURES, 'linkedin/2022-03-profile-a.html'),
  path: '/in/austinoboyle/',
  slug: 'austinoboyle',
  memberId: 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ',
  name: "Austin O'Boyle",
  headlineStarts: 'Software Engineer at Google',
  company: 'Google',
  location: 'Palo Alto, California, United States',
};
const NOOR: ProfileTruth = {
  fixture: path.join(OWN_FIXTURES, 'linkedin/2026-sdui-topcard.html'),
  path: '/in/noor-haddad-4b2a1/',
  slug: 'noor-haddad-4b2a1',
  memberId: 'ACoAAExampleNoorHaddad0001',
  name: 'Noor Haddad',
  headlineStarts: 'VP Operations',
  company: 'Atlas Freight Example',
  location: 'Lisbon, Lisbon, Portugal',
};

// A LinkedIn feed, reduced to what matters here: the viewer's own identity card in the left
// rail (their name linked to their profile, as on the 2024 feed) and a post by someone else.
const FEED_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Feed | LinkedIn</title></head>
<body>
<header><nav aria-label="Primary"><a href="${LINKEDIN}/feed/">Home</a>
  <a href="${LINKEDIN}/in/pat-viewer-9z/">Me</a></nav></header>
<main class="scaffold-layout__main">
  <aside aria-label="Your profile"><section class="artdeco-card">
    <a href="${LINKEDIN}/in/pat-viewer-9z/"><h3 class="t-16">Pat Viewer</h3></a>
    <p class="t-12">Head of Sales at Rapport Example</p>
  </section></aside>
  <h2 class="visually-hidden">Feed post number 1</h2>
  <article><a href="${LINKEDIN}/in/noor-haddad-4b2a1/"><span>Noor Haddad</span></a>
    <p>We are hiring in Lisbon.</p></article>
</main>
</body></html>`;

/** LinkedIn's router: the address changes first (pushState), the page is re-rendered later. */
async function pushState(page: Page, to: string) {
  await page.evaluate((url) => history.pushState({}, '', url), to);
}

/** LinkedIn re-rendering the page for the new address: the body swapped, the title set. */
async function renderPage(page: Page, html: string) {
  await page.evaluate((source) => {
    const next = new DOMParser().parseFromString(source, 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
  }, html);
}

function expectProfile(recorded: Recorded | null, truth: ProfileTruth) {
  expect(recorded?.url).toBe(`${LINKEDIN}${truth.path}`);
  expect(recorded?.signal).toMatchObject({ site: 'linkedin', view: 'profile' });
  expect(recorded?.signal?.people).toHaveLength(1);
  const { headline, ...person } = recorded!.signal!.people[0]!;
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

/** The fields of `previous` that show up in any person of `signal`. */
function leakedFields(signal: PageSignal | null, previous: ProfileTruth): string[] {
  const values = [previous.name, previous.company, previous.location].filter(Boolean);
  return (signal?.people ?? []).flatMap((p) =>
    [p.name, p.company, p.location, p.headline].filter(
      (v): v is string => !!v && (values.includes(v) || v.startsWith(previous.headlineStarts)),
    ),
  );
}

// --- The extension's records ----------------------------------------------------------

const touches = (rapport: Rapport) => readStore<Touch>(rapport, 'touches');

/** Every value the background wrote for a tab's signal since the recorder was installed. */
async function signalHistory(rapport: Rapport, tabId: number): Promise<(Recorded | null)[]> {
  return rapport.worker.evaluate((key) => {
    const log = (globalThis as { __rapportE2eSignals?: { key: string; value: unknown }[] })
      .__rapportE2eSignals;
    if (!log) throw new Error('the signal recorder is gone: the service worker restarted');
    return log.filter((entry) => entry.key === key).map((entry) => entry.value as Recorded | null);
  }, tabSignalKey(tabId));
}

async function installSignalRecorder(rapport: Rapport) {
  await rapport.worker.evaluate((prefix) => {
    const log: { key: string; value: unknown }[] = [];
    (globalThis as { __rapportE2eSignals?: typeof log }).__rapportE2eSignals = log;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (area !== 'session') return;
      for (const [key, change] of Object.entries(changes)) {
        if (key.startsWith(prefix)) log.push({ key, value: change.newValue ?? null });
      }
    });
  }, TAB_SIGNAL_KEY_PREFIX);
}

/** Adds the known people through the options page's import, as a rep restoring a backup. */
async function seedPeople(rapport: Rapport) {
  const now = Date.now();
  const people: Person[] = Object.values(KNOWN).map((p) => ({
    id: p.id,
    name: p.name,
    emails: [p.email],
    consent: 'unknown',
    tags: [],
    createdAt: now,
    updatedAt: now,
  }));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rapport-e2e-')), 'people.json');
  writeFileSync(
    file,
    JSON.stringify({ format: 'rapport-backup', version: 1, exportedAt: now, people, notes: [] }),
  );
  const options = await rapport.openExtensionPage('options.html');
  await options.getByLabel('Import a Rapport backup').setInputFiles(file);
  await options.getByRole('button', { name: 'Import', exact: true }).click();
  await options.getByText(/Imported/).waitFor();
  await options.close();
}

async function signalOf(rapport: Rapport, tabId: number): Promise<Recorded | null> {
  return (await recordedSignal(rapport, tabId)) as Recorded | null;
}

function waitForSignal(
  rapport: Rapport,
  tabId: number,
  accept: (recorded: Recorded | null) => boolean,
  what: string,
): Promise<Recorded | null> {
  return eventually(() => signalOf(rapport, tabId), accept, what, 20_000);
}

// --- The tests ------------------------------------------------------------------------

describe('detection in Chromium with the built extension', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport();
    // Nothing leaves the machine: every address not served below fails at once. Routes
    // added later take precedence over this one.
    await rapport.context.route(/^https?:\/\//, (route) => route.abort());
    await installSignalRecorder(rapport);
    await seedPeople(rapport);
    expect((await readStore<Person>(rapport, 'people')).map((p) => p.id).sort()).toEqual(
      Object.values(KNOWN)
        .map((p) => p.id)
        .sort(),
    );
  });
  afterAll(async () => rapport?.close());

  describe('Gmail compose', () => {
    let page: Page;
    let tabId: number;

    beforeAll(async () => {
      await rapport.context.route(GMAIL_COMPOSE_ACCOUNT, (route) =>
        route.fulfill({ body: INBOX_HTML, contentType: 'text/html; charset=utf-8' }),
      );
      page = await rapport.context.newPage();
      await page.goto(GMAIL_INBOX_URL);
      await page.evaluate(installGmailBehaviour);
      tabId = await tabIdOf(rapport, GMAIL_INBOX_URL);
    });
    afterAll(async () => page?.close());

    it('records nobody for the inbox, then the recipients of a compose opened after load', async () => {
      expect(await signalOf(rapport, tabId)).toMatchObject({ url: GMAIL_INBOX_URL, signal: null });

      await openCompose(page, 'Kickoff agenda for Tuesday');
      const recorded = await waitForSignal(
        rapport,
        tabId,
        (r) =>
          r?.signal?.view === 'compose' && r.signal.draft?.subject === 'Kickoff agenda for Tuesday',
        'the compose signal',
      );
      expect(recorded?.url).toBe(`${GMAIL_COMPOSE_ACCOUNT}#inbox?compose=new`);
      expect(recorded?.signal).toMatchObject({
        site: 'gmail',
        view: 'compose',
        mailboxOwner: OWNER,
        people: COMPOSE_PEOPLE,
      });
      expect(recorded?.signal?.draft?.body).toMatch(/^Hi Alex,\n/);
    });

    it('updates the draft in the recorded signal as the rep types in the body', async () => {
      const body = page.getByRole('dialog').getByRole('textbox', { name: 'Message Body' });
      await body.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await body.pressSequentially('Shall we add a budget line?');
      const recorded = await waitForSignal(
        rapport,
        tabId,
        (r) => !!r?.signal?.draft?.body.endsWith('Shall we add a budget line?'),
        'the typed text in the draft',
      );
      expect(recorded?.signal).toMatchObject({ view: 'compose', people: COMPOSE_PEOPLE });
      expect(recorded?.signal?.draft?.body).toMatch(/^Hi Alex,\n[\s\S]*Best,\nJane\n/);
      expect(recorded?.signal?.draft?.subject).toBe('Kickoff agenda for Tuesday');
    });

    it('logs each send once per known recipient, whichever way the rep sends', async () => {
      const sentTouches = async (subject: string) =>
        (await touches(rapport)).filter((t) => t.direction === 'out' && t.subject === subject);
      const waitForSend = (subject: string) =>
        eventually(
          () => sentTouches(subject),
          (list) => list.length >= 2,
          `the touches of "${subject}"`,
          20_000,
        );

      // 1. The Send button, in the compose opened above (Gmail closes it as it sends).
      const first = page.getByRole('dialog');
      await first.getByRole('button', { name: /^Send/ }).click();
      await waitForSend('Kickoff agenda for Tuesday');
      await first.waitFor({ state: 'detached' });

      // 2. Ctrl+Enter in the body of a new compose.
      const second = await openCompose(page, 'Sent with the keyboard');
      await second.getByRole('textbox', { name: 'Message Body' }).click();
      await page.keyboard.press('Control+Enter');
      await waitForSend('Sent with the keyboard');

      // 3. A double click on Send while Gmail is slow to close the compose.
      const third = await openCompose(page, 'Double-clicked', { slow: true });
      await third.getByRole('button', { name: /^Send/ }).dblclick();
      await waitForSend('Double-clicked');
      // Gmail's Discard button is an icon this text-only fixture leaves without a size.
      await third.getByRole('button', { name: /^Discard/ }).dispatchEvent('click');
      await third.waitFor({ state: 'detached' });

      // A page script's synthetic click on Send, and its synthetic Ctrl+Enter: Gmail sends,
      // but the rep did neither, so neither is logged.
      const forged = await openCompose(page, 'Sent by a page script');
      await forged
        .getByRole('textbox', { name: 'Message Body' })
        .evaluate((body) =>
          body.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
          ),
        );
      await forged.waitFor({ state: 'detached' });
      const clicked = await openCompose(page, 'Clicked by a page script');
      await clicked.getByRole('button', { name: /^Send/ }).dispatchEvent('click');
      await clicked.waitFor({ state: 'detached' });

      // 4. Enter on the focused Send button (keyboard users tab to it).
      const fourth = await openCompose(page, 'Sent from the focused button');
      await fourth.getByRole('button', { name: /^Send/ }).focus();
      await page.keyboard.press('Enter');
      await waitForSend('Sent from the focused button');

      // The last send's touches are written after anything the earlier ones could still
      // cause, so the counts below are final.
      const subjects = [
        'Kickoff agenda for Tuesday',
        'Sent with the keyboard',
        'Double-clicked',
        'Sent from the focused button',
      ];
      const all = await touches(rapport);
      const sent = all.filter((t) => t.direction === 'out');
      for (const subject of subjects) {
        const ofSend = sent.filter((t) => t.subject === subject);
        expect(ofSend.map((t) => t.personId).sort(), subject).toEqual([
          KNOWN.alex.id,
          KNOWN.sam.id,
        ]);
        expect(
          ofSend.every((t) => t.channel === 'email'),
          subject,
        ).toBe(true);
        expect(new Set(ofSend.map((t) => t.externalId)).size, subject).toBe(2);
      }
      expect(sent).toHaveLength(subjects.length * 2);
      expect(sent.filter((t) => /page script/.test(t.subject ?? ''))).toEqual([]);
      // The mailbox owner gets no touch for mail she sent; unknown recipients are not added.
      expect(all.filter((t) => t.personId === KNOWN.jane.id)).toEqual([]);
      expect(await readStore<Person>(rapport, 'people')).toHaveLength(Object.keys(KNOWN).length);
    });

    it('never reported the mailbox owner as a person', async () => {
      const history = await signalHistory(rapport, tabId);
      expect(history.filter((r) => r?.signal?.view === 'compose').length).toBeGreaterThan(0);
      for (const recorded of history) {
        expect(recorded?.signal?.people.map((p) => p.email) ?? []).not.toContain(OWNER);
        if (recorded?.signal) expect(recorded.signal.mailboxOwner).toBe(OWNER);
      }
    });
  });

  describe('Gmail thread', () => {
    let page: Page;
    let tabId: number;

    beforeAll(async () => {
      await servePage(
        rapport.context,
        GMAIL_THREAD_ACCOUNT,
        path.join(CAPTURES, 'gmail/2026-thread-reduced.html'),
      );
      page = await rapport.context.newPage();
    });
    afterAll(async () => page?.close());

    it('logs each inbound message from a known person once, however often the thread is opened', async () => {
      const inbound = async () => (await touches(rapport)).filter((t) => t.direction === 'in');
      await page.goto(GMAIL_THREAD_URL);
      tabId = await tabIdOf(rapport, GMAIL_THREAD_URL);
      const recorded = await waitForSignal(
        rapport,
        tabId,
        (r) => r?.signal?.view === 'thread',
        'the thread signal',
      );
      expect(recorded?.signal).toEqual({
        site: 'gmail',
        view: 'thread',
        mailboxOwner: OWNER,
        people: [{ role: 'from', email: 'alex@example.com', name: 'Alex Rivera' }],
      });
      // Alex wrote messages 1, 3 and 5 of the six; Jane, the owner, the others.
      const first = await eventually(inbound, (list) => list.length >= 3, 'the inbound touches');
      const expectedAt = await page.evaluate(() => [
        new Date(2026, 4, 13, 23, 2).getTime(),
        new Date(2026, 4, 14, 14, 40).getTime(),
        new Date(2026, 4, 15, 11, 30).getTime(),
      ]);
      expect(
        first.map((t) => ({ personId: t.personId, at: t.at, externalId: t.externalId })),
      ).toEqual(
        expect.arrayContaining([
          { personId: KNOWN.alex.id, at: expectedAt[0], externalId: 'gmail:msg-f:1000000000001' },
          { personId: KNOWN.alex.id, at: expectedAt[1], externalId: 'gmail:msg-f:1000000000003' },
          { personId: KNOWN.alex.id, at: expectedAt[2], externalId: 'gmail:msg-f:1000000000005' },
        ]),
      );

      // Back to the inbox and into the thread again: Gmail swaps the main view's content.
      await page.evaluate(() => {
        const main = document.querySelector('[role="main"]')!;
        const thread = [...main.childNodes];
        const inbox = new DOMParser().parseFromString(
          '<table><tbody><tr class="zA"><td><span email="alex@example.com" name="Alex Rivera">' +
            'Alex Rivera</span></td><td>Project kickoff</td></tr></tbody></table>',
          'text/html',
        ).body.firstElementChild!;
        window.addEventListener('hashchange', () => {
          // Gmail renders the conversation anew each time it is opened.
          if (location.hash.startsWith('#inbox/'))
            main.replaceChildren(...thread.map((node) => node.cloneNode(true)));
          else main.replaceChildren(document.importNode(inbox, true));
        });
        location.hash = '#inbox';
      });
      await waitForSignal(
        rapport,
        tabId,
        (r) => r?.url === `${GMAIL_THREAD_ACCOUNT}#inbox` && r.signal === null,
        'nobody in focus in the inbox',
      );
      await page.evaluate((hash) => (location.hash = hash), new URL(GMAIL_THREAD_URL).hash);
      await waitForSignal(
        rapport,
        tabId,
        (r) => r?.url === GMAIL_THREAD_URL && r.signal?.view === 'thread',
        'the thread again',
      );

      // And opened afresh, as after a reload: the content script starts over.
      await page.reload();
      await page.locator('[data-message-id]').first().waitFor();

      // A new reply from Alex arrives in the open thread. Its touch is written in the same
      // batch as the thread's earlier messages, so once it is there, they were all seen.
      await page.evaluate(() => {
        const messages = document.querySelectorAll('[data-message-id]');
        const reply = messages[0]!.cloneNode(true) as Element;
        reply.setAttribute('data-message-id', '#msg-f:1000000000007');
        reply.querySelector('[title]')!.setAttribute('title', 'May 16, 2026, 10:30 AM');
        messages[messages.length - 1]!.after(reply);
      });
      const all = await eventually(
        inbound,
        (list) => list.some((t) => t.externalId === 'gmail:msg-f:1000000000007'),
        'the touch of the new reply',
      );
      expect(all.map((t) => t.externalId).sort()).toEqual([
        'gmail:msg-f:1000000000001',
        'gmail:msg-f:1000000000003',
        'gmail:msg-f:1000000000005',
        'gmail:msg-f:1000000000007',
      ]);
      expect(all.every((t) => t.personId === KNOWN.alex.id && t.channel === 'email')).toBe(true);
      // The messages Jane sent (2, 4 and 6) are outbound touches of Alex, whom she wrote to;
      // never touches of Jane herself.
      const fromJane = (await touches(rapport)).filter(
        (t) => t.direction === 'out' && t.externalId?.startsWith('gmail:'),
      );
      expect(fromJane.map((t) => [t.personId, t.at, t.externalId]).sort()).toEqual(
        await page.evaluate(
          (alex) => [
            [alex, new Date(2026, 4, 14, 9, 15).getTime(), `gmail:msg-f:1000000000002:${alex}`],
            [alex, new Date(2026, 4, 15, 8, 5).getTime(), `gmail:msg-f:1000000000004:${alex}`],
            [alex, new Date(2026, 4, 15, 12, 0).getTime(), `gmail:msg-f:1000000000006:${alex}`],
          ],
          KNOWN.alex.id,
        ),
      );
      expect((await touches(rapport)).filter((t) => t.personId === KNOWN.jane.id)).toEqual([]);

      const history = await signalHistory(rapport, tabId);
      expect(history.filter((r) => r?.signal?.view === 'thread').length).toBeGreaterThan(0);
      for (const r of history) {
        expect(r?.signal?.people.map((p) => p.email) ?? []).not.toContain(OWNER);
      }
    });
  });

  describe('Gmail inline reply', () => {
    let page: Page;

    beforeAll(async () => {
      await rapport.context.route(GMAIL_REPLY_ACCOUNT, (route) =>
        route.fulfill({ body: REPLY_THREAD_HTML, contentType: 'text/html; charset=utf-8' }),
      );
      page = await rapport.context.newPage();
    });
    afterAll(async () => page?.close());

    it('follows the rep from the thread into a reply, and logs the reply when sent', async () => {
      await page.goto(GMAIL_REPLY_URL);
      await page.evaluate(installGmailBehaviour);
      const tabId = await tabIdOf(rapport, GMAIL_REPLY_URL);
      const thread = await waitForSignal(
        rapport,
        tabId,
        (r) => r?.signal?.view === 'thread',
        'the thread signal',
      );
      expect(thread?.signal?.people).toEqual([
        { role: 'from', email: 'alex@example.com', name: 'Alex Rivera' },
        { role: 'participant', email: 'sam@example.com', name: 'Sam Lee' },
      ]);

      // The rep clicks Reply: Gmail inserts the reply form under the last message.
      await page.evaluate((html) => {
        const reply = new DOMParser().parseFromString(html, 'text/html').querySelector('.adB');
        if (!reply) throw new Error('the reply fixture has no reply container');
        const messages = document.querySelectorAll('[data-message-id]');
        messages[messages.length - 1]!.append(document.adoptNode(reply));
      }, REPLY_FIXTURE);
      const body = page.getByRole('region', { name: 'Reply' }).getByRole('textbox', {
        name: 'Message Body',
      });
      await body.click();
      await page.keyboard.press('Control+Home');
      await body.pressSequentially('Hi Alex. ');
      const compose = await waitForSignal(
        rapport,
        tabId,
        (r) => !!r?.signal?.draft?.body.startsWith('Hi Alex. Thanks Alex'),
        'the reply in focus',
      );
      expect(compose?.url).toBe(GMAIL_REPLY_URL);
      expect(compose?.signal).toEqual({
        site: 'gmail',
        view: 'compose',
        mailboxOwner: OWNER,
        people: [{ role: 'to', email: 'alex@example.com', name: 'Alex Rivera' }],
        // The subject is the conversation's; Gmail's quoted history is not the draft.
        draft: {
          subject: 'Pilot pricing',
          body: 'Hi Alex. Thanks Alex, a 6-week pilot is €4,000.',
        },
      });

      await page.keyboard.press('Control+Enter');
      await page.locator('.M9').waitFor({ state: 'detached' });
      const sent = await eventually(
        async () =>
          (await touches(rapport)).filter(
            (t) =>
              t.direction === 'out' &&
              t.subject === 'Pilot pricing' &&
              !!t.externalId?.startsWith('sent:'),
          ),
        (list) => list.length > 0,
        'the reply touch',
      );
      expect(sent.map((t) => [t.personId, t.subject])).toEqual([[KNOWN.alex.id, 'Pilot pricing']]);
      // Jane's own earlier message in the thread (sent before, from anywhere) is Alex's too.
      const earlier = await eventually(
        async () =>
          (await touches(rapport)).filter(
            (t) => t.externalId === `gmail:msg-f:1800000000000000002:${KNOWN.alex.id}`,
          ),
        (list) => list.length > 0,
        'the touch of the message Jane sent earlier',
      );
      expect(earlier.map((t) => [t.direction, t.at])).toEqual([
        ['out', await page.evaluate(() => new Date(2026, 10, 3, 14, 30).getTime())],
      ]);
      // Back in the thread once the reply is gone; Alex's message there is logged as inbound.
      await waitForSignal(rapport, tabId, (r) => r?.signal?.view === 'thread', 'the thread again');
      const inbound = (await touches(rapport)).filter(
        (t) => t.externalId === 'gmail:msg-f:1800000000000000001',
      );
      expect(inbound.map((t) => [t.personId, t.direction])).toEqual([[KNOWN.alex.id, 'in']]);
    });
  });

  describe('LinkedIn single-page navigation', () => {
    let page: Page;

    beforeAll(async () => {
      for (const truth of [EDUARDO, SRI, VASILEIOS, MAYA, AUSTIN, NOOR]) {
        await servePage(rapport.context, `${LINKEDIN}${truth.path}`, truth.fixture);
      }
      await rapport.context.route(FEED_URL, (route) =>
        route.fulfill({ body: FEED_HTML, contentType: 'text/html; charset=utf-8' }),
      );
      page = await rapport.context.newPage();
    });
    afterAll(async () => page?.close());

    /**
     * Loads the first profile, then moves to each next one as LinkedIn does: the address
     * changes and the signal must drop the previous person's fields while the page still
     * shows them; once the page is re-rendered, the signal shows the new person.
     */
    async function walk(route: ProfileTruth[]) {
      const [start, ...rest] = route as [ProfileTruth, ...ProfileTruth[]];
      const startUrl = `${LINKEDIN}${start.path}`;
      await page.goto(startUrl);
      const tabId = await tabIdOf(rapport, startUrl);
      expectProfile(
        await waitForSignal(
          rapport,
          tabId,
          (r) => r?.url === startUrl && !!r.signal?.people[0]?.name,
          start.name,
        ),
        start,
      );
      let previous = start;
      for (const next of rest) {
        const url = `${LINKEDIN}${next.path}`;
        await pushState(page, url);
        // The page still shows the previous profile: the new slug alone, nothing else.
        const changing = await waitForSignal(
          rapport,
          tabId,
          (r) => r?.url === url,
          `the address of ${next.name}`,
        );
        expect(changing?.signal?.people).toEqual([{ role: 'profile', linkedinSlug: next.slug }]);
        await renderPage(page, readFileSync(next.fixture, 'utf8'));
        expectProfile(
          await waitForSignal(
            rapport,
            tabId,
            (r) => r?.url === url && !!r.signal?.people[0]?.name,
            next.name,
          ),
          next,
        );
        const underNewSlug = (await signalHistory(rapport, tabId)).filter(
          (r) => r?.signal?.people[0]?.linkedinSlug === next.slug,
        );
        expect(underNewSlug.length).toBeGreaterThan(0);
        for (const r of underNewSlug) expect(leakedFields(r!.signal, previous)).toEqual([]);
        previous = next;
      }
    }

    it('moves from one 2024 profile to another, on to a private one and to the demo page', async () => {
      await walk([EDUARDO, SRI, VASILEIOS, MAYA]);
    });

    it('moves between the 2022 layout and the 2026 layout both ways', async () => {
      await walk([AUSTIN, NOOR, AUSTIN]);
    });

    it('goes from the feed (nobody in focus) to a profile', async () => {
      await page.goto(FEED_URL);
      const tabId = await tabIdOf(rapport, FEED_URL);
      expect(await signalOf(rapport, tabId)).toMatchObject({ url: FEED_URL, signal: null });

      // The rep clicks the post's author: LinkedIn's router pushes the address, renders later.
      await page.evaluate(() => {
        document.addEventListener('click', (event) => {
          const link = (event.target as Element).closest('a');
          if (!link) return;
          event.preventDefault();
          history.pushState({}, '', link.href);
        });
      });
      await page.getByRole('link', { name: 'Noor Haddad' }).click();
      const url = `${LINKEDIN}${NOOR.path}`;
      const changing = await waitForSignal(rapport, tabId, (r) => r?.url === url, 'the address');
      expect(changing?.signal?.people).toEqual([{ role: 'profile', linkedinSlug: NOOR.slug }]);
      await renderPage(page, readFileSync(NOOR.fixture, 'utf8'));
      expectProfile(
        await waitForSignal(
          rapport,
          tabId,
          (r) => r?.url === url && !!r.signal?.people[0]?.name,
          NOOR.name,
        ),
        NOOR,
      );
      for (const r of await signalHistory(rapport, tabId)) {
        const names = r?.signal?.people.map((p) => p.name) ?? [];
        expect(names).not.toContain('Pat Viewer');
      }
    });
  });
});
