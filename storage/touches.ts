import type { RapportDatabase } from './db';
import { newId } from './ids';
import { loggedTouchSchema, validate, type Touch } from './schema';

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
 * Gmail message seen again) is not written twice. Returns the stored touch either way. A
 * touch dated more than a day after `now` is refused.
 */
export async function logTouch(
  db: RapportDatabase,
  fields: NewTouch,
  now = Date.now(),
): Promise<Touch> {
  const touch = validate('touch', loggedTouchSchema(now), {
    ...fields,
    id: newId(),
    createdAt: now,
  });
  return db.transaction('rw', db.touches, db.people, async () => {
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
    return touch;
  });
}

export async function deleteTouch(db: RapportDatabase, id: string): Promise<void> {
  await db.touches.delete(id);
}
