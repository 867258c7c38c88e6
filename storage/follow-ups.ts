import { cmp, type IndexableType } from 'dexie';
import { resolveCadence } from '../utils/coach/cadence';
import {
  isOverdue,
  planFollowUps,
  PLAN_HORIZON_MS,
  type FollowUp,
  type FollowUpInput,
} from '../utils/coach/follow-ups';
import type { TimingSettings } from '../utils/coach/types';
import { coldAfterMs, followUpDueAt, followUpWaitRange } from '../utils/domain/conversation';
import { personTimeZone } from '../utils/domain/zoned-time';
import type { RapportDatabase } from './db';
import {
  summaryPerson,
  withChange,
  type PersonSummary,
  type PromiseDueKey,
} from './person-summary';
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
    people: summaries.map(summaryPerson),
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
    await db.personSummaries.bulkPut(due.map((s) => withChange(s, summaryPerson(s), {}, now)));
  });
}

/** 1, 2, … up to the last run of unanswered messages that still calls for a follow-up. */
function followUpRuns(cadence: CadenceSettings): number[] {
  return Array.from({ length: cadence.maxUnanswered - 1 }, (_, i) => i + 1);
}

/**
 * One index of the summaries, as a range of keys: the items of one kind, in the order they
 * fall due. Most keys are an item's due moment less a fixed wait. A follow-up whose gaps count
 * working days is due a little more or less after its key, by the person's zone: its stream
 * says by how much at least (`wait.least`, already taken off the range's upper end) and at
 * most, and how to work the exact moment out from the summary.
 */
interface Stream {
  index: string;
  lower: IndexableType;
  upper: IndexableType;
  lowerOpen: boolean;
  upperOpen: boolean;
  /** A summary's keys in this index, in key order. */
  entries(s: PersonSummary): IndexableType[];
  /** The keys due at the same moment as `key`, where that is more than the key itself. */
  sameMoment?(key: IndexableType): [IndexableType, IndexableType];
  /** For keys that are not a due moment less a fixed wait. */
  inexact?: {
    wait: { least: number; most: number };
    /** The moment the key is taken from (the message the follow-up is to). */
    from(s: PersonSummary): number;
    dueOf(s: PersonSummary): number;
  };
}

function keysOf(db: RapportDatabase, s: Stream) {
  return db.personSummaries.where(s.index).between(s.lower, s.upper, !s.lowerOpen, !s.upperOpen);
}

/** The cadence, whole, and the zone to count a person's working days in. */
interface PlanCadence {
  cadence: CadenceSettings;
  zoneOf(s: PersonSummary): string;
}

function planCadence(settings: TimingSettings | undefined): PlanCadence {
  return {
    cadence: resolveCadence(settings),
    zoneOf: (s) => personTimeZone(s.timeZone, settings?.timeZone),
  };
}

/**
 * The summaries' indexes, one per way an item falls due, each as the keys whose item may be
 * due by `by` (inclusive or not), in due order.
 */
function dueBy(plan: PlanCadence, now: number, by: number, inclusive: boolean): Stream[] {
  const { cadence } = plan;
  const upTo = (index: 'replyFrom' | 'coldFrom', at: number): Stream => ({
    index,
    lower: -Infinity,
    upper: at,
    lowerOpen: false,
    upperOpen: !inclusive,
    entries: (s) => (s[index] === undefined ? [] : [s[index]]),
  });
  const cold = coldAfterMs(cadence.coldAfterDays);
  return [
    // Promise keys are [due moment, note id]: `[by]` sorts before every key due at `by`,
    // `[by, []]` after them (an array sorts after any string).
    {
      index: 'promiseDueAts',
      lower: [-Infinity],
      upper: inclusive ? [by, []] : [by],
      lowerOpen: false,
      upperOpen: !inclusive,
      entries: (s) => s.promiseDueAts,
      sameMoment: (key) => {
        const [dueAt] = key as PromiseDueKey;
        return [[dueAt], [dueAt, []]];
      },
    },
    upTo('replyFrom', by),
    upTo('coldFrom', by - cold),
    ...followUpRuns(cadence).map((k): Stream => {
      const wait = followUpWaitRange(k, cadence);
      return {
        index: '[followUpRun+followUpFrom]',
        lower: [k, -Infinity],
        upper: [k, by - wait.least],
        lowerOpen: false,
        // An inexact key at the edge may still be due after `by`: its exact moment decides.
        upperOpen: !inclusive && wait.least === wait.most,
        entries: (s) =>
          s.followUpRun === undefined || s.followUpFrom === undefined
            ? []
            : [[s.followUpRun, s.followUpFrom]],
        ...(wait.least === wait.most
          ? {}
          : {
              inexact: {
                wait,
                from: (s) => s.followUpFrom ?? Infinity,
                dueOf: (s) => followUpDueAt(s.followUpFrom ?? Infinity, k, cadence, plan.zoneOf(s)),
              },
            }),
      };
    }),
    // Calls and meetings ahead are listed, never overdue.
    ...(by > now
      ? [
          {
            index: 'meetingAts',
            lower: now,
            upper: by,
            lowerOpen: true,
            upperOpen: false,
            // A multi-entry index keeps one of equal keys.
            entries: (s: PersonSummary) => [...new Set(s.meetingAts)].sort((a, b) => a - b),
          },
        ]
      : []),
  ];
}

/**
 * The people whose items can come first in a stream: the summaries of its first `wanted`
 * items due by `by`, and the ids of any due at the same moment as the last of those (whose
 * summaries may not be among them).
 */
async function firstOfStream(
  db: RapportDatabase,
  stream: Stream,
  wanted: number,
  by: number,
  inclusive: boolean,
): Promise<{ summaries: PersonSummary[]; tied: PersonSummary[] }> {
  const { inexact } = stream;
  if (!inexact) {
    // The first summaries in one read, not a cursor stepped key by key, nor one read per
    // person. Each request waits its turn on the database's single thread, so the fewer one
    // after the other, the sooner Today is painted.
    const summaries = await keysOf(db, stream).limit(wanted).toArray();
    if (wanted === 0 || summaries.length < wanted) return { summaries, tied: [] };
    // Items due at the same moment as the last one read may still come first (by reason,
    // then person): every key equal to it counts.
    const last = lastKeyRead(stream, summaries);
    const index = db.personSummaries.where(stream.index);
    const [from, to] = stream.sameMoment?.(last) ?? [last, last];
    return { summaries, tied: await index.between(from, to, true, true).toArray() };
  }
  const summaries: PersonSummary[] = [];
  // In key order, an item is due at least `least` after its key: once `wanted` items are
  // known, a key that late cannot come before the last of them.
  const dues: number[] = [];
  const enough = () => dues.length >= wanted;
  await keysOf(db, stream)
    .until((s) => enough() && inexact.from(s) + inexact.wait.least > (dues[wanted - 1] ?? Infinity))
    .each((s) => {
      const due = inexact.dueOf(s);
      if (inclusive ? due > by : due >= by) return;
      summaries.push(s);
      dues.splice(sortedIndex(dues, due), 0, due);
    });
  return { summaries, tied: [] };
}

/**
 * The index key at which a read of a stream's first keys stopped, worked out from the
 * summaries it returned, in index order (a multi-entry index returns a summary once for each
 * of its keys read): the last summary's key at that place, saving a second request.
 */
function lastKeyRead(stream: Stream, summaries: readonly PersonSummary[]): IndexableType {
  const lastSummary = summaries[summaries.length - 1]!;
  const timesRead = summaries.filter((s) => s.personId === lastSummary.personId).length;
  const inRange = stream.entries(lastSummary).filter((key) => {
    const fromLower = cmp(key, stream.lower);
    const toUpper = cmp(key, stream.upper);
    return (
      (stream.lowerOpen ? fromLower > 0 : fromLower >= 0) &&
      (stream.upperOpen ? toUpper < 0 : toUpper <= 0)
    );
  });
  const key = inRange[timesRead - 1];
  if (key === undefined) throw new Error(`No ${stream.index} key in the summary read from it`);
  return key;
}

/** Where `value` goes in an ascending list. */
function sortedIndex(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid] ?? 0) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** How many items of a stream are due by `by`, counted up to `limit`. */
async function countOfStream(
  db: RapportDatabase,
  stream: Stream,
  limit: number,
  by: number,
  inclusive: boolean,
): Promise<number> {
  const { inexact } = stream;
  // Keys only, and no more than needed: IndexedDB's own count walks every key.
  if (!inexact) return (await keysOf(db, stream).limit(limit).primaryKeys()).length;
  let count = 0;
  await keysOf(db, stream)
    .until(() => count >= limit)
    .each((s) => {
      const due = inexact.dueOf(s);
      if (inclusive ? due <= by : due < by) count += 1;
    });
  return count;
}

/** The snoozes in force, and the summaries of the people they hide. */
export interface Snoozed {
  snoozes: Snooze[];
  summaries: PersonSummary[];
}

/**
 * Reads the snoozes in force and their people's summaries: once for a count and a plan
 * start made together (pass the same read to both).
 */
export async function readSnoozed(db: RapportDatabase, now: number): Promise<Snoozed> {
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
  settings?: TimingSettings,
  cap = COUNT_CAP,
  snoozed: Promise<Snoozed> = readSnoozed(db, now),
): Promise<PlanCounts> {
  const plan = planCadence(settings);
  const horizon = now + PLAN_HORIZON_MS;
  // Read outside a transaction: an explicit one can commit between two of these awaits, and
  // a live query reads again after any write, so no snapshot is needed.
  // A snoozed person's items are in the indexes too: counted, then taken away.
  const hiddenPlan = planFollowUps({
    ...planInputOf((await snoozed).summaries, []),
    now,
    ...(settings ? { settings } : {}),
  }).filter((item) => item.reason !== 'meeting-soon');
  const hidden = {
    overdue: hiddenPlan.filter((item) => isOverdue(item, now)).length,
    listed: hiddenPlan.length,
  };
  const count = async (by: number, inclusive: boolean, hiddenHere: number) => {
    const limit = cap + hiddenHere;
    // One index after the other, each asked only for what the ones before left: with many
    // people the first index alone reaches the cap, in one request. Asked all at once, each
    // for the whole limit, the indexes made the database walk up to five times the keys,
    // one request after another on its single thread, ahead of the reads for Today's rows.
    let total = 0;
    for (const stream of dueBy(plan, now, by, inclusive)) {
      if (total >= limit) break;
      total += await countOfStream(db, stream, limit - total, by, inclusive);
    }
    return Math.min(cap, total - hiddenHere);
  };
  const overdue = await count(now, false, hidden.overdue);
  // Every overdue item is on the plan: once the overdue count is at the cap, so is the other.
  const listed = overdue >= cap ? cap : await count(horizon, true, hidden.listed);
  return { overdue, listed };
}

/** How many items are overdue now (stopped at `cap`): the toolbar's count. */
export async function countOverdue(
  db: RapportDatabase,
  now: number,
  settings?: TimingSettings,
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
  settings?: TimingSettings,
  snoozed: Promise<Snoozed> = readSnoozed(db, now),
): Promise<PlanStart> {
  const plan = planCadence(settings);
  const horizon = now + PLAN_HORIZON_MS;
  // Read outside a transaction: an explicit one can commit between two of these awaits, and
  // a live query reads again after any write, so no snapshot is needed.
  // Every index at once: each read is independent of the others.
  const firstOf = (wanted: number) =>
    Promise.all([
      db.personSummaries
        .where('rollAt')
        .belowOrEqual(now)
        .toArray()
        .then((summaries) => ({ summaries, tied: [] })),
      ...dueBy(plan, now, horizon, true).map((stream) =>
        firstOfStream(db, stream, wanted, horizon, true),
      ),
    ]);
  // Read beside the snoozes, not after them: most of the time nobody is snoozed.
  const firstRead = firstOf(rows);
  // With someone snoozed it is read again, further; a failure is then that read's to report.
  firstRead.catch(() => undefined);
  const hidden = await snoozed;
  // Keys a snoozed person holds in any one index, at most: read that many more.
  const extra = hidden.summaries.reduce(
    (sum, s) => sum + s.promiseDueAts.length + s.meetingAts.length + 2,
    0,
  );
  const found = extra === 0 ? await firstRead : await firstOf(rows + extra);
  const byPerson = new Map(
    found.flatMap((f) => [...f.summaries, ...f.tied]).map((s) => [s.personId, s] as const),
  );
  const summaries = [...byPerson.values()];
  const items = planFollowUps({
    ...planInputOf(summaries, hidden.snoozes),
    now,
    ...(settings ? { settings } : {}),
  }).slice(0, rows);
  const shown = new Set(items.map((i) => i.personId));
  return { items, summaries: summaries.filter((s) => shown.has(s.personId)) };
}

/**
 * The next moment after `now` at which the overdue count can change without any write: a
 * promise or a follow-up falling due, a conversation going cold, a touch logged ahead coming
 * to pass, a snooze ending. Undefined when nothing is pending.
 */
export async function nextOverdueChange(
  db: RapportDatabase,
  now: number,
  settings?: TimingSettings,
): Promise<number | undefined> {
  const plan = planCadence(settings);
  const { cadence } = plan;
  const table = db.personSummaries;
  /** The moment in the first of these keys: the key itself, or read from it by `momentOf`. */
  const firstKey = async <Key = number>(
    keys: Promise<unknown[]>,
    momentOf: (key: Key) => number = (key) => key as number,
  ) => {
    const [key] = (await keys) as Key[];
    return key === undefined ? undefined : momentOf(key);
  };
  const cold = coldAfterMs(cadence.coldAfterDays);
  /** The first follow-up after the k-th message to come due at or after `now`. */
  const nextFollowUp = async (k: number): Promise<number | undefined> => {
    const wait = followUpWaitRange(k, cadence);
    const keys = table
      .where('[followUpRun+followUpFrom]')
      .between([k, now - wait.most], [k, Infinity], true, true);
    if (wait.least === wait.most) {
      const from = await firstKey(keys.limit(1).keys(), ([, at]: [number, number]) => at);
      return after(wait.least)(from);
    }
    // Due moments follow their keys within the wait's range: past the first one found, only
    // keys less than `least` before it can still come first.
    let first = Infinity;
    await keys
      .until((s) => (s.followUpFrom ?? Infinity) + wait.least > first)
      .each((s) => {
        const due = followUpDueAt(s.followUpFrom ?? Infinity, k, cadence, plan.zoneOf(s));
        if (due >= now) first = Math.min(first, due);
      });
    return first === Infinity ? undefined : first + 1;
  };
  const moments = await db.transaction('r', db.personSummaries, db.snoozes, () =>
    Promise.all([
      // An item is overdue from the first millisecond after its due moment.
      firstKey(
        table.where('promiseDueAts').aboveOrEqual([now]).limit(1).keys(),
        ([dueAt]: PromiseDueKey) => dueAt,
      ).then(after(0)),
      firstKey(table.where('replyFrom').aboveOrEqual(now).limit(1).keys()).then(after(0)),
      firstKey(
        table
          .where('coldFrom')
          .aboveOrEqual(now - cold)
          .limit(1)
          .keys(),
      ).then(after(cold)),
      ...followUpRuns(cadence).map(nextFollowUp),
      firstKey(table.where('rollAt').above(now).limit(1).keys()),
      firstKey(db.snoozes.where('until').above(now).limit(1).keys()),
    ]),
  );
  const pending = moments.filter((m): m is number => m !== undefined && m > now);
  return pending.length ? Math.min(...pending) : undefined;
}

const after = (wait: number) => (at: number | undefined) =>
  at === undefined ? undefined : at + wait + 1;
