import { describe, expect, it } from 'vitest';
import {
  classifySender,
  mayComeFrom,
  parseContentMessage,
  parsePageSignal,
  senderSite,
  type ContentMessage,
} from '@/utils/messages';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

describe('classifySender', () => {
  it('trusts our content scripts only on Gmail and LinkedIn', () => {
    expect(
      classifySender(
        { id: OWN_ID, url: 'https://mail.google.com/mail/u/0/#inbox', frameId: 0, tab: { id: 1 } },
        OWN_ID,
        OWN_ORIGIN,
      ),
    ).toBe('content-script');
    expect(
      classifySender(
        { id: OWN_ID, url: 'https://se.linkedin.com/in/x', frameId: 0, tab: { id: 1 } },
        OWN_ID,
        OWN_ORIGIN,
      ),
    ).toBe('content-script');
    expect(
      classifySender(
        { id: OWN_ID, url: 'https://evil.example/linkedin.com', frameId: 0, tab: { id: 1 } },
        OWN_ID,
        OWN_ORIGIN,
      ),
    ).toBeNull();
    expect(
      classifySender(
        { id: OWN_ID, url: 'https://linkedin.com.evil.example/', frameId: 0, tab: { id: 1 } },
        OWN_ID,
        OWN_ORIGIN,
      ),
    ).toBeNull();
  });

  it('trusts a content script only in the top document, with an origin of its site', () => {
    const gmail = { id: OWN_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
    expect(senderSite({ ...gmail, frameId: 0, origin: 'https://mail.google.com' })).toBe('gmail');
    expect(senderSite({ ...gmail, frameId: 0 })).toBe('gmail');
    expect(senderSite({ ...gmail, frameId: 2, origin: 'https://mail.google.com' })).toBeNull();
    expect(senderSite(gmail)).toBeNull();
    expect(senderSite({ ...gmail, frameId: 0, origin: 'https://www.linkedin.com' })).toBeNull();
    expect(classifySender({ ...gmail, frameId: 5 }, OWN_ID, OWN_ORIGIN)).toBeNull();
  });

  it('trusts extension pages only from our own origin, and nothing from another extension', () => {
    expect(classifySender({ id: OWN_ID, url: `${OWN_ORIGIN}popup.html` }, OWN_ID, OWN_ORIGIN)).toBe(
      'extension-page',
    );
    expect(
      classifySender(
        { id: 'other', url: 'https://mail.google.com/', tab: { id: 1 } },
        OWN_ID,
        OWN_ORIGIN,
      ),
    ).toBeNull();
    expect(
      classifySender(
        { id: OWN_ID, url: 'chrome-extension://other/popup.html' },
        OWN_ID,
        OWN_ORIGIN,
      ),
    ).toBeNull();
    expect(classifySender({}, OWN_ID, OWN_ORIGIN)).toBeNull();
  });
});

describe('message schemas', () => {
  it('accepts a well-formed page signal and drops malformed ones', () => {
    const signal = {
      site: 'linkedin',
      view: 'profile',
      people: [{ role: 'profile', linkedinSlug: 'a-b', name: 'A B' }],
    };
    expect(parseContentMessage({ type: 'page-signal', signal })).toEqual({
      type: 'page-signal',
      signal,
    });
    expect(parseContentMessage({ type: 'page-signal', signal: null })).toEqual({
      type: 'page-signal',
      signal: null,
    });
    for (const bad of [
      null,
      'page-signal',
      { type: 'nope' },
      { type: 'page-signal', signal: { ...signal, site: 'facebook' } },
      { type: 'page-signal', signal: { ...signal, people: [{ role: 'boss' }] } },
      {
        type: 'page-signal',
        signal: { ...signal, people: [{ role: 'profile', name: 'x'.repeat(201) }] },
      },
      { type: 'email-sent', sendId: 's', recipients: 'a@b.c', subject: '', at: 1 },
      { type: 'thread-messages', messages: [{ messageId: 'm' }] },
    ]) {
      expect(parseContentMessage(bad)).toBeUndefined();
    }
    expect(parsePageSignal({ site: 'gmail' })).toBeUndefined();
  });
});

describe('LinkedIn messages', () => {
  const sent = {
    type: 'linkedin-sent',
    sendId: 's1',
    recipients: [{ linkedinMemberId: 'ACoAAExampleNoorHaddad0001', name: 'Noor Haddad' }],
    kind: 'message',
    firstLine: 'Hi Noor',
    at: 1,
  };

  it('parses a send and a conversation, and drops what does not fit', () => {
    expect(parseContentMessage(sent)).toEqual(sent);
    const messages = {
      type: 'linkedin-messages',
      messages: [{ messageId: 'urn:1', from: { linkedinSlug: 'noor' }, at: 2, firstLine: 'Hi' }],
    };
    expect(parseContentMessage(messages)).toEqual(messages);
    expect(parseContentMessage({ ...sent, kind: 'email' })).toBeUndefined();
    expect(parseContentMessage({ ...sent, firstLine: 'x'.repeat(201) })).toBeUndefined();
    expect(
      parseContentMessage({ ...messages, messages: [{ messageId: 'm', at: 1, firstLine: '' }] }),
    ).toBeUndefined();
  });

  it("binds each site's touch messages to that site", () => {
    const linkedin = 'linkedin';
    const gmail = 'gmail';
    const message = parseContentMessage(sent) as ContentMessage;
    expect(mayComeFrom(message, linkedin)).toBe(true);
    expect(mayComeFrom(message, gmail)).toBe(false);
    const email = parseContentMessage({
      type: 'email-sent',
      sendId: 's',
      recipients: [],
      subject: '',
      at: 1,
    }) as ContentMessage;
    expect(mayComeFrom(email, gmail)).toBe(true);
    expect(mayComeFrom(email, linkedin)).toBe(false);
    expect(mayComeFrom({ type: 'badge-state' }, linkedin)).toBe(true);
    const signal = { site: 'gmail' as const, view: 'compose' as const, people: [] };
    expect(mayComeFrom({ type: 'page-signal', signal }, gmail)).toBe(true);
    expect(mayComeFrom({ type: 'page-signal', signal }, linkedin)).toBe(false);
    expect(mayComeFrom({ type: 'page-signal', signal: null }, linkedin)).toBe(true);
  });
});
