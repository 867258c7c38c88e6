import type { IndexableType } from 'dexie';
import { resolveCadence } from '../utils/coach/cadence';
import {
  isOverdue,
  planFollowUps,
  PLAN_HORIZON_MS,
  type FollowUp,
  type FollowUpInput,
} from '../utils/coach/follow-ups';
import { coldAfterMs, followUpWaitMs } from '../utils/domain/conversation';
import type { RapportDatabase } from './db';
import { withChange, type PersonSummary } from './person-summary';
import type { CadenceSettings, Snooze } from './schema';

/**
 * The follow-up plan and its counts at any scale. Both read the per-person summaries, and
 * through their indexes only as much as is shown: the first rows of Today come from the
 * first few keys of each index (each index is in due order), the counts stop at COUNT_CAP.
 * Nothing here reads every note, touch or summary, except `readPlanRecords` (Today's
 * "Show all").
 */

/** Counts stop here: past it, the toolbar and Today say "99+". */
export const COUNT_CAP = 100;

type PlanRecords = Omit<FollowUpInput, 'now' | 'settings'>;

/** What planFollowUps needs, from summaries: the plan made from it is the plan of everything. */
export function planInputOf(
  summaries: readonly PersonSummary[],
  snoozes: readonly Snooze[],
): PlanRecords {
  return {
    people: summaries.map((s) => ({ id: s.personId, name: s.name, consent: s.consent })),
    notes: summaries.flatMap((s) => s.promises),
    touches: summaries.flatMap((s) => s.touches),
    snoozes: [...snoozes],
  };
}

/** Everything the plan needs, read in one transaction: every summary. */
export async function readPlanRecords(db: RapportDatabase): Promise<PlanRecords> {
  const [summaries, snoozes] = await db.transaction('r', db.personSummaries, db.snoozes, () =>
    Promise.all([db.personSummaries.toArray(), db.snoozes.toArray()]),
  );
  return planInputOf(summaries, snoozes);
}

/**
 * Summaries holding a touch dated ahead that has now come to pass (a meeting logged in
 * advance) are worked out again as of `now`, so that their index keys say what is true now.
 * The background does it before it counts, and sets its alarm for the next such moment.
 */
export async function rollSummaries(db: RapportDatabase, now: number): Promise<void> {
  await db.transaction('rw', db.personSummaries, async () => {
    const due = await db.personSummaries.where('rollAt').belowOrEqual(now).toArray();
    if (due.length === 0) return;
    await db.personSummaries.bulkPut(
      due.map((s) => withChange(s, { id: s.personId, name: s.name, consent: s.consent }, {}, now)),
    );
  });
}

/** 1, 2, … up to the last run of unanswered messages that still calls for a follow-up. */
function followUpRuns(cadence: CadenceSettings): number[] {
  return Array.from({ length: cadence.maxUnanswered - 1 }, (_, i) => i + 1);
}

/** One index of the summaries, as a range of keys: the items of one kind, due in order. */
interface Stream {
  index: string;
  lower: IndexableType;
  upper: IndexableType;
  lowerOpen: boolean;
  upperOpen: boolean;
}

function keysOf(db: RapportDatabase, s: Stream) {
  return db.personSummaries.where(s.index).between(s.lower, s.upper, !s.lowerOpen, !s.upperOpen);
}

/**
 * The summaries' indexes, one per way an item falls due, each as the keys whose item is due
 * by `by` (inclusive or not), in due order.
 */
function dueBy(cadence: CadenceSettings, now: number, by: number, inclusive: boolean): Stream[] {
  const upTo = (index: string, at: number): Stream => ({
    index,
    lower: -Infinity,
    upper: at,
    lowerOpen: false,
    upperOpen: !inclusive,
  });
  const cold = coldAfterMs(cadence.coldAfterDays);
  return [
    upTo('promiseDueAts', by),
    upTo('replyFrom', by),
    upTo('coldFrom', by - cold),
    ...followUpRuns(cadence).map((k): Stream => ({
      index: '[followUpRun+followUpFrom]',
      lower: [k, -Infinity],
      upper: [k, by - followUpWaitMs(cadence.followUpGapsDays, k)],
      lowerOpen: false,
      upperOpen: !inclusive,
    })),
    // Calls and meetings ahead are listed, never overdue.
    ...(by > now
      ? [{ index: 'meetingAts', lower: now, upper: by, lowerOpen: true, upperOpen: false }]
      : []),
  ];
}

/** The snoozes in force, and the summaries of the people they hide. */
async function snoozed(db: RapportDatabase, now: number) {
  const snoozes = await db.snoozes.where('until').above(now).toArray();
  const summaries = (await db.personSummaries.bulkGet(snoozes.map((s) => s.personId))).filter(
    (s): s is PersonSummary => s !== undefined,
  );
  return { snoozes, summaries };
}

export interface PlanCounts {
  /** Items due before now: what the toolbar counts. */
  overdue: number;
  /** Every item on today's plan (due within a day). */
  listed: number;
}

/**
 * How many items of the plan are overdue, and how many are listed, each counted through the
 * summaries' indexes and stopped at `cap` (a count of `cap` means "at least"). Equals the
 * plan's own counts (tests/storage/person-summary.test.ts) once summaries are rolled.
 */
export async function countPlan(
  db: RapportDatabase,
  now: number,
  settings?: Partial<CadenceSettings>,
  cap = COUNT_CAP,
): Promise<PlanCounts> {
  const cadence = resolveCadence(settings);
  const horizon = now + PLAN_HORIZON_MS;
  return db.transaction('r', db.personSummaries, db.snoozes, async () => {
    // A snoozed person's items are in the indexes too: counted, then taken away.
    const hiddenPlan = planFollowUps({
      ...planInputOf((await snoozed(db, now)).summaries, []),
      now,
      settings: cadence,
    }).filter((item) => item.reason !== 'meeting-soon');
    const hidden = {
      overdue: hiddenPlan.filter((item) => isOverdue(item, now)).length,
      listed: hiddenPlan.length,
    };
    const count = async (streams: Stream[], hiddenHere: number) => {
      const limit = cap + hiddenHere;
      let total = 0;
      for (const stream of streams) {
        // Keys only, and no more than needed: IndexedDB's own count walks every key.
        total += (
          await keysOf(db, stream)
            .limit(limit - total)
            .primaryKeys()
        ).length;
        if (total >= limit) break;
      }
      return Math.min(cap, total - hiddenHere);
    };
    return {
      overdue: await count(dueBy(cadence, now, now, false), hidden.overdue),
      listed: await count(dueBy(cadence, now, horizon, true), hidden.listed),
    };
  });
}

/** How many items are overdue now (stopped at `cap`): the toolbar's count. */
export async function countOverdue(
  db: RapportDatabase,
  now: number,
  settings?: Partial<CadenceSettings>,
  cap = COUNT_CAP,
): Promise<number> {
  return (await countPlan(db, now, settings, cap)).overdue;
}

/** The first items of the plan, and what the rows need to show them. */
export interface PlanStart {
  items: FollowUp[];
  /** The summaries of the people of those items (names, the touches that decided them). */
  summaries: PersonSummary[];
}

/**
 * The first `rows` items of today's plan, exactly as planFollowUps over everything would
 * give them, reading only the first keys of each index: every item among the first rows is
 * among the first keys of its own index (each index is in due order), so planning the few
 * people those keys name is enough. People whose summary waits to be rolled are planned too.
 */
export async function planStart(
  db: RapportDatabase,
  now: number,
  rows: number,
  settings?: Partial<CadenceSettings>,
): Promise<PlanStart> {
  const cadence = resolveCadence(settings);
  const horizon = now + PLAN_HORIZON_MS;
  return db.transaction('r', db.personSummaries, db.snoozes, async () => {
    const hidden = await snoozed(db, now);
    // Keys a snoozed person holds in any one index, at most: read that many more.
    const extra = hidden.summaries.reduce(
      (sum, s) => sum + s.promiseDueAts.length + s.meetingAts.length + 2,
      0,
    );
    const wanted = rows + extra;
    const ids = new Set<string>(
      (await db.personSummaries.where('rollAt').belowOrEqual(now).primaryKeys()) as string[],
    );
    for (const stream of dueBy(cadence, now, horizon, true)) {
      const keys: IndexableType[] = [];
      await keysOf(db, stream)
        .limit(wanted)
        .eachKey((key, cursor) => {
          keys.push(key);
          ids.add(cursor.primaryKey as string);
        });
      // Items due at the same moment as the last one read may still come first (by reason,
      // then person): read every key equal to it.
      const last = keys[keys.length - 1];
      if (keys.length === wanted && last !== undefined) {
        const tied = await db.personSummaries.where(stream.index).equals(last).primaryKeys();
        for (const id of tied) ids.add(id);
      }
    }
    const summaries = (await db.personSummaries.bulkGet([...ids])).filter(
      (s): s is PersonSummary => s !== undefined,
    );
    const items = planFollowUps({
      ...planInputOf(summaries, hidden.snoozes),
      now,
      settings: cadence,
    }).slice(0, rows);
    const shown = new Set(items.map((i) => i.personId));
    return { items, summaries: summaries.filter((s) => shown.has(s.personId)) };
  });
}

/**
 * The next moment after `now` at which the overdue count can change without any write: a
 * promise or a follow-up falling due, a conversation going cold, a touch logged ahead coming
 * to pass, a snooze ending. Undefined when nothing is pending.
 */
export async function nextOverdueChange(
  db: RapportDatabase,
  now: number,
  settings?: Partial<CadenceSettings>,
): Promise<number | undefined> {
  const cadence = resolveCadence(settings);
  const table = db.personSummaries;
  const firstKey = async (keys: Promise<unknown[]>) => {
    const [key] = await keys;
    return Array.isArray(key) ? (key[1] as number) : (key as number | undefined);
  };
  const cold = coldAfterMs(cadence.coldAfterDays);
  const moments = await db.transaction('r', db.personSummaries, db.snoozes, () =>
    Promise.all([
      // An item is overdue from the first millisecond after its due moment.
      firstKey(table.where('promiseDueAts').aboveOrEqual(now).limit(1).keys()).then(after(0)),
      firstKey(table.where('replyFrom').aboveOrEqual(now).limit(1).keys()).then(after(0)),
      firstKey(
        table
          .where('coldFrom')
          .aboveOrEqual(now - cold)
          .limit(1)
          .keys(),
      ).then(after(cold)),
      ...followUpRuns(cadence).map((k) => {
        const wait = followUpWaitMs(cadence.followUpGapsDays, k);
        return firstKey(
          table
            .where('[followUpRun+followUpFrom]')
            .between([k, now - wait], [k, Infinity], true, true)
            .limit(1)
            .keys(),
        ).then(after(wait));
      }),
      firstKey(table.where('rollAt').above(now).limit(1).keys()),
      firstKey(db.snoozes.where('until').above(now).limit(1).keys()),
    ]),
  );
  const pending = moments.filter((m): m is number => m !== undefined && m > now);
  return pending.length ? Math.min(...pending) : undefined;
}

const after = (wait: number) => (at: number | undefined) =>
  at === undefined ? undefined : at + wait + 1;
