import {
  composeOf,
  composeSentBy,
  composeSentByKey,
  extractCompose,
  extractThreadMessages,
  extractThreadPeople,
  findComposes,
  findSendButton,
  focusedCompose,
  isSendShortcut,
  mailboxOwner,
  parseGmailDate,
} from '@/utils/sites/gmail/extract';
import { OWN_FIXTURES, CAPTURES, parseHtml, readFixture, showPage } from '../fixtures';

const own = (name: string) => readFixture(OWN_FIXTURES, `gmail/${name}`);
const byId = (doc: Document, id: string) => doc.getElementById(id) as HTMLElement;

describe('findComposes and focusedCompose', () => {
  it('finds a new-message dialog', () => {
    const doc = parseHtml(own('compose-new-message.html'));
    const composes = findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0]?.getAttribute('role')).toBe('dialog');
  });

  it('finds a popped-out compose that has no dialog around it', () => {
    const composes = findComposes(parseHtml(own('compose-popout.html')));
    expect(composes).toHaveLength(1);
    expect(composes[0]?.getAttribute('role')).toBe('region');
  });

  it('finds inline replies and forwards as the .M9 element in the thread', () => {
    for (const name of ['compose-inline-reply.html', 'compose-inline-forward.html']) {
      const composes = findComposes(parseHtml(own(name)));
      expect(composes).toHaveLength(1);
      expect(composes[0]?.classList.contains('M9')).toBe(true);
    }
  });

  it('finds nothing in a thread or an inbox list', () => {
    expect(
      findComposes(parseHtml(readFixture(CAPTURES, 'gmail/2026-thread-reduced.html'))),
    ).toEqual([]);
    expect(findComposes(parseHtml(readFixture(CAPTURES, 'gmail/2014-12-inbox-list.html')))).toEqual(
      [],
    );
  });

  it('ignores an editable region that is not a compose', () => {
    const doc = parseHtml(
      '<div role="dialog"><div contenteditable="true" role="textbox">chat</div></div>',
    );
    expect(findComposes(doc)).toEqual([]);
  });

  it('picks the compose with focus, else the last opened one', () => {
    const doc = showPage(own('compose-two-open.html'));
    const [older, newer] = findComposes(doc);
    expect(older?.getAttribute('data-test')).toBe('older');
    expect(focusedCompose(doc)).toBe(newer);
    byId(doc, 'older-subject').focus();
    expect(focusedCompose(doc)).toBe(older);
    byId(doc, 'newer-body').focus();
    expect(focusedCompose(doc)).toBe(newer);
  });
});

describe('extractCompose', () => {
  it('reads To, Cc and Bcc chips, each address once, never the mailbox owner', () => {
    const doc = parseHtml(own('compose-new-message.html'));
    const { people, draft } = extractCompose(findComposes(doc)[0]!, mailboxOwner(doc));
    expect(people).toEqual([
      { role: 'to', email: 'alex@example.com', name: 'Alex Rivera' },
      { role: 'to', email: 'robin@example.com', name: 'Robin Park' },
      { role: 'cc', email: 'sam@example.com', name: 'Sam Lee' },
      { role: 'bcc', email: 'archive@example.com' },
    ]);
    expect(draft).toEqual({
      subject: 'Kickoff agenda for Tuesday',
      body: 'Hi Alex,\n\nHere is the agenda for Tuesday:\n1. Scope\n2. Budget and timeline\n\nBest,\nJane',
    });
  });

  it('reads the pre-2021 recipient inputs of a popped-out compose, typed addresses included', () => {
    const doc = parseHtml(own('compose-popout.html'));
    const { people, draft } = extractCompose(findComposes(doc)[0]!, mailboxOwner(doc));
    expect(people).toEqual([
      { role: 'to', email: 'priya@example.com', name: 'Priya Natarajan' },
      { role: 'to', email: 'o.brien@example.com', name: "O'Brien, Kate" },
      { role: 'to', email: 'lee.chen@example.com' },
      { role: 'cc', email: 'finance@example.com' },
    ]);
    expect(draft).toEqual({
      subject: 'Proposal: pilot in Q3',
      body: 'Hello Priya,\nAttached is the pilot proposal: 6 weeks, 2 teams, fixed fee.\n--\nJane Doe',
    });
  });

  it('reads an inline reply without its quoted history, the subject from the thread', () => {
    const doc = parseHtml(own('compose-inline-reply.html'));
    const { people, draft } = extractCompose(findComposes(doc)[0]!, mailboxOwner(doc));
    expect(people).toEqual([{ role: 'to', email: 'alex@example.com', name: 'Alex Rivera' }]);
    expect(draft).toEqual({
      subject: 'Pilot pricing',
      body: 'Thanks Alex, a 6-week pilot is €4,000.',
    });
  });

  it('reads an inline forward without the forwarded message', () => {
    const doc = parseHtml(own('compose-inline-forward.html'));
    const { people, draft } = extractCompose(findComposes(doc)[0]!, mailboxOwner(doc));
    expect(people).toEqual([{ role: 'to', email: 'morgan@example.com', name: 'Morgan Blake' }]);
    expect(draft).toEqual({ subject: 'Fwd: Pilot pricing', body: 'Morgan, can you price this?' });
  });

  it('reads the live value of inputs the rep typed into', () => {
    const doc = showPage(own('compose-two-open.html'));
    (byId(doc, 'newer-subject') as HTMLInputElement).value = 'Typed subject';
    byId(doc, 'newer-body').textContent = 'Typed body';
    expect(extractCompose(findComposes(doc)[1]!).draft).toEqual({
      subject: 'Typed subject',
      body: 'Typed body',
    });
  });

  it('keeps hostile recipient names as plain, cut text', () => {
    const doc = parseHtml(own('compose-new-message.html'));
    const chip = doc.querySelector('[data-hovercard-id="alex@example.com"]')!;
    chip.setAttribute('data-name', `<img src=x onerror=alert(1)>\u202e${'A'.repeat(10_000)}`);
    const alex = extractCompose(findComposes(doc)[0]!).people[0]!;
    expect(alex.name).toBe(`<img src=x onerror=alert(1)>${'A'.repeat(200 - 28)}`);
    expect(alex.name).toHaveLength(200);
  });
});

describe('sending', () => {
  it('finds the Send button by its tooltip, not the schedule menu', () => {
    const doc = parseHtml(own('compose-new-message.html'));
    const button = findSendButton(findComposes(doc)[0]!);
    expect(button?.getAttribute('aria-label')).toMatch(/^Send/);
    expect(button?.getAttribute('aria-haspopup')).toBeNull();
  });

  it('falls back to the structural selector when the label is in another language', () => {
    const doc = parseHtml(own('compose-new-message.html'));
    const compose = findComposes(doc)[0]!;
    const send = findSendButton(compose)!;
    send.setAttribute('data-tooltip', 'Envoyer');
    send.setAttribute('aria-label', 'Envoyer');
    expect(findSendButton(compose)).toBe(send);
    expect(composeSentBy(send)).toBe(compose);
  });

  it('tells which compose a click on Send (or inside it) sends', () => {
    const doc = parseHtml(own('compose-two-open.html'));
    const [older, newer] = findComposes(doc);
    expect(composeSentBy(byId(doc, 'older-send'))).toBe(older);
    expect(composeSentBy(byId(doc, 'newer-send'))).toBe(newer);
    const inner = doc.createElement('span');
    byId(doc, 'newer-send').append(inner);
    expect(composeSentBy(inner)).toBe(newer);
    expect(composeSentBy(byId(doc, 'newer-body'))).toBeNull();
    expect(composeSentBy(doc.body)).toBeNull();
    expect(composeSentBy(null)).toBeNull();
  });

  it('knows the send shortcut', () => {
    expect(isSendShortcut({ key: 'Enter', ctrlKey: true, metaKey: false })).toBe(true);
    expect(isSendShortcut({ key: 'Enter', ctrlKey: false, metaKey: true })).toBe(true);
    expect(isSendShortcut({ key: 'Enter', ctrlKey: false, metaKey: false })).toBe(false);
    expect(isSendShortcut({ key: 'a', ctrlKey: true, metaKey: false })).toBe(false);
  });

  it('tells which compose a key sends: the shortcut anywhere in it, Enter or Space on Send', () => {
    const doc = parseHtml(own('compose-two-open.html'));
    const [older, newer] = findComposes(doc);
    const key = (type: string, key: string, target: EventTarget | null, mods = {}) =>
      composeSentByKey({
        type,
        key,
        target,
        ctrlKey: false,
        metaKey: false,
        repeat: false,
        ...mods,
      });
    const body = byId(doc, 'newer-body');
    const send = byId(doc, 'newer-send');
    expect(key('keydown', 'Enter', body, { ctrlKey: true })).toBe(newer);
    expect(key('keydown', 'Enter', body, { metaKey: true })).toBe(newer);
    expect(key('keydown', 'Enter', byId(doc, 'older-send'))).toBe(older);
    expect(key('keydown', 'Enter', send)).toBe(newer);
    expect(key('keyup', ' ', send)).toBe(newer);
    // Enter in the body is a new line; Space acts on release, Enter on press; repeats and
    // keys outside a compose send nothing.
    expect(key('keydown', 'Enter', body)).toBeNull();
    expect(key('keydown', ' ', send)).toBeNull();
    expect(key('keyup', 'Enter', send)).toBeNull();
    expect(key('keydown', 'Enter', send, { repeat: true })).toBeNull();
    expect(key('keydown', 'Enter', doc.body, { ctrlKey: true })).toBeNull();
    expect(key('keydown', 'Enter', doc, { ctrlKey: true })).toBeNull();
  });

  it('finds the compose around an element, for the shortcut', () => {
    const doc = parseHtml(own('compose-inline-reply.html'));
    const body = doc.querySelector('[role="textbox"]');
    expect(composeOf(body)).toBe(findComposes(doc)[0]);
    expect(composeOf(doc.querySelector('h2'))).toBeNull();
  });
});

describe('mailboxOwner', () => {
  it('reads the address from the title', () => {
    expect(mailboxOwner(parseHtml(readFixture(CAPTURES, 'gmail/2026-thread-reduced.html')))).toBe(
      'jane@example.com',
    );
  });

  it('takes the last address of the title, after one in a subject', () => {
    const doc = parseHtml('<title>Intro to bob@example.org - jane@example.com - Gmail</title>');
    expect(mailboxOwner(doc)).toBe('jane@example.com');
  });

  it('falls back to the account button', () => {
    expect(mailboxOwner(parseHtml(own('thread-with-cc.html')))).toBe('jane@example.com');
  });

  it('is undefined when the page does not say', () => {
    expect(mailboxOwner(parseHtml('<title>Gmail</title>'))).toBeUndefined();
  });
});

describe('threads', () => {
  const thread = () => parseHtml(readFixture(CAPTURES, 'gmail/2026-thread-reduced.html'));

  it('lists the people of the 2026 capture other than the owner', () => {
    expect(extractThreadPeople(thread(), 'jane@example.com')).toEqual([
      { role: 'from', email: 'alex@example.com', name: 'Alex Rivera' },
    ]);
  });

  it('puts the latest sender first, then the other participants, from header order alone', () => {
    expect(extractThreadPeople(parseHtml(own('thread-with-cc.html')), 'jane@example.com')).toEqual([
      { role: 'from', email: 'sam@example.com', name: 'Sam Lee' },
      { role: 'from', email: 'alex@example.com', name: 'Alex Rivera' },
      { role: 'participant', email: 'finance@example.com' },
    ]);
  });

  it('reads every message once with its sender, recipients and own timestamp', () => {
    const subject = 'Project kickoff — questions before we start';
    const messages = extractThreadMessages(thread(), 'jane@example.com');
    expect(messages).toEqual([
      {
        messageId: 'msg-f:1000000000001',
        fromEmail: 'alex@example.com',
        fromName: 'Alex Rivera',
        recipients: ['jane@example.com'],
        at: new Date(2026, 4, 13, 23, 2).getTime(),
        subject,
      },
      // Jane's own message, its recipient shown in the header.
      {
        messageId: 'msg-f:1000000000002',
        fromEmail: 'jane@example.com',
        fromName: 'Jane Doe',
        recipients: ['alex@example.com'],
        at: new Date(2026, 4, 14, 9, 15).getTime(),
        subject,
      },
      {
        messageId: 'msg-f:1000000000003',
        fromEmail: 'alex@example.com',
        fromName: 'Alex Rivera',
        recipients: ['jane@example.com'],
        at: new Date(2026, 4, 14, 14, 40).getTime(),
        subject,
      },
      // Collapsed: Gmail shows no recipients; Jane wrote in a conversation with Alex alone.
      {
        messageId: 'msg-f:1000000000004',
        fromEmail: 'jane@example.com',
        fromName: 'Jane Doe',
        recipients: ['alex@example.com'],
        at: new Date(2026, 4, 15, 8, 5).getTime(),
        subject,
      },
      {
        messageId: 'msg-f:1000000000005',
        fromEmail: 'alex@example.com',
        fromName: 'Alex Rivera',
        at: new Date(2026, 4, 15, 11, 30).getTime(),
        subject,
      },
      {
        messageId: 'msg-f:1000000000006',
        fromEmail: 'jane@example.com',
        fromName: 'Jane Doe',
        recipients: ['alex@example.com'],
        at: new Date(2026, 4, 15, 12, 0).getTime(),
        subject,
      },
    ]);
  });

  it('reads the recipients of a group conversation from each header, the body left out', () => {
    const messages = extractThreadMessages(
      parseHtml(own('thread-with-cc.html')),
      'jane@example.com',
    );
    expect(messages.map((m) => [m.messageId, m.fromEmail, m.recipients])).toEqual([
      [
        'msg-f:1800000000000000101',
        'sam@example.com',
        ['jane@example.com', 'alex@example.com', 'finance@example.com'],
      ],
      ['msg-f:1800000000000000102', 'alex@example.com', ['sam@example.com', 'jane@example.com']],
      ['msg-f:1800000000000000103', 'jane@example.com', ['sam@example.com', 'alex@example.com']],
    ]);
  });

  it('does not guess the recipients of a message when the owner is not known', () => {
    const messages = extractThreadMessages(thread());
    expect(messages.find((m) => m.messageId === 'msg-f:1000000000004')?.recipients).toBeUndefined();
  });

  it('leaves out messages whose date cannot be read, and reads day-first dates', () => {
    const messages = extractThreadMessages(
      parseHtml(own('thread-with-cc.html')),
      'jane@example.com',
    );
    expect(messages.map((m) => [m.messageId, m.at])).toEqual([
      ['msg-f:1800000000000000101', new Date(2026, 9, 13, 16, 45).getTime()],
      ['msg-f:1800000000000000102', new Date(2026, 9, 14, 8, 0).getTime()],
      ['msg-f:1800000000000000103', new Date(2026, 9, 14, 9, 30).getTime()],
    ]);
  });

  it('ignores the recipients of an inline reply inside a message', () => {
    const people = extractThreadPeople(
      parseHtml(own('compose-inline-reply.html')),
      'jane@example.com',
    );
    expect(people).toEqual([
      { role: 'from', email: 'alex@example.com', name: 'Alex Rivera' },
      { role: 'participant', email: 'sam@example.com', name: 'Sam Lee' },
    ]);
  });
});

describe('parseGmailDate', () => {
  it.each([
    ['May 13, 2026, 11:02 PM', new Date(2026, 4, 13, 23, 2)],
    ['May 13, 2026, 12:15 AM', new Date(2026, 4, 13, 0, 15)],
    ['Thu, Dec 18, 2014 at 12:35 PM', new Date(2014, 11, 18, 12, 35)],
    ['Tue, Dec 2, 2014 at 10:59\u202fAM', new Date(2014, 11, 2, 10, 59)],
    ['13 Oct 2026, 16:45', new Date(2026, 9, 13, 16, 45)],
    ['Wed, 14 October 2026 at 08:05:09', new Date(2026, 9, 14, 8, 5, 9)],
  ])('reads %s', (text, date) => {
    expect(parseGmailDate(text)).toBe(date.getTime());
  });

  it.each(['Not starred', 'Feb 30, 2026', '', 'Page 2'])('rejects %s', (text) => {
    expect(parseGmailDate(text)).toBeUndefined();
  });
});
