import { describe, expect, it } from 'vitest';
import {
  compareTouches,
  conversationAt,
  followUpDueAt,
  followUpGapDays,
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
    const gaps = [3, 4, 7, 14];
    expect([1, 2, 3, 4, 5, 9].map((k) => followUpGapDays(gaps, k))).toEqual([3, 4, 7, 14, 14, 14]);
    expect(followUpDueAt(100, 2, gaps)).toBe(100 + 4 * DAY);
    expect(goingColdAt(100, 14)).toBe(100 + 14 * DAY);
  });
});
