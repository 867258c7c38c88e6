// The numbers every measurement reports, and how they are judged against a budget.

/** One row of the results table. Times in ms, sizes in bytes, ratios as plain numbers. */
export interface Figure {
  /** Stable key, e.g. `detection.gmail-compose`. */
  id: string;
  /** What was measured, for the table. */
  what: string;
  unit: 'ms' | 'bytes' | 'ratio';
  runs: number;
  median: number;
  p95: number;
  /** The middle half of the runs (interquartile range), same unit. */
  p25?: number;
  p75?: number;
  /**
   * How far the median may be off, as a fraction of it: half the width of its 95 %
   * confidence interval. Two runs agree within 15 % when it is under 7.5 %.
   */
  medianError?: number;
  /** The budget this figure is held to, on `budgetOn`; absent where none is set. */
  budget?: number;
  budgetOn?: 'median' | 'p95' | 'max';
  /** The same-run floor, where one exists (median, same unit). */
  floor?: number;
  /** Figure ÷ floor, on the median, and its budget when one is set. */
  ratioToFloor?: number;
  ratioBudget?: number;
  /**
   * For a figure held to its floor: the p95 in ms it stands for on a quiet machine, printed
   * beside the ratio and not judged. On this shared machine the browser's own empty page
   * opened in 42 ms median in one hour and 118 ms in another; a budget in ms passed or failed
   * with the hour, while the ratio to the floor measured beside it held.
   */
  quietBudget?: number;
  note?: string;
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** Nearest-rank percentile: with few runs p95 is the worst run, never an interpolation. */
export function p95(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/** Linear-interpolation quantile (q from 0 to 1), as spreadsheets compute it. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/**
 * The distribution-free 95 % confidence interval of the median: the runs at ranks
 * n/2 ± 0.98·√n of the sorted samples (the normal approximation of the binomial order
 * statistics), clipped to the fastest and slowest run. With few runs it is their whole range.
 */
export function medianInterval(values: number[]): { low: number; high: number } {
  if (!values.length) return { low: NaN, high: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const reach = 0.98 * Math.sqrt(n);
  const low = Math.max(0, Math.floor(n / 2 - reach));
  const high = Math.min(n - 1, Math.ceil(n / 2 + reach) - 1);
  return { low: sorted[low]!, high: sorted[high]! };
}

/** Half the width of the median's 95 % interval, as a fraction of the median. */
export function medianError(values: number[]): number {
  const { low, high } = medianInterval(values);
  const mid = median(values);
  return mid === 0 ? 0 : (high - low) / 2 / Math.abs(mid);
}

/** Spread wider than this (± on the median) means two runs may disagree by more than 15 %. */
export const NOISY_MEDIAN_ERROR = 0.075;

/** A figure from raw samples, with its spread. */
export function summarise(
  base: Omit<Figure, 'runs' | 'median' | 'p95'>,
  samples: number[],
): Figure {
  const figure: Figure = {
    ...base,
    runs: samples.length,
    median: median(samples),
    p95: p95(samples),
  };
  if (samples.length > 1) {
    figure.p25 = quantile(samples, 0.25);
    figure.p75 = quantile(samples, 0.75);
    figure.medianError = medianError(samples);
  }
  return figure;
}

/**
 * A figure beside its floor measured in the same run, run for run: `samples[i]` and
 * `floors[i]` were measured one right after the other. The ratio held to `ratioBudget` is
 * the median of the runs' own ratios, so that the machine speeding up or slowing down
 * between runs (seconds-long writes meet both) cancels out within each pair instead of
 * moving one median and not the other.
 */
export function againstFloor(
  base: Omit<Figure, 'runs' | 'median' | 'p95' | 'floor' | 'ratioToFloor'>,
  samples: number[],
  floors: number[],
): Figure {
  if (samples.length !== floors.length) {
    throw new Error(`${base.id}: ${samples.length} runs beside ${floors.length} floors`);
  }
  const figure = summarise(base, samples);
  figure.floor = median(floors);
  figure.ratioToFloor = median(samples.map((sample, i) => sample / floors[i]!));
  return figure;
}

/**
 * Where a figure held to its floor had a p95 slower than it stands for on a quiet machine:
 * printed after the table, so that a slow hour is seen, and not judged.
 */
export function slowerThanQuiet(f: Figure): string | undefined {
  if (f.quietBudget === undefined || f.p95 <= f.quietBudget) return undefined;
  return `p95 ${format(f.p95, f.unit)}, ${format(f.quietBudget, f.unit)} on a quiet machine; its floor ${format(f.floor, f.unit)}`;
}

/** Why a figure is over its budget, or undefined when it is within (or has none). */
export function overBudget(f: Figure): string | undefined {
  const reasons: string[] = [];
  if (f.budget !== undefined) {
    const on = f.budgetOn ?? 'p95';
    const value = on === 'median' ? f.median : f.p95;
    if (!(value <= f.budget))
      reasons.push(`${on} ${format(value, f.unit)} > ${format(f.budget, f.unit)}`);
  }
  if (f.ratioBudget !== undefined && !(f.ratioToFloor! <= f.ratioBudget)) {
    reasons.push(`${f.ratioToFloor!.toFixed(2)}× floor > ${f.ratioBudget}×`);
  }
  return reasons.length ? reasons.join('; ') : undefined;
}

export function format(value: number | undefined, unit: Figure['unit']): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  if (unit === 'ratio') return `${value.toFixed(3)}×`;
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

function budgetText(f: Figure): string {
  const parts: string[] = [];
  if (f.budget !== undefined) {
    const on = f.budgetOn === 'max' ? '' : `${f.budgetOn ?? 'p95'} `;
    parts.push(`${on}≤ ${format(f.budget, f.unit)}`);
  }
  if (f.ratioBudget !== undefined) {
    const quiet =
      f.quietBudget === undefined ? '' : ` (p95 ${format(f.quietBudget, f.unit)} quiet)`;
    parts.push(`≤ ${f.ratioBudget}× floor${quiet}`);
  }
  return parts.join(', ') || '–';
}

/** The median's ± (95 %), marked when two runs could disagree by more than 15 %. */
function spreadText(f: Figure): string {
  if (f.medianError === undefined) return '–';
  const text = `${(f.medianError * 100).toFixed(1)} %`;
  return f.medianError > NOISY_MEDIAN_ERROR ? `${text} noisy` : text;
}

/** The results as a Markdown table: readable on a terminal, pasteable into the README. */
export function table(figures: Figure[]): string {
  const head = [
    'measurement',
    'runs',
    'median',
    'p95',
    'p25–p75',
    '± median',
    'floor',
    '× floor',
    'budget',
    '',
  ];
  const rows = figures.map((f) => [
    f.what,
    String(f.runs),
    format(f.median, f.unit),
    format(f.p95, f.unit),
    f.p25 === undefined ? '–' : `${format(f.p25, f.unit)}–${format(f.p75, f.unit)}`,
    spreadText(f),
    format(f.floor, f.unit),
    f.ratioToFloor === undefined ? '–' : `${f.ratioToFloor.toFixed(2)}×`,
    budgetText(f),
    f.budget === undefined && f.ratioBudget === undefined ? '' : overBudget(f) ? 'OVER' : 'ok',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** Times an async step in ms with the high-resolution clock. */
export async function timed(step: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await step();
  return performance.now() - start;
}
