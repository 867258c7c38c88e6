import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBackup, importPlan } from '@/storage/backup';
import { planContactImport } from '@/storage/contact-import';
import { readContactFile } from '@/storage/contacts';
import type { RapportDatabase } from '@/storage/db';
import {
  countPlan,
  nextOverdueChange,
  planInputOf,
  planStart,
  readPlanRecords,
  rollSummaries,
} from '@/storage/follow-ups';
import { addNote, deleteNote, restoreNote, updateNote } from '@/storage/notes';
import { deletePeople, undoDelete } from '@/storage/erase';
import { mergePeople, undoMerge } from '@/storage/merge';
import { addPerson, updatePerson } from '@/storage/people';
import {
  decidesNothing,
  recordsDecideNothing,
  summarise,
  withChange,
} from '@/storage/person-summary';
import type { Note, Person, Touch } from '@/storage/schema';
import { restoreSnooze, snoozePerson } from '@/storage/snoozes';
import { recordSeenMessage } from '@/storage/unattached';
import { deleteTouch, logTouch } from '@/storage/touches';
import { isOverdue, planFollowUps } from '@/utils/coach';
import type { TimingSettings } from '@/utils/coach/types';
import { linkedinDate } from '../../scripts/demo/contact-files';
import { freshDatabase } from '../helpers/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 4, 15);
const CHANNELS = ['email', 'linkedin', 'call', 'meeting', 'other'] as const;
const who = { id: 'p1', name: 'Dana Whitfield', consent: 'granted' as const };

const touchArb = (ids: fc.Arbitrary<string>) =>
  fc.record({
    id: ids,
    personId: fc.constant('p1'),
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom('out' as const, 'in' as const),
    at: fc.integer({ min: NOW - 40 * DAY, max: NOW + 3 * DAY }).map((t) => t - (t % HOUR)),
    createdAt: fc.constant(NOW),
  });

const noteArb = (ids: fc.Arbitrary<string>) =>
  fc
    .record({
      id: ids,
      kind: fc.constantFrom('promise' as const, 'promise' as const, 'said' as const),
      dueIn: fc.option(fc.integer({ min: -20, max: 4 }), { nil: undefined }),
      done: fc.boolean(),
      body: fc.constantFrom(
        'Send the deck',
        `Send   the\n\ncase study ${'with every detail '.repeat(20)}`,
        'x'.repeat(400),
      ),
    })
    .map((n): Note => ({
      id: n.id,
      personId: 'p1',
      body: n.body,
      kind: n.kind,
      oneOff: false,
      pinned: false,
      ...(n.dueIn === undefined ? {} : { dueAt: NOW + n.dueIn * DAY }),
      ...(n.done ? { doneAt: NOW - DAY } : {}),
      source: 'sidepanel',
      createdAt: NOW - 30 * DAY,
      updatedAt: NOW - 30 * DAY,
    }));

/** Records by id, later replacing earlier, as the database keeps them. */
const union = <T extends { id: string }>(...lists: T[][]) => [
  ...new Map(lists.flat().map((r) => [r.id, r])).values(),
];

describe('a person summary', () => {
  it('after added or edited records equals the summary of everything', () => {
    fc.assert(
      fc.property(
        fc.array(touchArb(fc.uuid()), { maxLength: 30 }),
        fc.array(touchArb(fc.uuid()), { maxLength: 6 }),
        fc.array(noteArb(fc.constantFrom('a', 'b', 'c', 'd')), { maxLength: 4 }),
        fc.array(noteArb(fc.constantFrom('c', 'd', 'e')), { maxLength: 3 }),
        fc.integer({ min: -3 * 24, max: 24 }),
        fc.integer({ min: 0, max: 5 * 24 }),
        (touchesA, touchesB, notesA, notesB, firstHours, laterHours) => {
          const w1 = NOW + firstHours * HOUR;
          const w2 = w1 + laterHours * HOUR;
          const step = withChange(
            summarise(who, notesA, touchesA, w1),
            who,
            { notes: notesB, touches: touchesB },
            w2,
          );
          expect(step).toEqual(
            summarise(who, union(notesA, notesB), union(touchesA, touchesB), w2),
          );
        },
      ),
    );
  });

  it('is known to decide nothing before it is made only when the summary made decides nothing', () => {
    // Mostly touches that plan nothing (LinkedIn's "Connected on"), at times a message.
    const neutral = touchArb(fc.uuid()).map((t): Touch => ({ ...t, channel: 'other' }));
    let toldBefore = 0;
    fc.assert(
      fc.property(
        fc.array(neutral, { maxLength: 6 }),
        fc.array(touchArb(fc.uuid()), { maxLength: 1 }),
        fc.array(noteArb(fc.uuid()), { maxLength: 2 }),
        fc.integer({ min: -3 * 24, max: 24 }),
        (connections, messages, notes, hours) => {
          const touches = [...connections, ...messages];
          if (!recordsDecideNothing(notes, touches)) return;
          toldBefore += 1;
          expect(decidesNothing(summarise(who, notes, touches, NOW + hours * HOUR))).toBe(true);
        },
      ),
    );
    expect(toldBefore).toBeGreaterThan(10);
    const connected: Touch = {
      id: 't1',
      personId: 'p1',
      channel: 'other',
      direction: 'out',
      at: NOW - DAY,
      createdAt: NOW,
    };
    const promise: Note = {
      id: 'n1',
      personId: 'p1',
      body: 'Send the deck',
      kind: 'promise',
      oneOff: false,
      pinned: false,
      dueAt: NOW + DAY,
      source: 'sidepanel',
      createdAt: NOW,
      updatedAt: NOW,
    };
    expect(recordsDecideNothing([{ ...promise, kind: 'said' }], [connected])).toBe(true);
    expect(recordsDecideNothing([], [{ ...connected, channel: 'email' }])).toBe(false);
    expect(recordsDecideNothing([promise], [connected])).toBe(false);
  });

  it('plans, at any moment from its own, what everything plans', () => {
    fc.assert(
      fc.property(
        fc.array(touchArb(fc.uuid()), { maxLength: 40 }),
        fc.array(noteArb(fc.uuid()), { maxLength: 5 }),
        fc.integer({ min: -2 * 24, max: 24 }),
        fc.integer({ min: 0, max: 20 * 24 }),
        fc.record(
          {
            maxUnanswered: fc.integer({ min: 1, max: 20 }),
            followUpGapsDays: fc.array(fc.integer({ min: 1, max: 9 }), {
              minLength: 1,
              maxLength: 3,
            }),
          },
          { requiredKeys: [] },
        ),
        (touches, notes, asOfHours, laterHours, settings) => {
          const asOf = NOW + asOfHours * HOUR;
          const now = asOf + laterHours * HOUR;
          const summary = summarise(who, notes, touches, asOf);
          const fromSummary = planFollowUps({ ...planInputOf([summary], []), now, settings });
          const fromEverything = planFollowUps({ people: [who], notes, touches, now, settings });
          expect(fromSummary).toEqual(fromEverything);
        },
      ),
    );
  });
});

/** Every write a rep can make, as data for fast-check to combine. */
type Op =
  | { kind: 'add-person'; declined: boolean }
  | { kind: 'consent'; who: number; consent: Person['consent'] }
  | { kind: 'rename'; who: number }
  | { kind: 'add-note'; who: number; promise: boolean; dueIn: number }
  | { kind: 'edit-note'; which: number; done: boolean; dueIn: number }
  | { kind: 'delete-note'; which: number; restore: boolean }
  | {
      kind: 'log-touch';
      who: number;
      channel: Touch['channel'];
      direction: Touch['direction'];
      hours: number;
    }
  | { kind: 'delete-touch'; which: number }
  | { kind: 'merge'; kept: number; absorbed: number; undo: boolean }
  | { kind: 'delete-person'; who: number; undo: boolean }
  | { kind: 'import'; who: number; hours: number }
  | { kind: 'connect'; daysAgo: number; again: boolean }
  | { kind: 'snooze'; who: number; hours: number; undo: boolean };

const index = fc.nat({ max: 20 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add-person' as const), declined: fc.boolean() }),
  fc.record({
    kind: fc.constant('consent' as const),
    who: index,
    consent: fc.constantFrom('granted' as const, 'declined' as const, 'asked' as const),
  }),
  fc.record({ kind: fc.constant('rename' as const), who: index }),
  fc.record({
    kind: fc.constant('add-note' as const),
    who: index,
    promise: fc.boolean(),
    dueIn: fc.integer({ min: -48, max: 48 }),
  }),
  fc.record({
    kind: fc.constant('edit-note' as const),
    which: index,
    done: fc.boolean(),
    dueIn: fc.integer({ min: -48, max: 48 }),
  }),
  fc.record({ kind: fc.constant('delete-note' as const), which: index, restore: fc.boolean() }),
  fc.record({
    kind: fc.constant('log-touch' as const),
    who: index,
    channel: fc.constantFrom(...CHANNELS),
    direction: fc.constantFrom('out' as const, 'in' as const),
    // Up to a day ahead: a touch dated later is refused when it is logged.
    hours: fc.integer({ min: -20 * 24, max: 24 }),
  }),
  fc.record({ kind: fc.constant('delete-touch' as const), which: index }),
  fc.record({
    kind: fc.constant('merge' as const),
    kept: index,
    absorbed: index,
    undo: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete-person' as const), who: index, undo: fc.boolean() }),
  fc.record({
    kind: fc.constant('import' as const),
    who: index,
    hours: fc.integer({ min: -200, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('connect' as const),
    daysAgo: fc.integer({ min: 1, max: 400 }),
    again: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('snooze' as const),
    who: index,
    hours: fc.integer({ min: 1, max: 72 }),
    undo: fc.boolean(),
  }),
);

const pick = <T>(list: T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

/** People in several zones, and some whose zone is not known (the rep's then counts). */
const ZONES = ['America/New_York', 'Asia/Kolkata', undefined];
const zoneFor = (seq: number) => {
  const timeZone = ZONES[seq % ZONES.length];
  return timeZone ? { timeZone } : {};
};

/** The default cadence, and follow-up gaps counted in working days, in people's own zones. */
const SETTINGS: Array<TimingSettings | undefined> = [
  undefined,
  { gapsInWorkingDays: true, followUpGapsDays: [1, 2.5], timeZone: 'Pacific/Auckland' },
];

async function apply(db: RapportDatabase, o: Op, now: number, seq: number): Promise<void> {
  const people = await db.people.toArray();
  const person = (i: number) => pick(people, i);
  switch (o.kind) {
    case 'add-person':
      await addPerson(
        db,
        {
          name: `Person ${seq}`,
          consent: o.declined ? 'declined' : 'unknown',
          ...zoneFor(seq),
        },
        now,
      );
      return;
    case 'consent':
    case 'rename': {
      const p = person(o.who);
      if (!p) return;
      const changes =
        o.kind === 'consent' ? { consent: o.consent } : { name: `Renamed ${seq}`, ...zoneFor(seq) };
      await updatePerson(db, p.id, changes, now);
      return;
    }
    case 'add-note': {
      const p = person(o.who);
      if (!p) return;
      await addNote(
        db,
        {
          personId: p.id,
          body: o.promise ? `Promise ${seq}` : `Said ${seq}`,
          kind: o.promise ? 'promise' : 'said',
          ...(o.promise ? { dueAt: now + o.dueIn * HOUR } : {}),
        },
        now,
      );
      return;
    }
    case 'edit-note': {
      const note = pick(await db.notes.toArray(), o.which);
      if (!note) return;
      await updateNote(
        db,
        note.id,
        { doneAt: o.done ? now : undefined, dueAt: now + o.dueIn * HOUR },
        now,
      );
      return;
    }
    case 'delete-note': {
      const note = pick(await db.notes.toArray(), o.which);
      if (!note) return;
      const deleted = await deleteNote(db, note.id, now);
      if (o.restore && deleted) await restoreNote(db, deleted, now);
      return;
    }
    case 'log-touch': {
      const p = person(o.who);
      if (!p) return;
      const at = now + o.hours * HOUR;
      await logTouch(db, { personId: p.id, channel: o.channel, direction: o.direction, at }, now);
      return;
    }
    case 'delete-touch': {
      const touch = pick(await db.touches.toArray(), o.which);
      if (touch) await deleteTouch(db, touch.id, now);
      return;
    }
    case 'merge': {
      const kept = person(o.kept);
      const absorbed = person(o.absorbed);
      // Two LinkedIn profiles are two people: Rapport refuses to merge them.
      const twoProfiles = kept?.linkedinSlug && absorbed?.linkedinSlug;
      if (kept && absorbed && kept.id !== absorbed.id && !twoProfiles) {
        const merged = await mergePeople(db, kept.id, absorbed.id, now);
        if (o.undo) await undoMerge(db, merged.undo);
      }
      return;
    }
    case 'delete-person': {
      const p = person(o.who);
      if (!p) return;
      const deleted = await deletePeople(db, [p.id]);
      if (o.undo) await undoDelete(db, deleted.undo);
      return;
    }
    case 'import': {
      // One person already stored (by id) gains a touch and a promise, one new person
      // arrives with a reply.
      const p = person(o.who);
      const newcomer: Person = {
        id: `imported-${seq}`,
        name: `Imported ${seq}`,
        emails: [],
        consent: 'unknown',
        tags: [],
        createdAt: now,
        updatedAt: now,
      };
      const touch = (id: string, personId: string, direction: Touch['direction']): Touch => ({
        id,
        personId,
        channel: 'email',
        direction,
        at: now + o.hours * HOUR,
        createdAt: now,
      });
      await importBackup(
        db,
        {
          format: 'rapport-backup',
          version: 2,
          people: [...(p ? [p] : []), newcomer],
          notes: p
            ? [
                {
                  id: `imported-note-${seq}`,
                  personId: p.id,
                  body: 'Send the pricing',
                  kind: 'promise',
                  oneOff: false,
                  pinned: false,
                  dueAt: now - HOUR,
                  source: 'import',
                  createdAt: now,
                  updatedAt: now,
                },
              ]
            : [],
          touches: [
            ...(p ? [touch(`imported-touch-${seq}`, p.id, 'out')] : []),
            touch(`imported-reply-${seq}`, newcomer.id, 'in'),
          ],
        },
        now,
      );
      return;
    }
    case 'connect': {
      // A LinkedIn export: someone new, known only by their connection date (no summary is
      // stored for them), and, again, the person an earlier export brought.
      const row = (n: number) =>
        `Connected,${n},https://www.linkedin.com/in/connected-${n},,,,${linkedinDate(new Date(now - o.daysAgo * DAY))}`;
      const text = [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        row(seq),
        ...(o.again && seq > 0 ? [row(seq - 1)] : []),
      ].join('\n');
      const file = 'Connections.csv';
      const preview = await planContactImport(db, file, readContactFile(file, text), now);
      await importPlan(db, preview.plan, now);
      return;
    }
    case 'snooze': {
      const p = person(o.who);
      if (!p) return;
      const previous = await snoozePerson(db, p.id, now + o.hours * HOUR, now);
      if (o.undo) await restoreSnooze(db, p.id, previous);
      return;
    }
  }
}

/**
 * What every summary must be: the summary of all the person's records, as of its moment. A
 * person may have none only when theirs would decide nothing.
 */
async function expectSummariesRight(db: RapportDatabase, now: number, step: string) {
  const [people, notes, touches, summaries, snoozes] = await Promise.all([
    db.people.toArray(),
    db.notes.toArray(),
    db.touches.toArray(),
    db.personSummaries.toArray(),
    db.snoozes.toArray(),
  ]);
  for (const person of people) {
    const summary = summaries.find((s) => s.personId === person.id);
    const everything = summarise(
      person,
      notes.filter((n) => n.personId === person.id),
      touches.filter((t) => t.personId === person.id),
      summary?.asOf ?? now,
    );
    if (summary) expect(summary, step).toEqual(everything);
    else expect(decidesNothing(everything), `${step}: ${person.name} has no summary`).toBe(true);
  }
  expect(
    summaries.every((s) => people.some((p) => p.id === s.personId)),
    `${step}: a summary of no one`,
  ).toBe(true);
  for (const settings of SETTINGS) {
    const label = `${step}${settings ? ', in working days' : ''}`;
    const plan = planFollowUps({ people, notes, touches, snoozes, now, settings });
    expect(planFollowUps({ ...(await readPlanRecords(db)), now, settings }), label).toEqual(plan);
    // The first rows come from the first keys of each index, even before the background rolls.
    for (const rows of [1, 2, 5]) {
      expect((await planStart(db, now, rows, settings)).items, `${label}, first ${rows}`).toEqual(
        plan.slice(0, rows),
      );
    }
    // The counts, through the indexes, once touches logged ahead are settled (the background
    // settles them before it counts), and stopped at a cap.
    await rollSummaries(db, now);
    const overdue = plan.filter((i) => isOverdue(i, now));
    for (const cap of [2, 100]) {
      expect(await countPlan(db, now, settings, cap), `${label}, counted up to ${cap}`).toEqual({
        overdue: Math.min(cap, overdue.length),
        listed: Math.min(cap, plan.length),
      });
    }
    // The background wakes no later than the first item listed falls overdue.
    const next = await nextOverdueChange(db, now, settings);
    for (const item of plan.filter((i) => !isOverdue(i, now) && i.reason !== 'meeting-soon')) {
      expect(next, `${label}, woken in time for ${item.reason}`).toBeLessThanOrEqual(
        item.dueAt + 1,
      );
    }
  }
}

describe('the summaries in the database', () => {
  it('stay right after every kind of write, and Today’s first rows and counts agree with the plan', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(op, fc.integer({ min: 0, max: 30 })), { minLength: 1, maxLength: 25 }),
        async (ops) => {
          const db = freshDatabase();
          let now = NOW;
          await addPerson(db, { name: 'Dana Whitfield' }, now);
          for (const [seq, [o, hoursLater]] of ops.entries()) {
            now += hoursLater * HOUR;
            await apply(db, o, now, seq);
            await expectSummariesRight(db, now, `after ${seq}: ${JSON.stringify(o)}`);
          }
          // Time passing with no write: touches logged ahead come to pass.
          now += 4 * DAY;
          await expectSummariesRight(db, now, 'four days later');
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('contact seen by address or profile', () => {
  const seen = (at: number) => ({
    identity: 'email:maya@northwind.example',
    channel: 'email' as const,
    direction: 'in' as const,
    at,
    subject: 'Re: pilot',
    messageKey: `gmail:m-${at}`,
  });

  it('reaches the summary when it is logged for someone in Rapport', async () => {
    const db = freshDatabase();
    const maya = await addPerson(db, { name: 'Maya', emails: ['maya@northwind.example'] }, NOW);
    await recordSeenMessage(db, seen(NOW - HOUR), NOW);
    expect(await db.personSummaries.get(maya.id)).toMatchObject({ replyFrom: NOW - HOUR });
  });

  it('reaches the summary when it was kept before they were added', async () => {
    const db = freshDatabase();
    expect(await recordSeenMessage(db, seen(NOW - HOUR), NOW)).toEqual({ kind: 'kept' });
    const maya = await addPerson(db, { name: 'Maya', emails: ['maya@northwind.example'] }, NOW);
    expect(await db.personSummaries.get(maya.id)).toMatchObject({ replyFrom: NOW - HOUR });
  });
});
