import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { PlanCounts } from '@/storage/follow-ups';
import type { Person, Touch } from '@/storage/schema';
import type { TimingSettings } from '@/utils/coach/types';
import type { FollowUp } from '@/utils/coach/follow-ups';
import { earlyToday } from '../hooks/preloaded';
import { useDatabase } from '../hooks/useDatabase';
import { readToday, todayKey } from './read-today';

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
 * note, a touch, a person or a snooze does, in any window. `undefined` while loading; at
 * once when the side panel read them before it mounted.
 */
export function useToday(clock: number, settings: TimingSettings, rows: number): Today | undefined {
  const db = useDatabase();
  const key = todayKey(settings, rows);
  const read = useLiveQuery(
    async () => {
      const fresh = await readToday(db, clock, settings, rows);
      earlyToday.forget(key);
      return fresh;
    },
    [db, clock, settings, rows],
    earlyToday.value(key),
  );
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
