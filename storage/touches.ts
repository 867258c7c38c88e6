import { isTooFarAhead } from '../utils/domain/touches';
import type { RapportDatabase } from './db';
import { newId } from './ids';
import { rebuildSummary, updateSummary } from './person-summaries';
import { touchSchema, validate, type Touch } from './schema';

export type NewTouch = Omit<Touch, 'id' | 'createdAt'>;

/** A person's touches, newest first, through the [personId+at] index. */
export async function touchesFor(
  db: RapportDatabase,
  personId: string,
  limit?: number,
): Promise<Touch[]> {
  const query = db.touches
    .where('[personId+at]')
    .between([personId, -Infinity], [personId, Infinity])
    .reverse();
  return (limit === undefined ? query : query.limit(limit)).toArray();
}

/**
 * Logs a touch once: a touch with an externalId already stored for its channel (the same
 * Gmail message seen again) is not written twice. Returns the stored touch either way.
 */
export async function logTouch(
  db: RapportDatabase,
  fields: NewTouch,
  now = Date.now(),
): Promise<Touch> {
  const touch = validate('touch', touchSchema, { ...fields, id: newId(), createdAt: now });
  // A touch is contact that happened: one dated well ahead is a mistake, and a backup
  // holding it would be refused on import.
  if (isTooFarAhead(touch.at, now))
    throw new Error('A touch cannot be dated more than a day ahead.');
  return db.transaction('rw', db.touches, db.notes, db.people, db.personSummaries, async () => {
    if (touch.externalId !== undefined) {
      const existing = await db.touches
        .where('[channel+externalId]')
        .equals([touch.channel, touch.externalId])
        .first();
      if (existing) return existing;
    }
    if (!(await db.people.get(touch.personId)))
      throw new Error('The person for this touch no longer exists');
    await db.touches.add(touch);
    await db.people.update(touch.personId, { updatedAt: Math.max(now, touch.at) });
    await updateSummary(db, touch.personId, { touches: [touch] }, now);
    return touch;
  });
}

/** What the rep may change about a touch. */
export type TouchChanges = Partial<
  Pick<Touch, 'channel' | 'direction' | 'at' | 'subject' | 'summary'>
>;

/**
 * Edits a touch: only the fields named change (one set to undefined is removed). The
 * person's summary is worked out again: a touch moved in time may no longer be the latest.
 */
export async function updateTouch(
  db: RapportDatabase,
  id: string,
  changes: TouchChanges,
  now = Date.now(),
): Promise<Touch> {
  return db.transaction('rw', db.touches, db.notes, db.people, db.personSummaries, async () => {
    const current = await db.touches.get(id);
    if (!current) throw new Error('This touch no longer exists');
    const next = validate('touch', touchSchema, { ...current, ...changes, id });
    for (const key of Object.keys(changes) as (keyof TouchChanges)[]) {
      if (changes[key] === undefined) delete (next as Partial<Touch>)[key];
    }
    if (next.at !== current.at && isTooFarAhead(next.at, now))
      throw new Error('A touch cannot be dated more than a day ahead.');
    await db.touches.put(next);
    await rebuildSummary(db, next.personId, now);
    return next;
  });
}

/** Deletes a touch and returns it, so the caller can offer undo with restoreTouch. */
export async function deleteTouch(
  db: RapportDatabase,
  id: string,
  now = Date.now(),
): Promise<Touch | undefined> {
  return db.transaction('rw', db.touches, db.notes, db.people, db.personSummaries, async () => {
    const touch = await db.touches.get(id);
    if (!touch) return undefined;
    await db.touches.delete(id);
    await rebuildSummary(db, touch.personId, now);
    return touch;
  });
}

/** Puts a deleted touch back exactly as it was (undo). */
export async function restoreTouch(
  db: RapportDatabase,
  touch: Touch,
  now = Date.now(),
): Promise<void> {
  const valid = validate('touch', touchSchema, touch);
  await db.transaction('rw', db.people, db.notes, db.touches, db.personSummaries, async () => {
    if (!(await db.people.get(valid.personId)))
      throw new Error('The person for this touch no longer exists');
    await db.touches.put(valid);
    await updateSummary(db, valid.personId, { touches: [valid] }, now);
  });
}
