import { describe, expect, it, vi } from 'vitest';
import { readPanelRequest } from '@/storage/panel-request';
import { addPerson, findPersonByMemberId } from '@/storage/people';
import { readTabSignal } from '@/storage/tab-signals';
import { touchesFor } from '@/storage/touches';
import { routeMessage, type RouterDeps } from '@/utils/background/router';
import { MAX_SENDS_PER_TAB_PER_MINUTE, sendRateLimit } from '@/utils/background/send-rate';
import { freshDatabase } from '../../helpers/db';

const OWN_ID = 'rapport-id';
const OWN_ORIGIN = 'chrome-extension://rapport-id/';
const gmailTab = {
  id: OWN_ID,
  url: 'https://mail.google.com/mail/u/0/#inbox',
  origin: 'https://mail.google.com',
  frameId: 0,
  tab: { id: 7 },
};
const linkedinTab = {
  id: OWN_ID,
  url: 'https://www.linkedin.com/feed/',
  origin: 'https://www.linkedin.com',
  frameId: 0,
  tab: { id: 8 },
};
const NOOR_ID = 'ACoAAExampleNoorHaddad0001';
const NOW = Date.UTC(2026, 11, 2, 9);

function deps(overrides: Partial<RouterDeps> = {}): RouterDeps {
  const db = freshDatabase();
  return {
    db: () => db,
    ownId: OWN_ID,
    ownOrigin: OWN_ORIGIN,
    now: () => NOW,
    mayLogSend: sendRateLimit(),
    openSidePanel: vi.fn(async () => undefined),
    bindSidePanel: vi.fn(async () => undefined),
    badgeState: vi.fn(async () => ({ known: false, noteCount: 0, level: 'unknown' as const })),
    refreshMenuTitle: vi.fn(async () => undefined),
    followUpsChanged: vi.fn(async () => undefined),
    ...overrides,
  };
}

describe('routeMessage', () => {
  it('records a content script’s page signal for its tab', async () => {
    const d = deps();
    const signal = {
      site: 'gmail',
      view: 'compose',
      people: [{ role: 'to', email: 'a@example.com' }],
    };
    await routeMessage({ type: 'page-signal', signal }, gmailTab, d);
    expect(await readTabSignal(7)).toEqual({ signal, url: gmailTab.url, at: NOW });
    expect(d.bindSidePanel).toHaveBeenCalledWith(7);
  });

  it('records the address the content script read its signal at, on the sender’s origin only', async () => {
    // Chrome's sender.url stays at the address the document loaded with after pushState or a
    // hash change; the content script's own address is kept when it is on the same origin.
    const d = deps();
    const thread = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvnRvDlxcBDhPCWvWlm';
    await routeMessage({ type: 'page-signal', signal: null, url: thread }, gmailTab, d);
    expect((await readTabSignal(7))?.url).toBe(thread);
    for (const claimed of ['https://evil.example/mail/u/0/', 'javascript:alert(1)', 'not a url']) {
      await routeMessage({ type: 'page-signal', signal: null, url: thread }, gmailTab, d);
      await routeMessage({ type: 'page-signal', signal: null, url: claimed }, gmailTab, d);
      expect((await readTabSignal(7))?.url).toBe(gmailTab.url);
    }
  });

  it('drops, without throwing or answering, malformed messages and foreign senders', async () => {
    const d = deps();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cases: Array<[unknown, unknown]> = [
      [{ type: 'page-signal', signal: { site: 'gmail' } }, gmailTab],
      [{ type: 'open-side-panel' }, { id: 'another-extension', url: gmailTab.url, tab: { id: 7 } }],
      [{ type: 'open-side-panel' }, { id: OWN_ID, url: 'https://evil.example/', tab: { id: 7 } }],
      [{ type: 'open-side-panel' }, undefined],
      [Object.create(null), gmailTab],
      [{ type: 'email-sent', recipients: ['x@example.com'] }, gmailTab],
    ];
    for (const [message, sender] of cases) {
      expect(routeMessage(message, sender as never, d)).toBeUndefined();
    }
    expect(d.openSidePanel).not.toHaveBeenCalled();
    expect(await readTabSignal(7)).toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it('logs a sent email once for each known recipient, and keeps the rest for later', async () => {
    const d = deps();
    const db = d.db();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] });
    const message = {
      type: 'email-sent',
      sendId: 'send-1',
      recipients: ['Alex@example.com', 'stranger@example.com'],
      subject: 'Case study',
      at: NOW - 5000,
    };
    expect(await routeMessage(message, gmailTab, d)).toEqual({ logged: [alex.id] });
    await routeMessage(message, gmailTab, d);
    const touches = await touchesFor(db, alex.id);
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({
      channel: 'email',
      direction: 'out',
      at: NOW - 5000,
      subject: 'Case study',
    });
    // The stranger is not added, but the send is remembered for when they are.
    expect(await db.people.count()).toBe(1);
    expect(await db.unattachedTouches.toArray()).toEqual([
      expect.objectContaining({ identity: 'email:stranger@example.com', direction: 'out' }),
    ]);
  });

  it('logs each thread message from a known person once, dated by the message', async () => {
    const d = deps();
    const db = d.db();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] });
    const message = {
      type: 'thread-messages',
      messages: [
        { messageId: 'm1', fromEmail: 'alex@example.com', at: 111, subject: 'Hi' },
        { messageId: 'm2', fromEmail: 'someone@example.com', at: 222 },
      ],
    };
    await routeMessage(message, gmailTab, d);
    await routeMessage(message, gmailTab, d);
    expect((await touchesFor(db, alex.id)).map((t) => [t.direction, t.at])).toEqual([['in', 111]]);
  });

  it('dates a message the page says is in the future no later than now', async () => {
    const d = deps();
    const db = d.db();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] });
    const message = {
      type: 'thread-messages',
      messages: [{ messageId: 'm1', fromEmail: 'alex@example.com', at: 9e15 }],
    };
    expect(await routeMessage(message, gmailTab, d)).toEqual({ logged: 1 });
    expect((await touchesFor(db, alex.id)).map((t) => t.at)).toEqual([NOW]);
    expect((await db.people.get(alex.id))?.updatedAt).toBe(NOW);
    const sent = { type: 'email-sent', sendId: 's', recipients: ['alex@example.com'], subject: '' };
    await routeMessage({ ...sent, at: NOW + 1e12 }, gmailTab, d);
    expect((await touchesFor(db, alex.id)).map((t) => t.at)).toEqual([NOW, NOW]);
  });

  it('logs no more than its limit of sends from one tab in a minute', async () => {
    let now = NOW;
    const d = deps({ now: () => now });
    const db = d.db();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] });
    const send = (i: number, tab = gmailTab) =>
      routeMessage(
        {
          type: 'email-sent',
          sendId: `s${i}`,
          recipients: ['alex@example.com'],
          subject: '',
          at: now,
        },
        tab,
        d,
      );
    for (let i = 0; i < 300; i += 1) await send(i);
    expect(await touchesFor(db, alex.id)).toHaveLength(MAX_SENDS_PER_TAB_PER_MINUTE);
    expect(await send(300)).toEqual({ logged: [] });
    // Another tab has its own allowance, and a minute later this one has again.
    expect(await send(301, { ...gmailTab, tab: { id: 9 } })).toEqual({ logged: [alex.id] });
    now += 60_000;
    expect(await send(302)).toEqual({ logged: [alex.id] });
  });

  it('counts a message id already logged for someone else as no touch of theirs', async () => {
    const d = deps();
    const db = d.db();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] });
    const sam = await addPerson(db, { name: 'Sam', emails: ['sam@example.com'] });
    const from = (fromEmail: string) => ({
      type: 'thread-messages',
      messages: [{ messageId: 'm1', fromEmail, at: 111 }],
    });
    expect(await routeMessage(from('alex@example.com'), gmailTab, d)).toEqual({ logged: 1 });
    expect(await routeMessage(from('sam@example.com'), gmailTab, d)).toEqual({ logged: 0 });
    expect(await routeMessage(from('alex@example.com'), gmailTab, d)).toEqual({ logged: 1 });
    expect(await touchesFor(db, sam.id)).toEqual([]);
    expect(await touchesFor(db, alex.id)).toHaveLength(1);
  });

  it('recounts the follow-ups after logging touches, and when a page says the plan changed', async () => {
    const d = deps();
    await addPerson(d.db(), { name: 'Alex', emails: ['alex@example.com'] });
    const thread = {
      type: 'thread-messages',
      messages: [{ messageId: 'm1', fromEmail: 'someone@example.com', at: 111 }],
    };
    await routeMessage(thread, gmailTab, d);
    expect(d.followUpsChanged).not.toHaveBeenCalled();
    await routeMessage(
      { ...thread, messages: [{ messageId: 'm2', fromEmail: 'alex@example.com', at: 112 }] },
      gmailTab,
      d,
    );
    expect(d.followUpsChanged).toHaveBeenCalledTimes(1);
    const popup = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
    expect(await routeMessage({ type: 'follow-ups-changed' }, popup, d)).toEqual({ ok: true });
    expect(d.followUpsChanged).toHaveBeenCalledTimes(2);
  });

  it('opens the side panel on a person a page asks for', async () => {
    const d = deps();
    const popup = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` };
    await routeMessage({ type: 'open-side-panel', tabId: 3, personId: 'p9' }, popup, d);
    expect(d.openSidePanel).toHaveBeenCalledWith(3);
    expect(await readPanelRequest()).toEqual({ personId: 'p9', at: NOW });
  });

  it('knows the rep’s own messages by the owner the thread comes with, before any signal', async () => {
    const d = deps();
    const db = d.db();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] });
    await routeMessage(
      {
        type: 'thread-messages',
        mailboxOwner: 'jane@example.com',
        messages: [
          {
            messageId: 'm1',
            fromEmail: 'jane@example.com',
            recipients: ['alex@example.com'],
            at: 111,
          },
          {
            messageId: 'm2',
            fromEmail: 'alex@example.com',
            recipients: ['jane@example.com'],
            at: 222,
          },
        ],
      },
      gmailTab,
      d,
    );
    expect((await touchesFor(db, alex.id)).map((t) => [t.direction, t.at])).toEqual([
      ['in', 222],
      ['out', 111],
    ]);
    expect(await db.unattachedTouches.count()).toBe(0);
  });

  it('opens the side panel for the sending tab', async () => {
    const d = deps();
    await routeMessage({ type: 'open-side-panel' }, gmailTab, d);
    expect(d.openSidePanel).toHaveBeenCalledWith(7);
  });

  describe('LinkedIn', () => {
    const sent = {
      type: 'linkedin-sent',
      sendId: 'li-send-1',
      recipients: [
        { linkedinMemberId: NOOR_ID, name: 'Noor Haddad' },
        { linkedinSlug: 'stranger-1' },
      ],
      kind: 'message',
      firstLine: 'Hi Noor, here is the routing note I promised.',
      at: 5000,
    };

    it('logs a sent message once, as an outbound linkedin touch with its first line', async () => {
      const d = deps();
      const db = d.db();
      const noor = await addPerson(db, { name: 'Noor', linkedinMemberId: NOOR_ID });
      expect(await routeMessage(sent, linkedinTab, d)).toEqual({ logged: [noor.id] });
      await routeMessage(sent, linkedinTab, d);
      expect(await touchesFor(db, noor.id)).toEqual([
        expect.objectContaining({
          channel: 'linkedin',
          direction: 'out',
          at: 5000,
          summary: 'Hi Noor, here is the routing note I promised.',
        }),
      ]);
      expect(await db.people.count()).toBe(1);
    });

    it('logs a connection note as a connection request', async () => {
      const d = deps();
      const db = d.db();
      const noor = await addPerson(db, { name: 'Noor', linkedinSlug: 'noor-haddad-4b2a1' });
      await routeMessage(
        { ...sent, kind: 'connection-note', recipients: [{ linkedinSlug: 'noor-haddad-4b2a1' }] },
        linkedinTab,
        d,
      );
      expect(await touchesFor(db, noor.id)).toEqual([
        expect.objectContaining({ channel: 'linkedin', subject: 'Connection request' }),
      ]);
    });

    it('logs each message from a known person once, by slug or member id, dated by itself', async () => {
      const d = deps();
      const db = d.db();
      const noor = await addPerson(db, {
        name: 'Noor',
        linkedinSlug: 'noor-haddad-4b2a1',
        linkedinMemberId: NOOR_ID,
      });
      const message = {
        type: 'linkedin-messages',
        messages: [
          {
            messageId: 'urn:1',
            from: { linkedinSlug: 'noor-haddad-4b2a1' },
            at: 111,
            firstLine: 'A',
          },
          { messageId: 'h:2', from: { linkedinMemberId: NOOR_ID }, at: 222, firstLine: 'B' },
          { messageId: 'urn:3', from: { linkedinSlug: 'someone-else' }, at: 333, firstLine: 'C' },
        ],
      };
      expect(await routeMessage(message, linkedinTab, d)).toEqual({ logged: 2 });
      await routeMessage(message, linkedinTab, d);
      expect((await touchesFor(db, noor.id)).map((t) => [t.direction, t.at, t.summary])).toEqual([
        ['in', 222, 'B'],
        ['in', 111, 'A'],
      ]);
    });

    it('takes no LinkedIn touch from a Gmail tab, nor an email from a LinkedIn tab', async () => {
      const d = deps();
      const db = d.db();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const noor = await addPerson(db, {
        name: 'Noor',
        emails: ['noor@example.com'],
        linkedinMemberId: NOOR_ID,
      });
      expect(routeMessage(sent, gmailTab, d)).toBeUndefined();
      const email = {
        type: 'email-sent',
        sendId: 's',
        recipients: ['noor@example.com'],
        subject: 'Hi',
        at: 1,
      };
      expect(routeMessage(email, linkedinTab, d)).toBeUndefined();
      expect(await touchesFor(db, noor.id)).toEqual([]);
      expect(warn).toHaveBeenCalled();
    });

    it("learns a profile's member id from a profile page that shows both", async () => {
      const d = deps();
      const db = d.db();
      const noor = await addPerson(db, { name: 'Noor', linkedinSlug: 'noor-haddad-4b2a1' });
      const signal = {
        site: 'linkedin',
        view: 'profile',
        people: [{ role: 'profile', linkedinSlug: 'noor-haddad-4b2a1', linkedinMemberId: NOOR_ID }],
      };
      await routeMessage({ type: 'page-signal', signal }, linkedinTab, d);
      expect((await findPersonByMemberId(db, NOOR_ID))?.id).toBe(noor.id);
    });
  });

  it('lets a page speak only for its own site, from its top document', async () => {
    const d = deps();
    const db = d.db();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const alex = await addPerson(db, {
      name: 'Alex',
      emails: ['alex@example.com'],
      linkedinSlug: 'alex-rivera',
    });
    const gmailSignal = {
      site: 'gmail',
      view: 'compose',
      people: [{ role: 'to', email: 'a@b.co' }],
    };
    const thread = {
      type: 'thread-messages',
      messages: [{ messageId: 'm1', fromEmail: 'alex@example.com', at: 111 }],
    };
    const sent = { type: 'email-sent', sendId: 's', recipients: ['alex@example.com'], subject: '' };
    const linkedinThread = {
      type: 'linkedin-messages',
      messages: [
        { messageId: 'l1', from: { linkedinSlug: 'alex-rivera' }, at: 111, firstLine: 'Hi' },
      ],
    };
    const senders = [
      // A LinkedIn tab claiming to have read Gmail, or to log mail; a Gmail tab, LinkedIn.
      [{ type: 'page-signal', signal: gmailSignal }, linkedinTab],
      [thread, linkedinTab],
      [{ ...sent, at: 111 }, linkedinTab],
      [linkedinThread, gmailTab],
      // A frame inside Gmail, or a sender whose origin is not its address's.
      [thread, { ...gmailTab, frameId: 3 }],
      [thread, { ...gmailTab, origin: 'https://evil.example' }],
      [thread, { ...gmailTab, origin: 'null' }],
      [
        { type: 'page-signal', signal: gmailSignal },
        { ...gmailTab, frameId: undefined },
      ],
    ] as const;
    for (const [message, sender] of senders)
      expect(routeMessage(message, sender as never, d)).toBeUndefined();
    expect(await readTabSignal(7)).toBeNull();
    expect(await readTabSignal(8)).toBeNull();
    expect(await touchesFor(db, alex.id)).toEqual([]);
    expect(await db.unattachedTouches.count()).toBe(0);
    // Firefox gives no origin: the address alone decides.
    const { origin: _origin, ...firefoxTab } = gmailTab;
    expect(await routeMessage(thread, firefoxTab, d)).toEqual({ logged: 1 });
  });
});
