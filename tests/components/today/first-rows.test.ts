import { describe, expect, it } from 'vitest';
import { firstRowsFor } from '@/components/today/first-rows';

describe('Today’s first rows', () => {
  it('fill the panel: at least one row for each 64 px of its height', () => {
    expect(firstRowsFor(900)).toBe(15);
    expect(firstRowsFor(768)).toBe(12);
    expect(firstRowsFor(1000)).toBe(16);
  });

  it('stay a useful list in a panel not yet laid out, and a small read in a tall one', () => {
    expect(firstRowsFor(0)).toBe(8);
    expect(firstRowsFor(Number.NaN)).toBe(8);
    expect(firstRowsFor(2_160)).toBe(25);
    expect(firstRowsFor(Number.POSITIVE_INFINITY)).toBe(8);
  });
});
