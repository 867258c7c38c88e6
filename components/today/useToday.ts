import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readPlanRecords } from '@/storage/follow-ups';
import type { CadenceSettings, Person, Touch } from '@/storage/schema';
import { planFollowUps, type FollowUp } from '@/utils/coach/follow-ups';
import { useDatabase } from '../hooks/useDatabase';

export interface Today {
  /** The moment the plan is for. */
  now: number;
  /** Everything owed within a day, in order. */
  plan: FollowUp[];
  /** The touches that decided the plan, by id (a row's Done logs a reply on the same channel). */
  touches: ReadonlyMap<string, Touch>;
  /** People's names, by id. */
  names: ReadonlyMap<string, string>;
}

/**
 * Today's plan, live: it changes the moment a note, a touch, a person or a snooze does, in
 * any window. Read from the per-person summaries, so it stays quick at any size.
 * `undefined` while loading.
 */
export function useToday(now: number, cadence?: Partial<CadenceSettings>): Today | undefined {
  const db = useDatabase();
  // Read with the moment of reading: a touch the rep just logged ("Done") is dated after the
  // clock the screen last ticked, and must count as having happened.
  const read = useLiveQuery(
    async () => ({ records: await readPlanRecords(db), at: Date.now() }),
    [db],
  );
  return useMemo(() => {
    if (!read) return undefined;
    const { records } = read;
    const at = Math.max(now, read.at);
    return {
      now: at,
      plan: planFollowUps({
        ...records,
        now: at,
        ...(cadence ? { settings: cadence } : {}),
      }),
      touches: new Map(records.touches.map((t) => [t.id, t])),
      names: new Map(records.people.map((p) => [p.id, p.name])),
    };
  }, [read, now, cadence]);
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
