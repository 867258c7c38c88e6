import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareTouches,
  conversationAt,
  followUpDueAt,
  followUpGapDays,
  followUpWaitRange,
  goingColdAt,
} from '@/utils/domain/conversation';

const DAY = 86_400_000;
const t = (id: string, at: number, direction: string, channel = 'email') => ({
  id,
  at,
  direction,
  channel,
});

describe('a conversation', () => {
  it('orders an answer after a message sent at the same instant, then by id', () => {
    const sent = t('b', 5, 'out');
    const answer = t('a', 5, 'in');
    expect([answer, sent].sort(compareTouches)).toEqual([sent, answer]);
    expect([t('b', 5, 'out'), t('a', 5, 'out')].sort(compareTouches).map((x) => x.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('stands on its latest touch of a known channel, counting what the rep sent since an answer', () => {
    const touches = [
      t('1', 1, 'out'),
      t('2', 2, 'in', 'other'),
      t('3', 3, 'out', 'linkedin'),
      t('4', 4, 'out'),
      t('5', 5, 'out', 'other'),
      t('6', 9, 'in'),
    ];
    const c = conversationAt(touches, 8);
    expect(c.last?.id).toBe('4');
    expect(c.lastTwoWay?.id).toBe('2');
    expect(c.unanswered.map((x) => x.id)).toEqual(['3', '4']);
    expect(c.lastInbound?.id).toBe('2');
    expect(c.lastOutbound?.id).toBe('5');
    expect(conversationAt(touches, 9).unanswered).toEqual([]);
  });

  it('waits the k-th gap before the k-th follow-up, the last gap repeating', () => {
    const cadence = { followUpGapsDays: [3, 4, 7, 14], workingDays: [1, 2, 3, 4, 5] };
    expect([1, 2, 3, 4, 5, 9].map((k) => followUpGapDays(k, cadence))).toEqual([
      3, 4, 7, 14, 14, 14,
    ]);
    expect(followUpDueAt(100, 2, cadence, 'Asia/Tokyo')).toBe(100 + 4 * DAY);
    expect(followUpWaitRange(2, cadence)).toEqual({ least: 4 * DAY, most: 4 * DAY });
    expect(goingColdAt(100, 14)).toBe(100 + 14 * DAY);
  });

  it('says how long a follow-up counted in working days can take, in any zone', () => {
    const zones = [
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.float({ min: 0, max: 30, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.constantFrom(...zones),
        (lastAt, k, followUpGapsDays, workingDays, zone) => {
          const cadence = { followUpGapsDays, workingDays, gapsInWorkingDays: true };
          const wait = followUpDueAt(lastAt, k, cadence, zone) - lastAt;
          const range = followUpWaitRange(k, cadence);
          expect(wait).toBeGreaterThanOrEqual(range.least);
          expect(wait).toBeLessThanOrEqual(range.most);
        },
      ),
    );
  });
});
