import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note, Touch } from '../../../storage/schema';
import { FOLLOW_UP_REASONS, planFollowUps, type FollowUp } from '../../../utils/coach';
import { DAY, NOW, person, promise, touch } from './factories';
import { FOLLOW_UP_CASES } from './follow-ups.table';

const HOUR = 3_600_000;

describe('planFollowUps on real histories', () => {
  it('has at least 30 histories, covering every reason', () => {
    expect(FOLLOW_UP_CASES.length).toBeGreaterThanOrEqual(30);
    const reasons = new Set(FOLLOW_UP_CASES.flatMap((c) => c.expected.map((e) => e.reason)));
    expect([...reasons].sort()).toEqual([...FOLLOW_UP_REASONS].sort());
  });

  it.each(FOLLOW_UP_CASES)('$name', (c) => {
    const plan = planFollowUps({
      people: c.people ?? [person()],
      notes: c.notes ?? [],
      touches: c.touches ?? [],
      now: c.now ?? NOW,
      ...(c.settings ? { settings: c.settings } : {}),
      ...(c.snoozes ? { snoozes: c.snoozes } : {}),
    });
    const picked = plan.map((item, i) => {
      const want = c.expected[i];
      const keys = want ? (Object.keys(want) as (keyof FollowUp)[]) : [];
      return Object.fromEntries(keys.map((k) => [k, item[k]]));
    });
    expect(picked).toEqual(c.expected);
    for (const item of plan) {
      // One plain sentence: a capital or a name first, a full stop last, no line breaks.
      expect(item.message).toMatch(/^\S.*\.$/);
      expect(item.message).not.toMatch(/\n/);
      if (item.reason.startsWith('promise')) expect(item.noteId).toBeDefined();
      else expect(item.touchId).toBeDefined();
    }
  });
});

const channel = fc.constantFrom<Touch['channel']>('email', 'linkedin', 'call', 'meeting', 'other');
const history = fc.array(
  fc.record({
    direction: fc.constantFrom<Touch['direction']>('out', 'in'),
    channel,
    // From 60 days ago to 2 days ahead, to the hour: ties happen.
    hours: fc.integer({ min: -60 * 24, max: 48 }),
  }),
  { maxLength: 12 },
);
const promises = fc.array(
  fc.record({ dueHours: fc.integer({ min: -30 * 24, max: 72 }), done: fc.boolean() }),
  { maxLength: 3 },
);
const settings = fc.record(
  {
    followUpGapsDays: fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }),
    maxUnanswered: fc.integer({ min: 1, max: 6 }),
    coldAfterDays: fc.integer({ min: 1, max: 60 }),
  },
  { requiredKeys: [] },
);

function touchesOf(
  h: { direction: Touch['direction']; channel: Touch['channel']; hours: number }[],
) {
  return h.map((t) => touch(t.direction, NOW + t.hours * HOUR, t.channel));
}

function notesOf(p: { dueHours: number; done: boolean }[]): Note[] {
  return p.map((x) =>
    promise('Send the deck', NOW + x.dueHours * HOUR, x.done ? { doneAt: NOW - DAY } : {}),
  );
}

describe('planFollowUps properties', () => {
  it('adding their answer, the latest touch so far, never leaves a follow-up due', () => {
    fc.assert(
      fc.property(
        history,
        channel,
        fc.integer({ min: 0, max: 48 }),
        settings,
        (h, replyChannel, hoursBeforeNow, s) => {
          const touches = touchesOf(h);
          const latestPast = Math.max(
            -Infinity,
            ...touches.filter((t) => t.at <= NOW).map((t) => t.at),
          );
          const at = Math.max(latestPast, NOW - hoursBeforeNow * HOUR);
          const reply = touch('in', at, replyChannel);
          const plan = planFollowUps({
            people: [person()],
            notes: [],
            touches: [...touches, reply],
            now: NOW,
            settings: s,
          });
          expect(plan.filter((i) => i.reason === 'follow-up-due')).toEqual([]);
        },
      ),
    );
  });

  it('is ordered, lists only what falls due within a day, and does not depend on input order', () => {
    fc.assert(
      fc.property(history, promises, settings, fc.boolean(), (h, p, s, declined) => {
        const touches = touchesOf(h);
        const notes = notesOf(p);
        const people = [person({ consent: declined ? 'declined' : 'granted' })];
        const plan = planFollowUps({ people, notes, touches, now: NOW, settings: s });
        if (declined) expect(plan).toEqual([]);
        for (const [i, item] of plan.entries()) {
          expect(item.dueAt).toBeLessThanOrEqual(NOW + DAY);
          const previous = plan[i - 1];
          if (previous) expect(previous.dueAt).toBeLessThanOrEqual(item.dueAt);
        }
        const reversed = planFollowUps({
          people,
          notes: [...notes].reverse(),
          touches: [...touches].reverse(),
          now: NOW,
          settings: s,
        });
        expect(reversed).toEqual(plan);
      }),
    );
  });

  it('a snooze leaves only the meetings soon, and its end brings everything back', () => {
    fc.assert(
      fc.property(history, promises, (h, p) => {
        const input = { people: [person()], notes: notesOf(p), touches: touchesOf(h), now: NOW };
        const plan = planFollowUps(input);
        const snoozed = planFollowUps({ ...input, snoozes: [{ personId: 'p1', until: NOW + 1 }] });
        expect(snoozed).toEqual(plan.filter((i) => i.reason === 'meeting-soon'));
        expect(planFollowUps({ ...input, snoozes: [{ personId: 'p1', until: NOW }] })).toEqual(
          plan,
        );
      }),
    );
  });
});
