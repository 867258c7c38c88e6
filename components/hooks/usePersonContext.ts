import { useLiveQuery } from 'dexie-react-hooks';
import type { RapportDatabase } from '@/storage/db';
import { countNotes, notesFor } from '@/storage/notes';
import type { Note, Person, Touch } from '@/storage/schema';
import { touchesFor } from '@/storage/touches';
import { contextKey, forgetContext, preloadedContext } from './preloaded';
import { useDatabase } from './useDatabase';

export interface PersonContext {
  person: Person;
  /** Every note about them, newest first: the panel needs all of them for promises and pins. */
  notes: Note[];
  /** The newest touches, up to the window asked for. */
  touches: Touch[];
  touchCount: number;
}

/**
 * Everything the panel shows about one person, live: a change made in the popup or
 * another window shows at once. Reads only through the person's indexes.
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
      forgetContext(key);
      return context;
    },
    [db, personId, touchWindow],
    preloadedContext(key),
  );
}

/** One read of a person's context (see usePersonContext); null when they do not exist. */
export async function readPersonContext(
  db: RapportDatabase,
  personId: string,
  touchWindow: number,
): Promise<PersonContext | null> {
  const [person, notes, touches, touchCount] = await Promise.all([
    db.people.get(personId),
    notesFor(db, personId),
    touchesFor(db, personId, touchWindow),
    db.touches.where('[personId+at]').between([personId, -Infinity], [personId, Infinity]).count(),
  ]);
  return person ? { person, notes, touches, touchCount } : null;
}

/** How many notes a person has, live (the switcher and badge show it). */
export function useNoteCount(personId: string | undefined): number | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (personId ? countNotes(db, personId) : 0), [db, personId]);
}
