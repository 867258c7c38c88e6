import type { RapportDatabase } from './db';
import { notesFor } from './notes';
import type { Note, Person, Touch } from './schema';
import { touchesFor } from './touches';

/** Touches read at first; the panel's "Show more" asks for as many again. */
export const FIRST_TOUCH_WINDOW = 50;

/** Everything the side panel shows about one person. */
export interface PersonContext {
  person: Person;
  /** Every note about them, newest first: the panel needs all of them for promises and pins. */
  notes: Note[];
  /** The newest touches, up to the window asked for. */
  touches: Touch[];
  touchCount: number;
}

/**
 * One read of a person's context, through the person's indexes only; null when they do
 * not exist.
 */
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
