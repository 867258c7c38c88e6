import type { Note, Person, Touch } from '../../../storage/schema';
import type { FollowUp, FollowUpSnooze, TimingSettings } from '../../../utils/coach';
import { DAY, NOW, note, person, promise, touch } from './factories';

/** What a case expects of each item, in order; `message` only where the case checks it. */
export type Expected = Pick<FollowUp, 'personId' | 'reason' | 'dueAt'> &
  Partial<Pick<FollowUp, 'noteId' | 'touchId' | 'message'>>;

export interface FollowUpCase {
  name: string;
  now?: number;
  people?: Person[];
  notes?: Note[];
  touches?: Touch[];
  settings?: TimingSettings;
  snoozes?: FollowUpSnooze[];
  expected: Expected[];
}

const H = NOW + DAY;
const MS = 1;
const dana = person();
const sam = person({ id: 'p2', name: 'Sam Okafor', emails: ['sam@globex.test'] });
const ines = person({ id: 'p3', name: 'Ines Moreau', emails: ['ines@initech.test'] });
const forSam = { personId: sam.id };
const forInes = { personId: ines.id };

const cases: Array<() => FollowUpCase> = [
  () => ({ name: 'someone merely added: nothing', expected: [] }),
  () => ({
    name: 'an undated promise and notes without touches: nothing',
    notes: [promise('Send the deck'), note('Likes sailing')],
    expected: [],
  }),
  () => {
    const n = promise('Send the case study', NOW - MS);
    return {
      name: 'a promise due a millisecond ago is overdue',
      notes: [n],
      expected: [{ personId: 'p1', reason: 'promise-overdue', dueAt: NOW - MS, noteId: n.id }],
    };
  },
  () => {
    const n = promise('Send the case study', NOW);
    return {
      name: 'a promise due this very moment is due, not overdue',
      notes: [n],
      expected: [{ personId: 'p1', reason: 'promise-due', dueAt: NOW, noteId: n.id }],
    };
  },
  () => {
    const n = promise('Send the pricing.', H);
    return {
      name: 'a promise due exactly a day from now is listed',
      notes: [n],
      expected: [
        {
          personId: 'p1',
          reason: 'promise-due',
          dueAt: H,
          noteId: n.id,
          message: 'You promised Dana “Send the pricing”; it is due in 1 day.',
        },
      ],
    };
  },
  () => ({
    name: 'a promise due a day and a millisecond from now is not yet',
    notes: [promise('Send the pricing', H + MS)],
    expected: [],
  }),
  () => ({
    name: 'a promise marked done is never listed',
    notes: [promise('Send the case study', NOW - 3 * DAY, { doneAt: NOW - DAY })],
    expected: [],
  }),
  () => ({
    name: 'a dated note that is not a promise is not a promise',
    notes: [note('Board meets on the 3rd', { kind: 'said', dueAt: NOW - DAY })],
    expected: [],
  }),
  () => {
    const n = promise('Send the case study from the Gothenburg pilot', NOW - 2 * DAY);
    return {
      name: 'an overdue promise names the person and the thing',
      notes: [n],
      expected: [
        {
          personId: 'p1',
          reason: 'promise-overdue',
          dueAt: NOW - 2 * DAY,
          noteId: n.id,
          message:
            'You promised Dana “Send the case study from the Gothenburg pilot”; it was due 2 days ago.',
        },
      ],
    };
  },
  () => {
    const m = touch('out', NOW + MS, 'meeting');
    return {
      name: 'a meeting a millisecond ahead is soon',
      touches: [m],
      expected: [{ personId: 'p1', reason: 'meeting-soon', dueAt: NOW + MS, touchId: m.id }],
    };
  },
  () => ({
    name: 'a meeting at this very moment has begun: not soon, and a call just held is not cold',
    touches: [touch('out', NOW, 'meeting')],
    expected: [],
  }),
  () => {
    const c = touch('in', H, 'call', { subject: 'Pilot review' });
    return {
      name: 'a call exactly a day ahead is soon, whoever booked it',
      touches: [c],
      expected: [
        {
          personId: 'p1',
          reason: 'meeting-soon',
          dueAt: H,
          touchId: c.id,
          message: 'Call with Dana in 1 day: “Pilot review”.',
        },
      ],
    };
  },
  () => ({
    name: 'a meeting a day and a millisecond ahead is not yet',
    touches: [touch('out', H + MS, 'meeting')],
    expected: [],
  }),
  () => ({
    name: 'an email dated ahead is no meeting and has not happened yet',
    touches: [touch('out', NOW + 2 * 3_600_000, 'email')],
    expected: [],
  }),
  () => {
    const t = touch('in', NOW - 2 * DAY, 'email');
    return {
      name: 'they wrote last: a reply is waiting since their message',
      touches: [t],
      expected: [
        {
          personId: 'p1',
          reason: 'reply-waiting',
          dueAt: t.at,
          touchId: t.id,
          message: 'Dana wrote to you by email 2 days ago.',
        },
      ],
    };
  },
  () => {
    const out = touch('out', NOW - 5 * DAY, 'linkedin');
    const reply = touch('in', NOW, 'linkedin');
    return {
      name: 'a LinkedIn reply this very moment is waiting',
      touches: [out, reply],
      expected: [
        {
          personId: 'p1',
          reason: 'reply-waiting',
          dueAt: NOW,
          touchId: reply.id,
          message: 'Dana replied on LinkedIn just now.',
        },
      ],
    };
  },
  () => {
    const t = touch('out', NOW - 3 * DAY);
    return {
      name: 'one message unanswered for exactly 3 days: the 1st follow-up is due now',
      touches: [t],
      expected: [
        {
          personId: 'p1',
          reason: 'follow-up-due',
          dueAt: NOW,
          touchId: t.id,
          message: 'Dana has not answered your email of 3 days ago; the 1st follow-up is due now.',
        },
      ],
    };
  },
  () => {
    const t = touch('out', NOW - 2 * DAY);
    return {
      name: 'one message 2 days old: its follow-up falls due exactly a day from now',
      touches: [t],
      expected: [{ personId: 'p1', reason: 'follow-up-due', dueAt: H, touchId: t.id }],
    };
  },
  () => ({
    name: 'one message a millisecond under 2 days old: its follow-up is beyond tomorrow',
    touches: [touch('out', NOW - 2 * DAY + MS)],
    expected: [],
  }),
  () => {
    const second = touch('out', NOW - 4 * DAY, 'linkedin');
    return {
      name: 'two unanswered: the 2nd follow-up waits 4 days',
      touches: [touch('out', NOW - 10 * DAY), second],
      expected: [
        {
          personId: 'p1',
          reason: 'follow-up-due',
          dueAt: NOW,
          touchId: second.id,
          message:
            'Dana has not answered your last 2 messages (the latest on LinkedIn, 4 days ago); the 2nd follow-up is due now.',
        },
      ],
    };
  },
  () => ({
    name: 'three unanswered reach the default limit: nothing, do not stalk',
    touches: [
      touch('out', NOW - 20 * DAY),
      touch('out', NOW - 15 * DAY),
      touch('out', NOW - 9 * DAY),
    ],
    expected: [],
  }),
  () => {
    const third = touch('out', NOW - 9 * DAY);
    return {
      name: 'three unanswered under a limit of 4: the 3rd follow-up waits 7 days',
      touches: [touch('out', NOW - 20 * DAY), touch('out', NOW - 15 * DAY), third],
      settings: { maxUnanswered: 4 },
      expected: [
        { personId: 'p1', reason: 'follow-up-due', dueAt: NOW - 2 * DAY, touchId: third.id },
      ],
    };
  },
  () => {
    const fifth = touch('out', NOW - DAY, 'linkedin');
    return {
      name: 'the last gap repeats past the end of the list',
      touches: [
        touch('out', NOW - 9 * DAY),
        touch('out', NOW - 7 * DAY),
        touch('out', NOW - 5 * DAY),
        touch('out', NOW - 3 * DAY),
        fifth,
      ],
      settings: { followUpGapsDays: [1, 2], maxUnanswered: 10 },
      expected: [{ personId: 'p1', reason: 'follow-up-due', dueAt: NOW + DAY, touchId: fifth.id }],
    };
  },
  () => ({
    name: 'a limit of one: any unanswered message means stop',
    touches: [touch('out', NOW - 30 * DAY)],
    settings: { maxUnanswered: 1 },
    expected: [],
  }),
  () => {
    const c = touch('out', NOW - 14 * DAY, 'call');
    return {
      name: 'a call exactly 14 days ago with nothing since is going cold now',
      touches: [c],
      expected: [
        {
          personId: 'p1',
          reason: 'going-cold',
          dueAt: NOW,
          touchId: c.id,
          message: 'Nothing since your call with Dana 14 days ago; it goes cold now.',
        },
      ],
    };
  },
  () => {
    const m = touch('in', NOW - 13 * DAY, 'meeting');
    return {
      name: 'a meeting 13 days ago goes cold exactly a day from now',
      touches: [m],
      expected: [{ personId: 'p1', reason: 'going-cold', dueAt: H, touchId: m.id }],
    };
  },
  () => ({
    name: 'a meeting a millisecond under 13 days ago is not listed yet',
    touches: [touch('in', NOW - 13 * DAY + MS, 'meeting')],
    expected: [],
  }),
  () => ({
    name: 'a longer going-cold setting waits longer',
    touches: [touch('out', NOW - 20 * DAY, 'call')],
    settings: { coldAfterDays: 30 },
    expected: [],
  }),
  () => {
    const c = touch('in', NOW - 40 * DAY, 'call');
    return {
      name: 'an old call they made is long cold',
      touches: [touch('out', NOW - 41 * DAY), c],
      expected: [
        {
          personId: 'p1',
          reason: 'going-cold',
          dueAt: NOW - 26 * DAY,
          touchId: c.id,
          message: 'Nothing since your call with Dana 40 days ago; it is going cold.',
        },
      ],
    };
  },
  () => {
    const email = touch('in', NOW - 5 * DAY, 'email');
    return {
      name: 'channel other is not the latest touch: their email still waits for a reply',
      touches: [email, touch('out', NOW - DAY, 'other')],
      expected: [{ personId: 'p1', reason: 'reply-waiting', dueAt: email.at, touchId: email.id }],
    };
  },
  () => ({
    name: 'they answered through another channel after the rep wrote: no follow-up',
    touches: [touch('out', NOW - 5 * DAY, 'email'), touch('in', NOW - DAY, 'other')],
    expected: [],
  }),
  () => ({
    name: 'only touches of channel other: nothing to decide from',
    touches: [touch('out', NOW - 30 * DAY, 'other'), touch('in', NOW - 20 * DAY, 'other')],
    expected: [],
  }),
  () => {
    const sent = touch('out', NOW - 4 * DAY);
    return {
      name: 'an answer before the rep wrote again: the follow-up counts from the new message',
      touches: [touch('out', NOW - 30 * DAY), touch('in', NOW - 20 * DAY, 'other'), sent],
      expected: [{ personId: 'p1', reason: 'follow-up-due', dueAt: NOW - DAY, touchId: sent.id }],
    };
  },
  () => {
    const sent = touch('out', NOW - 4 * DAY);
    return {
      name: 'a call resets the count: one message since is the 1st follow-up',
      touches: [
        touch('out', NOW - 30 * DAY),
        touch('out', NOW - 25 * DAY),
        touch('out', NOW - 10 * DAY, 'call'),
        sent,
      ],
      expected: [{ personId: 'p1', reason: 'follow-up-due', dueAt: NOW - DAY, touchId: sent.id }],
    };
  },
  () => {
    const reply = touch('in', NOW - 6 * 3_600_000);
    return {
      name: 'a reply and a message at the same instant: the reply answers it',
      touches: [touch('out', NOW - 6 * 3_600_000, 'email', { id: 'zz-last-by-id' }), reply],
      expected: [{ personId: 'p1', reason: 'reply-waiting', dueAt: reply.at, touchId: reply.id }],
    };
  },
  () => {
    const past = touch('in', NOW - DAY);
    return {
      name: 'a message dated ahead does not hide the reply waiting now',
      touches: [past, touch('out', NOW + 3_600_000)],
      expected: [{ personId: 'p1', reason: 'reply-waiting', dueAt: past.at, touchId: past.id }],
    };
  },
  () => ({
    name: 'declined: nothing at all, not even a promise or a meeting',
    people: [person({ consent: 'declined' })],
    notes: [promise('Send the deck', NOW - DAY)],
    touches: [touch('in', NOW - DAY), touch('out', NOW + 3_600_000, 'meeting')],
    expected: [],
  }),
  () => {
    const m = touch('out', NOW + 3_600_000, 'meeting');
    return {
      name: 'snoozed: only the meeting soon remains',
      notes: [promise('Send the deck', NOW - DAY)],
      touches: [touch('in', NOW - DAY), m],
      snoozes: [{ personId: 'p1', until: NOW + MS }],
      expected: [{ personId: 'p1', reason: 'meeting-soon', dueAt: m.at, touchId: m.id }],
    };
  },
  () => {
    const n = promise('Send the deck', NOW - DAY);
    return {
      name: 'a snooze that ends this very moment no longer hides anything',
      notes: [n],
      snoozes: [{ personId: 'p1', until: NOW }],
      expected: [{ personId: 'p1', reason: 'promise-overdue', dueAt: n.dueAt!, noteId: n.id }],
    };
  },
  () => {
    const reply = touch('in', NOW - DAY, 'email', forSam);
    return {
      name: 'a snooze hides its own person only',
      people: [dana, sam],
      notes: [promise('Send the deck', NOW - DAY)],
      touches: [reply],
      snoozes: [{ personId: 'p1', until: NOW + DAY }],
      expected: [{ personId: 'p2', reason: 'reply-waiting', dueAt: reply.at, touchId: reply.id }],
    };
  },
  () => ({
    name: 'notes and touches of someone not in the list are nobody’s',
    people: [dana],
    notes: [promise('Send the deck', NOW - DAY, forSam)],
    touches: [touch('in', NOW - DAY, 'email', forSam)],
    expected: [],
  }),
  () => {
    const promised = promise('Send the deck', NOW - 2 * DAY);
    const sent = touch('out', NOW - 8 * DAY);
    return {
      name: 'one person can owe several things: each is its own item, by due moment',
      notes: [promised],
      touches: [sent],
      expected: [
        { personId: 'p1', reason: 'follow-up-due', dueAt: NOW - 5 * DAY, touchId: sent.id },
        { personId: 'p1', reason: 'promise-overdue', dueAt: NOW - 2 * DAY, noteId: promised.id },
      ],
    };
  },
  () => {
    const a = promise('Send the deck', NOW - DAY, { id: 'n-b' });
    const b = promise('Send the pricing', NOW - DAY, { id: 'n-a' });
    return {
      name: 'two promises due at the same moment: in a stable order',
      notes: [a, b],
      expected: [
        { personId: 'p1', reason: 'promise-overdue', dueAt: NOW - DAY, noteId: 'n-a' },
        { personId: 'p1', reason: 'promise-overdue', dueAt: NOW - DAY, noteId: 'n-b' },
      ],
    };
  },
  () => {
    const at = NOW - DAY;
    const inesPromise = promise('Send the deck', at, forInes);
    const inesReply = touch('in', NOW - 30 * DAY, 'email', forInes);
    const samReply = touch('in', at, 'email', forSam);
    const danaPromise = promise('Intro to Contoso', at);
    const danaSoon = touch('out', NOW + 3_600_000, 'call');
    return {
      name: 'several people: by due moment, then reason, then person',
      people: [ines, sam, dana],
      notes: [inesPromise, danaPromise],
      touches: [samReply, danaSoon, inesReply, touch('out', NOW - 3 * DAY, 'email', forSam)],
      expected: [
        { personId: 'p3', reason: 'reply-waiting', dueAt: inesReply.at, touchId: inesReply.id },
        { personId: 'p1', reason: 'promise-overdue', dueAt: at, noteId: danaPromise.id },
        { personId: 'p3', reason: 'promise-overdue', dueAt: at, noteId: inesPromise.id },
        { personId: 'p2', reason: 'reply-waiting', dueAt: at, touchId: samReply.id },
        { personId: 'p1', reason: 'meeting-soon', dueAt: danaSoon.at, touchId: danaSoon.id },
      ],
    };
  },
  () => {
    const samReply = touch('in', NOW - DAY, 'email', forSam);
    const danaReply = touch('in', NOW - DAY, 'linkedin');
    const danaPromise = promise('Send the deck', NOW - DAY);
    return {
      name: 'at one moment, an overdue promise comes before a reply, and people by id',
      people: [sam, dana],
      notes: [danaPromise],
      touches: [samReply, danaReply],
      expected: [
        { personId: 'p1', reason: 'promise-overdue', dueAt: NOW - DAY, noteId: danaPromise.id },
        { personId: 'p1', reason: 'reply-waiting', dueAt: NOW - DAY, touchId: danaReply.id },
        { personId: 'p2', reason: 'reply-waiting', dueAt: NOW - DAY, touchId: samReply.id },
      ],
    };
  },
  () => {
    // Friday 27 February, 10:00 in New York.
    const sent = touch('out', Date.UTC(2026, 1, 27, 15));
    return {
      name: 'gaps in working days: three after a Friday 10:00 is the Wednesday 10:00, their time',
      people: [person({ timeZone: 'America/New_York' })],
      touches: [sent],
      settings: { gapsInWorkingDays: true },
      expected: [{ personId: 'p1', reason: 'follow-up-due', dueAt: NOW, touchId: sent.id }],
    };
  },
  () => {
    const sent = touch('out', Date.UTC(2026, 1, 27, 15));
    return {
      name: 'gaps in calendar days (the default): the same message was due on the Monday',
      people: [person({ timeZone: 'America/New_York' })],
      touches: [sent],
      expected: [
        { personId: 'p1', reason: 'follow-up-due', dueAt: NOW - 2 * DAY, touchId: sent.id },
      ],
    };
  },
  () => {
    // Friday 20:00 in London is already Saturday 05:00 in Tokyo, Friday 15:00 in New York.
    const toSam = touch('out', Date.UTC(2026, 1, 27, 20), 'email', { personId: sam.id });
    const toDana = touch('out', Date.UTC(2026, 1, 27, 20));
    return {
      name: 'gaps in working days, counted in the person’s zone, else the rep’s',
      people: [person({ timeZone: 'America/New_York' }), sam],
      touches: [toSam, toDana],
      settings: { gapsInWorkingDays: true, timeZone: 'Asia/Tokyo' },
      expected: [
        // Sam (no zone of his own): Saturday in Tokyo, then Monday, Tuesday, Wednesday 05:00.
        { ...forSam, reason: 'follow-up-due', dueAt: Date.UTC(2026, 2, 3, 20), touchId: toSam.id },
        // Dana: Friday 15:00 in New York, then Monday, Tuesday, Wednesday 15:00.
        { personId: 'p1', reason: 'follow-up-due', dueAt: NOW + 5 * 3_600_000, touchId: toDana.id },
      ],
    };
  },
  () => ({
    name: 'a name that is an address is used whole',
    people: [person({ name: 'dana@acme.test' })],
    touches: [touch('in', NOW - 3_600_000)],
    expected: [
      {
        personId: 'p1',
        reason: 'reply-waiting',
        dueAt: NOW - 3_600_000,
        message: 'dana@acme.test wrote to you by email 1 hour ago.',
      },
    ],
  }),
];

export const FOLLOW_UP_CASES: FollowUpCase[] = cases.map((build) => build());
