import { describe, expect, it } from 'vitest';
import {
  isOpenPromise,
  isOverduePromise,
  openPromises,
  orderPromises,
  overduePromises,
} from '@/utils/domain/promises';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;

const promise = (id: string, dueAt?: number, doneAt?: number) => ({
  id,
  kind: 'promise',
  ...(dueAt === undefined ? {} : { dueAt }),
  ...(doneAt === undefined ? {} : { doneAt }),
});

describe('promises', () => {
  it('is open until done, and only promises are', () => {
    expect(isOpenPromise(promise('a'))).toBe(true);
    expect(isOpenPromise(promise('a', NOW, NOW))).toBe(false);
    expect(isOpenPromise({ kind: 'said' })).toBe(false);
  });

  it('is overdue once its due time has passed while open; an undated one never is', () => {
    expect(isOverduePromise(promise('a', NOW - 1), NOW)).toBe(true);
    expect(isOverduePromise(promise('a', NOW), NOW)).toBe(false);
    expect(isOverduePromise(promise('a', NOW - DAY, NOW - 1), NOW), 'done').toBe(false);
    expect(isOverduePromise(promise('a'), NOW)).toBe(false);
    expect(isOverduePromise({ kind: 'need', dueAt: NOW - DAY }, NOW)).toBe(false);
  });

  it('orders open promises overdue first, then soonest due, undated last', () => {
    const notes = [
      promise('undated'),
      promise('in-two-days', NOW + 2 * DAY),
      promise('done', NOW - 5 * DAY, NOW - DAY),
      promise('overdue-1-day', NOW - DAY),
      { id: 'said', kind: 'said' },
      promise('tomorrow', NOW + DAY),
      promise('overdue-3-days', NOW - 3 * DAY),
    ];
    expect(orderPromises(notes, NOW).map((n) => n.id)).toEqual([
      'overdue-3-days',
      'overdue-1-day',
      'tomorrow',
      'in-two-days',
      'undated',
    ]);
    expect(openPromises(notes).map((n) => n.id)).toEqual([
      'undated',
      'in-two-days',
      'overdue-1-day',
      'tomorrow',
      'overdue-3-days',
    ]);
    expect(overduePromises(notes, NOW).map((n) => n.id)).toEqual([
      'overdue-3-days',
      'overdue-1-day',
    ]);
  });
});
