import Dexie, { type PromiseExtended } from 'dexie';
import { identitiesOf, type IdentityKey } from '../utils/domain/person';
import {
  isKeptUnattached,
  isSameSend,
  isTooFarAhead,
  messageTouchId,
  SAME_SEND_WINDOW_MS,
  unattachedKeptSince,
} from '../utils/domain/touches';
import type { RapportDatabase } from './db';
import { newId } from './ids';
import { findPersonByIdentity } from './people-lookup';
import { updateSummary } from './person-summaries';
import {
  touchSchema,
  unattachedTouchSchema,
  validate,
  type Person,
  type Touch,
  type UnattachedTouch,
} from './schema';

/**
 * Contact Rapport saw with someone it does not know yet, kept so that adding them later
 * shows it: on their timeline, and to the coach's timing (which would otherwise call a fifth
 * email "first contact"). Kept by identity (an address, a LinkedIn profile or member id), so
 * any channel can keep it; never a message body; for UNATTACHED_KEEP_DAYS.
 */

/** A message seen with one identity: who, which channel and way, when, and its key. */
export type SeenMessage = Omit<UnattachedTouch, 'id' | 'createdAt'>;

export type SeenOutcome =
  /** Logged as a touch of the person holding the identity (or already was). */
  | { kind: 'logged'; personId: string; touch: Touch }
  /** Kept unattached: no one holds the identity. */
  | { kind: 'kept' }
  /**
   * Not kept: already kept, older than what is kept, or a message already logged as someone
   * else's (a forged or confused page).
   */
  | { kind: 'skipped' };

/**
 * Records a message seen with one identity, in one transaction: a touch of the person who
 * holds the identity (once per message, and an outgoing email once however it was seen), else
 * an unattached touch (once per message and identity, and only while recent enough to keep).
 */
export async function recordSeenMessage(
  db: RapportDatabase,
  seen: SeenMessage,
  now = Date.now(),
): Promise<SeenOutcome> {
  const checked = validate('unattached touch', unattachedTouchSchema, {
    ...seen,
    id: newId(),
    createdAt: now,
  });
  // As for any touch: contact dated well ahead of this clock is a mistake.
  if (isTooFarAhead(checked.at, now))
    throw new Error('A message cannot be dated more than a day ahead.');
  const tables = [db.people, db.notes, db.touches, db.unattachedTouches, db.personSummaries];
  return db.transaction('rw', tables, async () => {
    const person = await findPersonByIdentity(db, checked.identity);
    if (person) {
      const touch = await logSeenTouch(db, person.id, checked, now);
      if (touch.personId !== person.id) return { kind: 'skipped' };
      return { kind: 'logged', personId: person.id, touch };
    }
    if (!isKeptUnattached(checked.at, now)) return { kind: 'skipped' };
    const twin = await db.unattachedTouches
      .where('[messageKey+identity]')
      .equals([checked.messageKey, checked.identity])
      .first();
    if (twin) return { kind: 'skipped' };
    const sameSend = await db.unattachedTouches
      .where('identity')
      .equals(checked.identity)
      .filter((t) =>
        isSameSend({ ...t, key: t.messageKey }, { ...checked, key: checked.messageKey }),
      )
      .first();
    if (sameSend) return { kind: 'skipped' };
    await db.unattachedTouches.add(checked);
    await pruneUnattached(db, now);
    return { kind: 'kept' };
  });
}

/** The touch a message leaves for a person, unless that message is already on their timeline. */
async function logSeenTouch(
  db: RapportDatabase,
  personId: string,
  seen: UnattachedTouch,
  now: number,
): Promise<Touch> {
  const touch = touchFrom(seen, personId, now);
  const twin = await db.touches
    .where('[channel+externalId]')
    .equals([touch.channel, touch.externalId as string])
    .first();
  if (twin) return twin;
  const sameSend = await sameSendOf(db, touch);
  if (sameSend) return sameSend;
  await db.touches.add(touch);
  await db.people.update(personId, { updatedAt: Math.max(now, touch.at) });
  // Today and the toolbar count read the summary: it learns of the touch in the same write.
  await updateSummary(db, personId, { touches: [touch] }, now);
  return touch;
}

/** A touch of this person already on the timeline that is the same outgoing email. */
function sameSendOf(db: RapportDatabase, touch: Touch): PromiseExtended<Touch | undefined> {
  if (touch.channel !== 'email' || touch.direction !== 'out')
    return Dexie.Promise.resolve(undefined);
  return db.touches
    .where('[personId+at]')
    .between(
      [touch.personId, touch.at - SAME_SEND_WINDOW_MS],
      [touch.personId, touch.at + SAME_SEND_WINDOW_MS],
      true,
      true,
    )
    .filter((t) => isSameSend({ ...t, key: t.externalId }, { ...touch, key: touch.externalId }))
    .first();
}

/** The person's touch made from an unattached one. */
function touchFrom(seen: UnattachedTouch, personId: string, now: number): Touch {
  return validate('touch', touchSchema, {
    id: newId(),
    personId,
    channel: seen.channel,
    direction: seen.direction,
    at: seen.at,
    ...(seen.subject ? { subject: seen.subject } : {}),
    externalId: messageTouchId(seen.messageKey, seen.direction, personId),
    createdAt: now,
  });
}

/**
 * Turns the kept contact with these people's identities into their touches and forgets it
 * as unattached. Runs inside the caller's write transaction, which must include the
 * touches and unattachedTouches tables: the person and their history are written together.
 * A message already on a person's timeline is not added twice. Returns the touches added.
 */
export function attachUnattached(
  db: RapportDatabase,
  people: readonly Person[],
  now: number,
): PromiseExtended<Touch[]> {
  const holders = new Map<IdentityKey, Person>();
  for (const person of people) {
    for (const identity of identitiesOf(person)) holders.set(identity, person);
  }
  if (holders.size === 0) return Dexie.Promise.resolve([]);
  return db.unattachedTouches
    .count()
    .then((count) =>
      count === 0
        ? []
        : db.unattachedTouches
            .where('identity')
            .anyOf([...holders.keys()])
            .toArray(),
    )
    .then((kept) => {
      const touches = new Map<string, Touch>();
      for (const seen of kept) {
        const holder = holders.get(seen.identity as IdentityKey);
        if (!holder || !isKeptUnattached(seen.at, now)) continue;
        const touch = touchFrom(seen, holder.id, now);
        touches.set(`${touch.channel}\u0000${touch.externalId}`, touch);
      }
      const candidates = [...touches.values()];
      const stored = candidates.length
        ? db.touches
            .where('[channel+externalId]')
            .anyOf(candidates.map((t) => [t.channel, t.externalId as string]))
            .toArray()
        : Dexie.Promise.resolve([] as Touch[]);
      return stored.then((twins) => {
        const taken = new Set(twins.map((t) => `${t.channel}\u0000${t.externalId}`));
        const added = candidates.filter((t) => !taken.has(`${t.channel}\u0000${t.externalId}`));
        return Dexie.Promise.all([
          db.touches.bulkAdd(added),
          db.unattachedTouches.bulkDelete(kept.map((t) => t.id)),
        ]).then(() => added);
      });
    });
}

/** Forgets contact older than what is kept. */
export function pruneUnattached(db: RapportDatabase, now = Date.now()): PromiseExtended<number> {
  return db.unattachedTouches.where('at').below(unattachedKeptSince(now)).delete();
}

/** How many messages with people not in Rapport are kept (expired ones not counted). */
export function countUnattached(db: RapportDatabase, now = Date.now()): PromiseExtended<number> {
  return db.unattachedTouches.where('at').aboveOrEqual(unattachedKeptSince(now)).count();
}

/** Forgets all contact kept with people not in Rapport. */
export async function clearUnattached(db: RapportDatabase): Promise<void> {
  await db.unattachedTouches.clear();
}
