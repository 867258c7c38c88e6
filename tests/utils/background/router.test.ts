import { describe, expect, it, vi } from 'vitest';
import { addPerson } from '@/storage/people';
import { readTabSignal } from '@/storage/tab-signals';
import { touchesFor } from '@/storage/touches';
import { routeMessage, type RouterDeps } from '@/utils/background/router';
import { freshDatabase } from '../../helpers/db';

const OWN_ID = 'rapport-id';
const OWN_ORIGIN = 'chrome-extension://rapport-id/';
const gmailTab = { id: OWN_ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } };

function deps(overrides: Partial<RouterDeps> = {}): RouterDeps {
  const db = freshDatabase();
  return {
    db: () => db,
    ownId: OWN_ID,
    ownOrigin: OWN_ORIGIN,
    now: () => 1000,
    openSidePanel: vi.fn(async () => undefined),
    bindSidePanel: vi.fn(async () => undefined),
    badgeState: vi.fn(async () => ({ known: false, noteCount: 0, level: 'unknown' as const })),
    refreshMenuTitle: vi.fn(async () => undefined),
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
    expect(await readTabSignal(7)).toEqual({ signal, url: gmailTab.url, at: 1000 });
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

  it('logs a sent email once for each known recipient, and leaves unknown ones alone', async () => {
    const d = deps();
    const db = d.db();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] });
    const message = {
      type: 'email-sent',
      sendId: 'send-1',
      recipients: ['Alex@example.com', 'stranger@example.com'],
      subject: 'Case study',
      at: 5000,
    };
    expect(await routeMessage(message, gmailTab, d)).toEqual({ logged: [alex.id] });
    await routeMessage(message, gmailTab, d);
    const touches = await touchesFor(db, alex.id);
    expect(touches).toHaveLength(1);
    expect(touches[0]).toMatchObject({
      channel: 'email',
      direction: 'out',
      at: 5000,
      subject: 'Case study',
    });
    expect(await db.people.count()).toBe(1);
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

  it('opens the side panel for the sending tab', async () => {
    const d = deps();
    await routeMessage({ type: 'open-side-panel' }, gmailTab, d);
    expect(d.openSidePanel).toHaveBeenCalledWith(7);
  });
});
