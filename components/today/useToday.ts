import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { countPlan, planStart, readPlanRecords, type PlanCounts } from '@/storage/follow-ups';
import type { Person, Touch } from '@/storage/schema';
import type { TimingSettings } from '@/utils/coach/types';
import { planFollowUps, type FollowUp } from '@/utils/coach/follow-ups';
import { useDatabase } from '../hooks/useDatabase';

export interface Today {
  /** The moment the plan is for. */
  now: number;
  /** The first items owed within a day, in order (all of them when asked for all). */
  items: FollowUp[];
  /** How many are overdue and listed in all, each stopped at COUNT_CAP. */
  counts: PlanCounts;
  /** The touches that decided the items, by id (a row's Done logs a reply on the same channel). */
  touches: ReadonlyMap<string, Touch>;
  /** People's names, by id. */
  names: ReadonlyMap<string, string>;
}

/**
 * Today's first `rows` items (all of them with Infinity), live: they change the moment a
 * note, a touch, a person or a snooze does, in any window. Read through the per-person
 * summaries' indexes, so the first rows come as quickly at 10,000 people as at 10.
 * `undefined` while loading.
 */
export function useToday(clock: number, settings: TimingSettings, rows: number): Today | undefined {
  const db = useDatabase();
  const read = useLiveQuery(async () => {
    // A touch the rep just logged ("Done") is dated after the clock the screen last ticked,
    // and must count as having happened.
    const now = Math.max(clock, Date.now());
    const counts = await countPlan(db, now, settings);
    if (rows === Infinity) {
      const records = await readPlanRecords(db);
      const items = planFollowUps({ ...records, now, settings });
      return { now, counts, items, touches: records.touches, people: records.people };
    }
    const start = await planStart(db, now, rows, settings);
    return {
      now,
      counts,
      items: start.items,
      touches: start.summaries.flatMap((s) => s.touches),
      people: start.summaries.map((s) => ({ id: s.personId, name: s.name })),
    };
  }, [db, clock, settings, rows]);
  return useMemo(
    () =>
      read && {
        now: read.now,
        items: read.items,
        counts: read.counts,
        touches: new Map(read.touches.map((t) => [t.id, t])),
        names: new Map(read.people.map((p) => [p.id, p.name])),
      },
    [read],
  );
}

/** The full records of some people (a row's links need their address and profile), live. */
export function usePeople(ids: readonly string[]): ReadonlyMap<string, Person> | undefined {
  const db = useDatabase();
  const key = ids.join('|');
  return useLiveQuery(async () => {
    const people = await db.people.bulkGet(key ? key.split('|') : []);
    return new Map(people.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  }, [db, key]);
}
