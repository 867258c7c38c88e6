import { useLiveQuery } from 'dexie-react-hooks';
import { countNotes } from '@/storage/notes';
import { readPersonContext, type PersonContext } from '@/storage/person-context';
import { contextKey, earlyContext } from './preloaded';
import { useDatabase } from './useDatabase';

/**
 * Everything the panel shows about one person (readPersonContext), live: a change made in
 * the popup or another window shows at once.
 * `undefined` while loading, `null` when the person no longer exists.
 */
export function usePersonContext(
  personId: string | undefined,
  touchWindow: number,
): PersonContext | null | undefined {
  const db = useDatabase();
  const key = personId ? contextKey(personId, touchWindow) : '';
  return useLiveQuery(
    async () => {
      if (!personId) return null;
      const context = await readPersonContext(db, personId, touchWindow);
      earlyContext.forget(key);
      return context;
    },
    [db, personId, touchWindow],
    earlyContext.value(key),
  );
}

/** How many notes a person has, live (the switcher and badge show it). */
export function useNoteCount(personId: string | undefined): number | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (personId ? countNotes(db, personId) : 0), [db, personId]);
}
