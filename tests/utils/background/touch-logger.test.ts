import { describe, expect, it } from 'vitest';
import { mergePeople } from '@/storage/merge';
import { addPerson, findPersonByEmail, updatePerson } from '@/storage/people';
import { touchesFor } from '@/storage/touches';
import { countUnattached } from '@/storage/unattached';
import {
  logLinkedInMessages,
  logSentEmail,
  logSentLinkedIn,
  logThreadMessages,
} from '@/utils/background/touch-logger';
import type { ThreadMessage } from '@/utils/messages';
import { freshDatabase } from '../../helpers/db';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0);
const OWNER = 'jane@example.com';

const send = (sendId: string, recipients: string[], at: number, subject = 'Pilot scope') => ({
  sendId,
  recipients,
  subject,
  at,
});

const fromOwner = (messageId: string, at: number, recipients?: string[]): ThreadMessage => ({
  messageId,
  fromEmail: OWNER,
  at,
  subject: 'Pilot scope',
  ...(recipients ? { recipients } : {}),
});

describe('mail with people not in Rapport yet', () => {
  it('keeps a send to an unknown address and puts it on their timeline when they are added', async () => {
    const db = freshDatabase();
    expect(await logSentEmail(db, send('s1', ['Robin@Example.com'], NOW - 3 * DAY), NOW)).toEqual(
      [],
    );
    expect(await countUnattached(db, NOW)).toBe(1);

    const robin = await addPerson(db, { name: 'Robin Park', emails: ['robin@example.com'] }, NOW);
    expect(await touchesFor(db, robin.id)).toEqual([
      expect.objectContaining({
        channel: 'email',
        direction: 'out',
        at: NOW - 3 * DAY,
        subject: 'Pilot scope',
        externalId: `sent:s1:${robin.id}`,
      }),
    ]);
    expect(await countUnattached(db, NOW)).toBe(0);
  });

  it('keeps mail opened from an unknown sender, never the body, and attaches it when the address is linked', async () => {
    const db = freshDatabase();
    const inbound: ThreadMessage = {
      messageId: 'msg-f:9',
      fromEmail: 'sam@example.com',
      fromName: 'Sam Lee',
      at: NOW - DAY,
      subject: 'Question about pricing',
    };
    expect(await logThreadMessages(db, [inbound], OWNER, NOW)).toBe(0);
    const [kept] = await db.unattachedTouches.toArray();
    expect(Object.keys(kept ?? {}).sort()).toEqual(
      ['at', 'channel', 'createdAt', 'direction', 'id', 'identity', 'messageKey', 'subject'].sort(),
    );

    // Sam was already in Rapport under another address: the rep links this one.
    const sam = await addPerson(db, { name: 'Sam Lee', emails: ['sam@old.example'] }, NOW);
    await updatePerson(db, sam.id, { emails: ['sam@old.example', 'sam@example.com'] }, NOW);
    expect((await touchesFor(db, sam.id)).map((t) => [t.direction, t.externalId])).toEqual([
      ['in', 'gmail:msg-f:9'],
    ]);
  });

  it('forgets contact older than 90 days, and never keeps what is already that old', async () => {
    const db = freshDatabase();
    await logSentEmail(db, send('old', ['robin@example.com'], NOW - 91 * DAY), NOW);
    expect(await db.unattachedTouches.count()).toBe(0);
    await logSentEmail(db, send('s1', ['robin@example.com'], NOW - 80 * DAY), NOW);
    expect(await countUnattached(db, NOW)).toBe(1);
    // Eleven days later it is past keeping: not counted, removed by the next write, not attached.
    const later = NOW + 11 * DAY;
    expect(await countUnattached(db, later)).toBe(0);
    await logSentEmail(db, send('s2', ['noor@example.com'], later), later);
    expect(await db.unattachedTouches.count()).toBe(1);
    const robin = await addPerson(db, { name: 'Robin', emails: ['robin@example.com'] }, later);
    expect(await touchesFor(db, robin.id)).toEqual([]);
  });

  it('keeps a message once per address, however often it is seen', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 3; i += 1) {
      await logSentEmail(db, send('s1', ['a@example.com', 'b@example.com'], NOW - DAY), NOW);
    }
    expect((await db.unattachedTouches.toArray()).map((t) => t.identity).sort()).toEqual([
      'email:a@example.com',
      'email:b@example.com',
    ]);
  });

  it('attaches history when two people are merged and when a person gains an address', async () => {
    const db = freshDatabase();
    await logSentEmail(db, send('s1', ['maya@home.example'], NOW - DAY), NOW);
    const work = await addPerson(db, { name: 'Maya', emails: ['maya@work.example'] }, NOW);
    const other = await addPerson(db, { name: 'Maya L', linkedinSlug: 'maya-l' }, NOW);
    await mergePeople(db, work.id, other.id, NOW);
    expect(await touchesFor(db, work.id)).toEqual([]);
    await updatePerson(db, work.id, { emails: ['maya@work.example', 'maya@home.example'] }, NOW);
    expect((await touchesFor(db, work.id)).map((t) => t.externalId)).toEqual([
      `sent:s1:${work.id}`,
    ]);
  });
});

describe('messages the rep sent, seen in an opened thread', () => {
  it('logs each as an outbound touch to its recipients, known or kept for later', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] }, NOW);
    const messages = [
      fromOwner('m1', NOW - 5 * DAY, ['alex@example.com', 'robin@example.com', OWNER]),
      { messageId: 'm2', fromEmail: 'alex@example.com', at: NOW - 4 * DAY, recipients: [OWNER] },
    ];
    expect(await logThreadMessages(db, messages, OWNER, NOW)).toBe(2);
    expect(await logThreadMessages(db, messages, OWNER, NOW)).toBe(2);
    expect((await touchesFor(db, alex.id)).map((t) => [t.direction, t.at, t.externalId])).toEqual([
      ['in', NOW - 4 * DAY, 'gmail:m2'],
      ['out', NOW - 5 * DAY, `gmail:m1:${alex.id}`],
    ]);
    // The owner never gets a touch; Robin's copy waits for Robin.
    expect((await db.unattachedTouches.toArray()).map((t) => t.identity)).toEqual([
      'email:robin@example.com',
    ]);
    expect(await findPersonByEmail(db, OWNER)).toBeUndefined();
  });

  it('does not log again a send Rapport saw when Send was clicked', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] }, NOW);
    const clicked = NOW - DAY + 42_000;
    await logSentEmail(db, send('s1', ['alex@example.com', 'robin@example.com'], clicked), NOW);
    // Gmail shows the send to the minute, after the undo delay.
    const shown = NOW - DAY + 60_000;
    await logThreadMessages(
      db,
      [fromOwner('m1', shown, ['alex@example.com', 'robin@example.com'])],
      OWNER,
      NOW,
    );
    expect((await touchesFor(db, alex.id)).map((t) => t.externalId)).toEqual([
      `sent:s1:${alex.id}`,
    ]);
    expect(await db.unattachedTouches.count()).toBe(1);

    // Two sends a minute apart are two messages, and so are two messages of a thread.
    await logSentEmail(db, send('s2', ['alex@example.com'], clicked + 60_000), NOW);
    await logThreadMessages(
      db,
      [
        fromOwner('m3', NOW - 2 * DAY, ['alex@example.com']),
        fromOwner('m4', NOW - 2 * DAY + 30_000, ['alex@example.com']),
      ],
      OWNER,
      NOW,
    );
    expect(await touchesFor(db, alex.id)).toHaveLength(4);

    // A second email an hour later is another message.
    await logThreadMessages(
      db,
      [fromOwner('m2', shown + 3_600_000, ['alex@example.com'])],
      OWNER,
      NOW,
    );
    expect(await touchesFor(db, alex.id)).toHaveLength(5);
  });

  it('treats every message as received when the mailbox owner is not known', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, { name: 'Alex', emails: ['alex@example.com'] }, NOW);
    await logThreadMessages(
      db,
      [{ messageId: 'm1', fromEmail: 'alex@example.com', at: NOW - DAY, recipients: [OWNER] }],
      undefined,
      NOW,
    );
    expect((await touchesFor(db, alex.id)).map((t) => t.direction)).toEqual(['in']);
  });
});

describe('LinkedIn messages with people not in Rapport yet', () => {
  const member = 'ACoAAExampleNoorHaddad0001';

  it('keeps a message from an unknown member id, never its text, and puts it on their timeline when added', async () => {
    const db = freshDatabase();
    const message = {
      messageId: 'm1',
      from: { linkedinMemberId: member, name: 'Noor Haddad' },
      at: NOW - 2 * DAY,
      firstLine: 'Thanks for the pilot numbers',
    };
    expect(await logLinkedInMessages(db, [message, message], NOW)).toBe(0);
    expect(await countUnattached(db, NOW)).toBe(1);
    expect(JSON.stringify(await db.unattachedTouches.toArray())).not.toContain('pilot numbers');

    // Added from her profile, which shows both her slug and her member id.
    const noor = await addPerson(
      db,
      { name: 'Noor Haddad', linkedinSlug: 'noor-haddad', linkedinMemberId: member },
      NOW,
    );
    expect(await touchesFor(db, noor.id)).toEqual([
      expect.objectContaining({
        channel: 'linkedin',
        direction: 'in',
        at: NOW - 2 * DAY,
        externalId: 'linkedin:m1',
      }),
    ]);
    // Seen again once she is known: still one touch.
    await logLinkedInMessages(db, [message], NOW);
    expect(await touchesFor(db, noor.id)).toHaveLength(1);
    expect(await countUnattached(db, NOW)).toBe(0);
  });

  it('keeps a connection request to an unknown profile by its slug, and attaches it when the slug is linked', async () => {
    const db = freshDatabase();
    const sent = {
      sendId: 'c1',
      recipients: [{ linkedinSlug: 'Ravi-Moreau', linkedinMemberId: 'ACoAAExampleRaviMoreau0002' }],
      kind: 'connection-note' as const,
      firstLine: 'Hi Ravi, we met at the logistics summit',
      at: NOW - DAY,
    };
    expect(await logSentLinkedIn(db, sent, NOW)).toEqual([]);
    expect(await db.unattachedTouches.toArray()).toEqual([
      expect.objectContaining({
        identity: 'linkedin:ravi-moreau',
        channel: 'linkedin',
        direction: 'out',
        subject: 'Connection request',
        messageKey: 'linkedin-sent:c1',
      }),
    ]);
    const ravi = await addPerson(db, { name: 'Ravi Moreau' }, NOW);
    await updatePerson(db, ravi.id, { linkedinSlug: 'ravi-moreau' }, NOW);
    expect(await touchesFor(db, ravi.id)).toEqual([
      expect.objectContaining({
        channel: 'linkedin',
        direction: 'out',
        subject: 'Connection request',
        externalId: `linkedin-sent:c1:${ravi.id}`,
      }),
    ]);
    // The send seen again (a Send click and its Enter) logs nothing more.
    expect(await logSentLinkedIn(db, sent, NOW)).toEqual([ravi.id]);
    expect(await touchesFor(db, ravi.id)).toHaveLength(1);
  });
});

describe('pages that say what did not happen', () => {
  it('dates a LinkedIn message or send the page puts in the future no later than now', async () => {
    const db = freshDatabase();
    const noor = await addPerson(db, { name: 'Noor', linkedinSlug: 'noor-haddad' }, NOW);
    const from = { linkedinSlug: 'noor-haddad' };
    await logLinkedInMessages(db, [{ messageId: 'm1', from, at: 9e15, firstLine: 'Hi' }], NOW);
    const sent = { sendId: 's1', recipients: [from], kind: 'message' as const, firstLine: 'Hello' };
    await logSentLinkedIn(db, { ...sent, at: NOW + 10 * DAY }, NOW);
    expect((await touchesFor(db, noor.id)).map((t) => t.at)).toEqual([NOW, NOW]);
    expect((await db.people.get(noor.id))?.updatedAt).toBe(NOW);
  });

  it('counts a LinkedIn message id already logged for someone else as no touch of theirs', async () => {
    const db = freshDatabase();
    const noor = await addPerson(db, { name: 'Noor', linkedinSlug: 'noor-haddad' }, NOW);
    const sam = await addPerson(db, { name: 'Sam', linkedinSlug: 'sam-okafor' }, NOW);
    const message = (slug: string) => ({
      messageId: 'm1',
      from: { linkedinSlug: slug },
      at: NOW - DAY,
      firstLine: 'Hi',
    });
    expect(await logLinkedInMessages(db, [message('noor-haddad')], NOW)).toBe(1);
    expect(await logLinkedInMessages(db, [message('sam-okafor')], NOW)).toBe(0);
    expect(await touchesFor(db, sam.id)).toEqual([]);
    expect(await touchesFor(db, noor.id)).toHaveLength(1);
  });
});
