import { describe, expect, it } from 'vitest';
import { judgeTiming } from '../../../utils/coach';
import { TIMING_CASES } from './timing.table';

describe('judgeTiming on real histories', () => {
  it('has at least 25 histories', () => {
    expect(TIMING_CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(TIMING_CASES)('$name', (c) => {
    const verdict = judgeTiming({
      touches: c.touches,
      now: c.now,
      ...(c.person ? { person: c.person } : {}),
      ...(c.notes ? { notes: c.notes } : {}),
      ...(c.settings ? { settings: c.settings } : {}),
    });
    expect(verdict.level).toBe(c.level);
    expect(verdict.reasons.map((r) => r.code).sort()).toEqual([...c.codes].sort());
    if (c.suggestedAt === null) expect(verdict.suggestedAt).toBeUndefined();
    else if (c.suggestedAt !== undefined) {
      expect(new Date(verdict.suggestedAt ?? 0).toISOString()).toBe(
        new Date(c.suggestedAt).toISOString(),
      );
    }
    if (c.message) expect(verdict.reasons.map((r) => r.message).join(' | ')).toContain(c.message);
  });
});
