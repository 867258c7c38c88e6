import { describe, expect, it } from 'vitest';
import { isOverdue, type FollowUp } from '../../../utils/coach';
import {
  type DayAtAGlance,
  MEETING_LEAD_MS,
  meetingWithinLead,
  nextReminderCheck,
  remindersDue,
  type ReminderSettings,
} from '../../../utils/coach/reminders';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Wednesday 4 March 2026 in UTC, where the rep works 9:00–17:00, Monday to Friday. */
const at = (hour: number, minute = 0) => Date.UTC(2026, 2, 4, hour, minute);
const settings: ReminderSettings = { timeZone: 'UTC', onSince: at(0) - 7 * 24 * HOUR };
const names = (id: string) => ({ p1: 'Dana Whitfield', p2: 'Sam Okafor' })[id];
/** The day at a glance of a whole plan, as the background counts it. */
const dayOf = (plan: FollowUp[], now: number, cap = 100): DayAtAGlance => ({
  overdue: Math.min(cap, plan.filter((i) => isOverdue(i, now)).length),
  listed: Math.min(cap, plan.length),
  cap,
  ...(plan[0] ? { first: plan[0] } : {}),
});

const promise = (noteId: string, dueAt: number, now: number): FollowUp => ({
  personId: 'p1',
  reason: dueAt < now ? 'promise-overdue' : 'promise-due',
  dueAt,
  noteId,
  message: `You promised Dana “${noteId}”.`,
});
const meeting = (touchId: string, dueAt: number): FollowUp => ({
  personId: 'p2',
  reason: 'meeting-soon',
  dueAt,
  touchId,
  message: 'Meeting with Sam in 9 minutes.',
});

describe('reminders due', () => {
  it('announce a meeting 10 minutes ahead, even at night, once', () => {
    const now = at(3);
    const plan = [meeting('t1', now + 9 * MINUTE), meeting('t2', now + 11 * MINUTE)];
    const notices = remindersDue(plan, dayOf(plan, now), now, settings, new Set(), names);
    expect(notices).toEqual([
      {
        keys: [`meeting:t1:${now + 9 * MINUTE}`],
        personId: 'p2',
        title: 'Starting soon: Sam Okafor',
        message: 'Meeting with Sam in 9 minutes.',
      },
    ]);
    expect(
      remindersDue(plan, dayOf(plan, now), now, settings, new Set(notices[0]!.keys), names),
    ).toEqual([]);
  });

  it('start the working day with a digest that covers the promises that fell due overnight', () => {
    const now = at(9, 5);
    const plan = [promise('deck', at(7), now), promise('pricing', at(16), now)];
    const [digest, ...rest] = remindersDue(plan, dayOf(plan, now), now, settings, new Set(), names);
    expect(rest).toEqual([]);
    expect(digest).toEqual({
      keys: ['digest:2026-03-04', `promise:deck:${at(7)}`],
      title: 'Rapport: your day',
      message: '1 overdue and 1 due within a day. First: You promised Dana “deck”.',
    });
  });

  it('word counts stopped at the cap as "at least" in the digest', () => {
    const now = at(9, 5);
    const first = promise('deck', at(7), now);
    const digestOf = (overdue: number, listed: number) =>
      remindersDue([], { overdue, listed, cap: 100, first }, now, settings, new Set(), names)[0]
        ?.message;
    expect(digestOf(100, 100)).toBe('99+ overdue. First: You promised Dana “deck”.');
    expect(digestOf(40, 100)).toBe(
      '40 overdue and more due within a day. First: You promised Dana “deck”.',
    );
    expect(digestOf(0, 100)).toBe('99+ due within a day. First: You promised Dana “deck”.');
    expect(digestOf(0, 3)).toBe('3 due within a day. First: You promised Dana “deck”.');
  });

  it('tell of a promise as it falls due in working hours, not before reminders were on, not at night', () => {
    const now = at(14);
    const shown = new Set(['digest:2026-03-04']);
    const plan = [promise('deck', now - MINUTE, now), promise('old', at(0) - 30 * 24 * HOUR, now)];
    expect(remindersDue(plan, dayOf(plan, now), now, settings, shown, names)).toEqual([
      {
        keys: [`promise:deck:${now - MINUTE}`],
        personId: 'p1',
        title: 'Promise due: Dana Whitfield',
        message: 'You promised Dana “deck”.',
      },
    ]);
    const night = at(20);
    expect(
      remindersDue(
        [promise('deck', night - MINUTE, night)],
        dayOf([promise('deck', night - MINUTE, night)], night),
        night,
        settings,
        shown,
        names,
      ),
    ).toEqual([]);
  });

  it('tell of many promises falling due at once in one notification', () => {
    const now = at(15);
    const plan = ['a', 'b', 'c', 'd'].map((n, i) => promise(n, now - (i + 1) * MINUTE, now));
    const notices = remindersDue(
      plan,
      dayOf(plan, now),
      now,
      settings,
      new Set(['digest:2026-03-04']),
      names,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toBe('4 promises are due');
    expect(notices[0]?.keys).toHaveLength(4);
  });

  it('send no digest late in the day, nor on an empty day', () => {
    expect(
      remindersDue(
        [promise('a', at(12), at(12))],
        dayOf([promise('a', at(12), at(12))], at(12)),
        at(12),
        settings,
        new Set(),
        names,
      ).map((n) => n.title),
    ).toEqual(['Promise due: Dana Whitfield']);
    expect(remindersDue([], dayOf([], at(9)), at(9), settings, new Set(), names)).toEqual([]);
  });
});

describe('the next look at reminders', () => {
  it('is the next working day’s start, or a meeting’s lead time, whichever is first', () => {
    expect(nextReminderCheck(at(10), settings, [])).toBe(Date.UTC(2026, 2, 5, 9));
    expect(nextReminderCheck(at(20), settings, [])).toBe(Date.UTC(2026, 2, 5, 9));
    // Friday evening: Monday morning.
    expect(nextReminderCheck(Date.UTC(2026, 2, 6, 18), settings, [])).toBe(Date.UTC(2026, 2, 9, 9));
    expect(nextReminderCheck(at(10), settings, [at(11)])).toBe(at(11) - MEETING_LEAD_MS);
    // Within the lead already: look again when it starts.
    expect(nextReminderCheck(at(10, 55), settings, [at(11)])).toBe(at(11));
    expect(meetingWithinLead(at(10, 55), [at(11)])).toBe(true);
    expect(meetingWithinLead(at(10, 45), [at(11)])).toBe(false);
  });
});
