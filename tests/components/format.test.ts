import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatRelative,
  localTime,
  UNKNOWN_DATE,
} from '@/components/format';

const NOW = Date.UTC(2026, 11, 2, 9);

describe('date formatters', () => {
  it('show a date no browser can show as "unknown date", never throwing', () => {
    for (const at of [9e15, -9e15, NaN, Infinity, 'soon' as unknown as number]) {
      expect(formatDateTime(at)).toBe(UNKNOWN_DATE);
      expect(formatDate(at)).toBe(UNKNOWN_DATE);
      expect(formatRelative(at, NOW)).toBe(UNKNOWN_DATE);
    }
    expect(formatDateTime(NOW, 'Not/A_Zone')).toBe(UNKNOWN_DATE);
    expect(localTime('Not/A_Zone', NOW)).toBeUndefined();
  });

  it('format every number as text without throwing', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (at, now) => {
        expect(typeof formatDateTime(at)).toBe('string');
        expect(typeof formatDate(at)).toBe('string');
        expect(typeof formatRelative(at, now)).toBe('string');
      }),
    );
  });

  it('still show an ordinary date as one', () => {
    expect(formatDate(NOW)).not.toBe(UNKNOWN_DATE);
    expect(formatDate(NOW)).toMatch(/2026/);
    expect(formatRelative(NOW + 3 * 86_400_000, NOW)).toBe('in 3 days');
  });
});
