import { resolveCadence } from '../utils/coach/cadence';
import {
  isOverdue,
  planFollowUps,
  type FollowUp,
  type FollowUpInput,
} from '../utils/coach/follow-ups';
import { coldAfterMs, followUpWaitMs } from '../utils/domain/conversation';
import type { RapportDatabase } from './db';
import { withChange, type PersonSummary } from './person-summary';
import type { CadenceSettings, Snooze } from './schema';

/**
 * The follow-up plan and the toolbar count at any scale: both read the per-person
 * summaries, never every note and touch.
 */

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

/** Everything the plan needs, read in one transaction. */
export async function readPlanRecords(db: RapportDatabase): Promise<PlanRecords> {
  const [summaries, snoozes] = await db.transaction('r', db.personSummaries, db.snoozes, () =>
    Promise.all([db.personSummaries.toArray(), db.snoozes.toArray()]),
  );
  return planInputOf(summaries, snoozes);
}

/** Today's plan for everyone. */
export async function todaysPlan(
  db: RapportDatabase,
  now: number,
  settings?: Partial<CadenceSettings>,
): Promise<FollowUp[]> {
  return planFollowUps({ ...(await readPlanRecords(db)), now, ...(settings ? { settings } : {}) });
}

/**
 * Summaries holding a touch dated ahead that has now come to pass (a meeting logged in
 * advance) are worked out again as of `now`, so that their index keys say what is true now.
 * The transaction must include `personSummaries`.
 */
async function rollSummaries(db: RapportDatabase, now: number): Promise<void> {
  const due = await db.personSummaries.where('rollAt').belowOrEqual(now).toArray();
  if (due.length === 0) return;
  await db.personSummaries.bulkPut(
    due.map((s) => withChange(s, { id: s.personId, name: s.name, consent: s.consent }, {}, now)),
  );
}

/** 1, 2, … up to the last run of unanswered messages that still calls for a follow-up. */
function followUpRuns(cadence: CadenceSettings): number[] {
  return Array.from({ length: cadence.maxUnanswered - 1 }, (_, i) => i + 1);
}

/**
 * How many items of the plan are overdue now (due before `now`), through the summaries'
 * indexes: a few index counts, whatever the number of people, notes and touches. Equals
 * `planFollowUps(everything).filter(isOverdue).length` (tests/storage/follow-ups.test.ts).
 */
export async function countOverdue(
  db: RapportDatabase,
  now: number,
  settings?: Partial<CadenceSettings>,
): Promise<number> {
  const cadence = resolveCadence(settings);
  const table = db.personSummaries;
  return db.transaction('rw', db.personSummaries, db.snoozes, async () => {
    await rollSummaries(db, now);
    const counts = await Promise.all([
      table.where('promiseDueAts').below(now).count(),
      table.where('replyFrom').below(now).count(),
      table
        .where('coldFrom')
        .below(now - coldAfterMs(cadence.coldAfterDays))
        .count(),
      ...followUpRuns(cadence).map((k) =>
        table
          .where('[followUpRun+followUpFrom]')
          .between(
            [k, -Infinity],
            [k, now - followUpWaitMs(cadence.followUpGapsDays, k)],
            true,
            false,
          )
          .count(),
      ),
    ]);
    // A snoozed person's items are in the indexes too: take away those that are overdue.
    const snoozes = await db.snoozes.where('until').above(now).toArray();
    const snoozed = (await table.bulkGet(snoozes.map((s) => s.personId))).filter(
      (s): s is PersonSummary => s !== undefined,
    );
    const hidden = planFollowUps({ ...planInputOf(snoozed, []), now, settings: cadence }).filter(
      (item) => isOverdue(item, now),
    ).length;
    return counts.reduce((sum, n) => sum + n, 0) - hidden;
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
