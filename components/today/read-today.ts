import {
  COUNT_CAP,
  countPlan,
  planStart,
  readPlanRecords,
  readSnoozed,
  type PlanCounts,
} from '@/storage/follow-ups';
import type { RapportDatabase } from '@/storage/db';
import type { Touch } from '@/storage/schema';
import type { TimingSettings } from '@/utils/coach/types';
import { planFollowUps, type FollowUp } from '@/utils/coach/follow-ups';

/** What Today reads: the plan's first rows, its counts, and what the rows show. */
export interface TodayRead {
  now: number;
  counts: PlanCounts;
  items: FollowUp[];
  touches: Touch[];
  people: { id: string; name: string }[];
}

/**
 * Today's first `rows` items (all of them with Infinity) and its counts, as of `clock` or
 * later: a touch the rep just logged ("Done") is dated after the clock the screen last
 * ticked, and must count as having happened. Read through the per-person summaries'
 * indexes, so the first rows come as quickly at 10,000 people as at 10.
 */
export async function readToday(
  db: RapportDatabase,
  clock: number,
  settings: TimingSettings,
  rows: number,
): Promise<TodayRead> {
  const now = Math.max(clock, Date.now());
  if (rows === Infinity) {
    const [counts, records] = await Promise.all([
      countPlan(db, now, settings),
      readPlanRecords(db),
    ]);
    const items = planFollowUps({ ...records, now, settings });
    return { now, counts, items, touches: records.touches, people: records.people };
  }
  const snoozed = readSnoozed(db, now);
  const [counts, start] = await Promise.all([
    countPlan(db, now, settings, COUNT_CAP, snoozed),
    planStart(db, now, rows, settings, snoozed),
  ]);
  return {
    now,
    counts,
    items: start.items,
    touches: start.summaries.flatMap((s) => s.touches),
    people: start.summaries.map((s) => ({ id: s.personId, name: s.name })),
  };
}

/** Reads made with the same rows and settings answer the same question. */
export const todayKey = (settings: TimingSettings, rows: number) =>
  `${rows}|${JSON.stringify(settings)}`;
