import { describe, expect, it } from 'vitest';
import {
  nextWorkingStart,
  snoozeChoices,
  wallTime,
  zonedToUtc,
} from '../../../utils/domain/zoned-time';

const iso = (ms: number) => new Date(ms).toISOString();
const HOURS = { startMinute: 9 * 60, endMinute: 17 * 60, workingDays: [1, 2, 3, 4, 5] };

describe('zonedToUtc', () => {
  it.each([
    ['America/New_York', { year: 2026, month: 3, day: 9 }, 9 * 60, '2026-03-09T13:00:00.000Z'],
    ['America/New_York', { year: 2026, month: 3, day: 6 }, 9 * 60, '2026-03-06T14:00:00.000Z'],
    ['Europe/Berlin', { year: 2026, month: 10, day: 26 }, 9 * 60, '2026-10-26T08:00:00.000Z'],
    ['Asia/Kolkata', { year: 2026, month: 3, day: 5 }, 9 * 60, '2026-03-05T03:30:00.000Z'],
    ['Australia/Lord_Howe', { year: 2026, month: 4, day: 3 }, 9 * 60, '2026-04-02T22:00:00.000Z'],
  ])('%s %o minute %i', (zone, date, minute, expected) => {
    expect(iso(zonedToUtc(date, minute, zone))).toBe(expected);
  });

  it('moves a time skipped by spring-forward past the gap', () => {
    // 02:30 does not exist in New York on 2026-03-08; the clock reads 03:30 then.
    const t = zonedToUtc({ year: 2026, month: 3, day: 8 }, 150, 'America/New_York');
    expect(iso(t)).toBe('2026-03-08T07:30:00.000Z');
    expect(wallTime(t, 'America/New_York').hour).toBe(3);
  });

  it('takes the first of two 01:30s on fall-back', () => {
    const t = zonedToUtc({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York');
    expect(iso(t)).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('nextWorkingStart', () => {
  it('returns the instant itself inside working hours', () => {
    const t = Date.parse('2026-03-04T15:00:00Z');
    expect(nextWorkingStart(t, 'America/New_York', HOURS)).toBe(t);
  });

  it('reaches Monday over the Berlin spring-forward Sunday', () => {
    const t = Date.parse('2026-03-29T01:30:00Z');
    expect(iso(nextWorkingStart(t, 'Europe/Berlin', HOURS))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('handles a working day that starts at a half hour', () => {
    const t = Date.parse('2026-03-04T04:00:00Z');
    const hours = { ...HOURS, startMinute: 8 * 60 + 30 };
    expect(iso(nextWorkingStart(t, 'Europe/Berlin', hours))).toBe('2026-03-04T07:30:00.000Z');
  });
});

describe('snooze choices', () => {
  it('are tomorrow and next Monday at the start of the working day, in the rep’s zone', () => {
    // Wednesday 4 March 2026, 15:00 UTC: 16:00 in Paris.
    const now = Date.UTC(2026, 2, 4, 15);
    expect(snoozeChoices(now, 9, 'Europe/Paris')).toEqual({
      tomorrow: Date.UTC(2026, 2, 5, 8),
      nextWeek: Date.UTC(2026, 2, 9, 8),
    });
    // A Sunday: next week starts tomorrow.
    const sunday = Date.UTC(2026, 2, 8, 12);
    expect(snoozeChoices(sunday, 9.5, 'UTC').nextWeek).toBe(Date.UTC(2026, 2, 9, 9, 30));
  });
});
