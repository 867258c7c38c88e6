import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../storage/schema';
import { followUpDueAt, resolveCadence } from '../../../utils/coach';

const iso = (ms: number) => new Date(ms).toISOString();
const working = resolveCadence({ gapsInWorkingDays: true });
const calendar = resolveCadence({});

describe('followUpDueAt', () => {
  it('counts calendar days by default: the 1st follow-up 3 days after', () => {
    const friday = Date.parse('2026-02-27T15:00:00Z');
    expect(iso(followUpDueAt(friday, 1, calendar, 'America/New_York'))).toBe(
      '2026-03-02T15:00:00.000Z',
    );
  });

  it('in working days, three days after a Friday is the Wednesday at the same time', () => {
    const friday = Date.parse('2026-02-27T15:00:00Z'); // 10:00 in New York
    expect(iso(followUpDueAt(friday, 1, working, 'America/New_York'))).toBe(
      '2026-03-04T15:00:00.000Z',
    );
  });

  it('takes the k-th gap, and repeats the last one after that', () => {
    const monday = Date.parse('2026-03-02T09:00:00Z');
    const due = (k: number) => iso(followUpDueAt(monday, k, calendar, 'UTC'));
    expect(due(2)).toBe('2026-03-06T09:00:00.000Z'); // 4 days
    expect(due(4)).toBe('2026-03-16T09:00:00.000Z'); // 14 days
    expect(due(9)).toBe('2026-03-16T09:00:00.000Z'); // the last gap repeats
  });

  it('keeps the wall-clock time across a daylight-saving change in the person’s zone', () => {
    const friday = Date.parse('2026-03-27T09:00:00Z'); // 10:00 in Berlin, winter time
    // Monday, Tuesday, Wednesday: 10:00 in Berlin is now 08:00 UTC (summer time).
    expect(iso(followUpDueAt(friday, 1, working, 'Europe/Berlin'))).toBe(
      '2026-04-01T08:00:00.000Z',
    );
  });

  it('uses the working days set in the cadence, not a fixed Monday–Friday week', () => {
    const sundayToThursday = resolveCadence({
      gapsInWorkingDays: true,
      workingDays: [0, 1, 2, 3, 4],
    });
    const thursday = Date.parse('2026-03-05T08:00:00Z');
    // Friday and Saturday are not working days there: one working day after Thursday is Sunday.
    expect(
      iso(
        followUpDueAt(
          thursday,
          1,
          { ...sundayToThursday, followUpGapsDays: [1] },
          'Asia/Jerusalem',
        ),
      ),
    ).toBe('2026-03-08T08:00:00.000Z');
  });

  it('adds a fraction of a day after the whole working days', () => {
    const friday = Date.parse('2026-02-27T10:00:00Z');
    const cadence = { ...working, followUpGapsDays: [1.5] };
    expect(iso(followUpDueAt(friday, 1, cadence, 'UTC'))).toBe('2026-03-02T22:00:00.000Z');
  });

  it('is never earlier in working days than in calendar days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2025-01-01'), max: Date.parse('2027-12-31') }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(
          'UTC',
          'America/New_York',
          'Europe/Berlin',
          'Asia/Kolkata',
          'Australia/Lord_Howe',
        ),
        (lastAt, k, zone) => {
          const byCalendar = followUpDueAt(lastAt, k, calendar, zone);
          const byWorkingDays = followUpDueAt(lastAt, k, working, zone);
          // A daylight-saving shift can move the same wall-clock time by up to an hour.
          expect(byWorkingDays).toBeGreaterThanOrEqual(byCalendar - 3_600_000);
        },
      ),
    );
  });

  it('fills what the settings leave out from the defaults', () => {
    expect(resolveCadence({ followUpGapsDays: [], workingDays: [] })).toEqual({
      ...DEFAULT_CADENCE,
      gapsInWorkingDays: false,
    });
  });
});
