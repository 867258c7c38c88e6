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
  /** The budget this figure is held to, on `budgetOn`; absent where none is set. */
  budget?: number;
  budgetOn?: 'median' | 'p95' | 'max';
  /** The same-run floor, where one exists (median, same unit). */
  floor?: number;
  /** Figure ÷ floor, on the median, and its budget when one is set. */
  ratioToFloor?: number;
  ratioBudget?: number;
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

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** A figure from raw samples. */
export function summarise(
  base: Omit<Figure, 'runs' | 'median' | 'p95'>,
  samples: number[],
): Figure {
  return { ...base, runs: samples.length, median: median(samples), p95: p95(samples) };
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
  if (f.ratioBudget !== undefined) parts.push(`≤ ${f.ratioBudget}× floor`);
  return parts.join(', ') || '–';
}

/** The results as a Markdown table: readable on a terminal, pasteable into the README. */
export function table(figures: Figure[]): string {
  const head = ['measurement', 'runs', 'median', 'p95', 'floor', '× floor', 'budget', ''];
  const rows = figures.map((f) => [
    f.what,
    String(f.runs),
    format(f.median, f.unit),
    format(f.p95, f.unit),
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
