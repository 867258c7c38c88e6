import { describe, expect, it } from 'vitest';
import {
  againstFloor,
  medianError,
  medianInterval,
  overBudget,
  quantile,
  slowerThanQuiet,
  summarise,
  table,
} from '../../scripts/bench/stats';

const runs = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('the bench’s statistics', () => {
  it('interpolates quantiles between runs, in any order', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2, 5], 0.25)).toBe(2);
    expect(quantile([4, 1, 3, 2, 5], 0.75)).toBe(4);
    expect(quantile([7], 0.25)).toBe(7);
  });

  it('bounds the median by the order statistics of its 95 % interval', () => {
    // Five runs: the interval is the whole range.
    expect(medianInterval([5, 1, 4, 2, 3])).toEqual({ low: 1, high: 5 });
    // Twenty runs: the 6th and 15th fastest; thirty: the 10th and 21st (binomial tables).
    expect(medianInterval(runs(20))).toEqual({ low: 6, high: 15 });
    expect(medianInterval(runs(30))).toEqual({ low: 10, high: 21 });
    expect(medianInterval([])).toEqual({ low: NaN, high: NaN });
  });

  it('gives the median’s uncertainty as a fraction of it, narrowing with more runs', () => {
    expect(medianError([100, 100, 100])).toBe(0);
    expect(medianError([90, 100, 110])).toBeCloseTo(0.1);
    const noisy = (n: number) => Array.from({ length: n }, (_, i) => 100 + ((i * 37) % 41) - 20);
    expect(medianError(noisy(60))).toBeLessThan(medianError(noisy(10)));
  });

  it('summarises the spread of several runs, and of one run only what it can', () => {
    expect(summarise({ id: 'x', what: 'x', unit: 'ms' }, [10, 20, 30, 40, 50])).toMatchObject({
      runs: 5,
      median: 30,
      p95: 50,
      p25: 20,
      p75: 40,
      medianError: (50 - 10) / 2 / 30,
    });
    const one = summarise({ id: 'y', what: 'y', unit: 'bytes' }, [2048]);
    expect(one).toEqual({ id: 'y', what: 'y', unit: 'bytes', runs: 1, median: 2048, p95: 2048 });
  });

  it('judges a figure against its floor by the median of each run’s own ratio', () => {
    // The machine slows down for the third pair: two of the three writes are 1.1× the floor
    // measured beside them, though the medians alone (130 against 100) would say 1.3×.
    const figure = againstFloor(
      { id: 'w', what: 'write', unit: 'ms', ratioBudget: 1.25 },
      [130, 110, 132],
      [100, 100, 120],
    );
    expect(figure).toMatchObject({ median: 130, floor: 100 });
    expect(figure.ratioToFloor).toBeCloseTo(1.1, 10);
  });

  it('judges a figure held to its floor by the ratio alone, and shows what it stands for when quiet', () => {
    // A slow hour: the empty page and the reads took twice their quiet time, and so did the
    // opening: its p95 is over the 150 ms it stands for, its ratio to the floor within 2×.
    const slowHour = againstFloor(
      { id: 'open', what: 'open', unit: 'ms', ratioBudget: 2, quietBudget: 150 },
      [190, 200, 210, 320],
      [110, 110, 110, 150],
    );
    expect(overBudget(slowHour)).toBeUndefined();
    expect(slowerThanQuiet(slowHour)).toBe(
      'p95 320.0 ms, 150.0 ms on a quiet machine; its floor 110.0 ms',
    );
    expect(table([slowHour]).split('\n')[2]).toMatch(/≤ 2× floor \(p95 150\.0 ms quiet\) \| ok/);
    // Rapport slower, the machine not: over its ratio, whatever its p95.
    const slower = againstFloor(
      { id: 'open', what: 'open', unit: 'ms', ratioBudget: 2, quietBudget: 150 },
      [130, 140, 150],
      [60, 60, 60],
    );
    expect(overBudget(slower)).toBe('2.33× floor > 2×');
    expect(slowerThanQuiet(slower)).toBeUndefined();
  });

  it('refuses runs and floors that do not pair up', () => {
    expect(() =>
      againstFloor({ id: 'w', what: 'write', unit: 'ms' }, [110, 132], [100, 120, 150]),
    ).toThrow(/2 runs beside 3 floors/);
  });

  it('prints the spread beside each figure and marks a median too uncertain to compare', () => {
    const printed = table([
      summarise({ id: 'steady', what: 'steady', unit: 'ms' }, [100, 101, 99, 100, 102]),
      summarise({ id: 'noisy', what: 'noisy', unit: 'ms' }, [50, 100, 150]),
    ]);
    const [head, , steady, noisy] = printed.split('\n');
    expect(head).toMatch(/p25–p75 .*± median/);
    expect(steady).toMatch(/\| 100.0 ms \| 102.0 ms \| 100.0 ms–101.0 ms \| 1.5 %\s+\|/);
    expect(noisy).toMatch(/50\.0 % noisy/);
  });
});
