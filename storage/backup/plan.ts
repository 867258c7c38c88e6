import Dexie, { type PromiseExtended } from 'dexie';
import { mergePersonRecords } from '../../utils/domain/person';
import type { RapportDatabase } from '../db';
import type { Note, Person, Reminder, Settings, Snooze, Touch } from '../schema';
import { checkBackup, type CheckedBackup } from './check';

/**
 * What importing a file will do, worked out against the database without writing. A plan is
 * plain data: it can be shown, copied (structuredClone) and handed to importPlan, which
 * writes the records it carries.
 */

export interface ImportCounts {
  new: number;
  merged: number;
  unchanged: number;
}

export interface ImportPlan {
  people: ImportCounts;
  notes: ImportCounts;
  touches: ImportCounts;
  /** Each problem with its location in the file, e.g. `people[3].emails[0]: Invalid email`. */
  problems: string[];
  settings?: Settings;
  /** What will be written: only present when there are no problems. */
  writes?: {
    people: Person[];
    notes: Note[];
    touches: Touch[];
    snoozes: Snooze[];
    reminders: Reminder[];
  };
  /** The checked records the plan was made from: only present when there are no problems. */
  records?: CheckedBackup;
}

const emptyCounts = (): ImportCounts => ({ new: 0, merged: 0, unchanged: 0 });

/** Works out what importing `raw` would do, without writing anything. */
export async function planImport(db: RapportDatabase, raw: unknown): Promise<ImportPlan> {
  const check = checkBackup(raw);
  if (!check.ok) {
    return {
      people: emptyCounts(),
      notes: emptyCounts(),
      touches: emptyCounts(),
      problems: check.problems,
    };
  }
  const { records } = check;
  return db.transaction('r', [db.people, db.notes, db.touches, db.snoozes, db.reminders], () =>
    readStored(db, records).then((stored) => planAgainst(records, stored)),
  );
}

/** What is stored that the file's records could match. */
export interface Stored {
  /** Stored people sharing an id, address, LinkedIn slug or member id with an incoming person. */
  people: (Person | undefined)[];
  /** Stored notes by id (at least those with an incoming note's id). */
  notes: Map<string, Note>;
  /** Stored touches by id (at least those with an incoming touch's id). */
  touches: Map<string, Touch>;
  /** Stored touches with an external id (at least those an incoming touch shares). */
  externalTwins: Touch[];
  /** Every stored snooze, by person. */
  snoozes: Map<string, Snooze>;
  /** Stored reminders sharing a key with an incoming one. */
  reminders: Map<string, Reminder>;
}

/**
 * A stored table no bigger than this many times the incoming records is read whole: one
 * getAll is far cheaper than a lookup per record (IndexedDB has no batched get, so a
 * bulkGet of 100,000 keys is 100,000 requests), and an empty table needs no read at all.
 */
const READ_WHOLE_TABLE_UP_TO = 4;

/**
 * Every read the plan needs, before any matching. Built as one chain of Dexie's own
 * promises, not nested async functions: inside a transaction, awaiting a promise that is not
 * Dexie's loses the transaction (PrematureCommitError), and matching in memory afterwards
 * needs no awaits at all.
 */
export function readStored(db: RapportDatabase, checked: CheckedBackup): PromiseExtended<Stored> {
  return Dexie.Promise.all([
    storedPeople(db, checked.people),
    storedById<Note>(db.notes, checked.notes),
    storedTouches(db, checked.touches),
    db.snoozes.toArray(),
    db.reminders.bulkGet(checked.reminders.map((r) => r.key)),
  ]).then(([people, notes, touches, snoozes, reminders]) => ({
    people,
    notes,
    ...touches,
    snoozes: new Map(snoozes.map((s) => [s.personId, s])),
    reminders: new Map(reminders.flatMap((r) => (r ? [[r.key, r] as const] : []))),
  }));
}

/** Every stored record when the table is small next to `incoming`; otherwise undefined. */
function wholeTableIfSmall<T>(
  table: { count(): PromiseExtended<number>; toArray(): PromiseExtended<T[]> },
  incoming: number,
): PromiseExtended<T[] | undefined> {
  return table
    .count()
    .then((stored) =>
      stored === 0 ? [] : stored <= incoming * READ_WHOLE_TABLE_UP_TO ? table.toArray() : undefined,
    );
}

function storedPeople(
  db: RapportDatabase,
  incoming: Person[],
): PromiseExtended<(Person | undefined)[]> {
  return wholeTableIfSmall<Person>(db.people, incoming.length).then((all) => {
    if (all) return all;
    const emails = [...new Set(incoming.flatMap((p) => p.emails))];
    const slugs = [...new Set(incoming.flatMap((p) => (p.linkedinSlug ? [p.linkedinSlug] : [])))];
    const memberIds = [
      ...new Set(incoming.flatMap((p) => (p.linkedinMemberId ? [p.linkedinMemberId] : []))),
    ];
    return Dexie.Promise.all([
      db.people.bulkGet(incoming.map((p) => p.id)),
      emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
      slugs.length ? db.people.where('linkedinSlug').anyOf(slugs).toArray() : [],
      memberIds.length ? db.people.where('linkedinMemberId').anyOf(memberIds).toArray() : [],
    ]).then(([byId, byEmail, bySlug, byMemberId]) => [
      ...byId,
      ...byEmail,
      ...bySlug,
      ...byMemberId,
    ]);
  });
}

function storedById<T extends { id: string }>(
  table: {
    count(): PromiseExtended<number>;
    toArray(): PromiseExtended<T[]>;
    bulkGet(keys: string[]): PromiseExtended<(T | undefined)[]>;
  },
  incoming: T[],
): PromiseExtended<Map<string, T>> {
  return wholeTableIfSmall<T>(table, incoming.length)
    .then((all) => all ?? table.bulkGet(incoming.map((r) => r.id)))
    .then(byId);
}

function storedTouches(
  db: RapportDatabase,
  incoming: Touch[],
): PromiseExtended<{ touches: Map<string, Touch>; externalTwins: Touch[] }> {
  return wholeTableIfSmall<Touch>(db.touches, incoming.length).then((all) => {
    if (all) {
      return { touches: byId(all), externalTwins: all.filter((t) => t.externalId !== undefined) };
    }
    const keyed = incoming.filter((t) => t.externalId !== undefined);
    return Dexie.Promise.all([
      db.touches.bulkGet(incoming.map((t) => t.id)),
      keyed.length
        ? db.touches
            .where('[channel+externalId]')
            .anyOf(keyed.map((t) => [t.channel, t.externalId as string]))
            .toArray()
        : [],
    ]).then(([found, externalTwins]) => ({ touches: byId(found), externalTwins }));
  });
}

function byId<T extends { id: string }>(records: (T | undefined)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (record) map.set(record.id, record);
  return map;
}

/** Matches checked records against what is stored, in memory; the plan keeps the records. */
export function planAgainst(checked: CheckedBackup, stored: Stored): ImportPlan {
  const plan: ImportPlan = {
    people: emptyCounts(),
    notes: emptyCounts(),
    touches: emptyCounts(),
    problems: [],
    ...(checked.settings ? { settings: checked.settings } : {}),
  };
  const { writes: people, idMap } = planPeople(checked.people, stored.people, plan.people);
  const remap = <T extends { personId: string }>(r: T): T => {
    const personId = idMap.get(r.personId);
    return personId === undefined ? r : { ...r, personId };
  };
  const notes = planById(
    checked.notes.map(remap),
    stored.notes,
    plan.notes,
    (a, b) => b.updatedAt >= a.updatedAt,
  );
  const touches = planTouches(checked.touches.map(remap), stored, plan.touches);
  // A snooze is kept until the later of its two ends; a reminder shown anywhere stays shown.
  const snoozes = checked.snoozes
    .map(remap)
    .filter((s) => s.until > (stored.snoozes.get(s.personId)?.until ?? -Infinity));
  const reminders = checked.reminders.filter((r) => !stored.reminders.has(r.key));
  plan.writes = { people, notes, touches, snoozes, reminders };
  plan.records = checked;
  return plan;
}

/**
 * Matches each incoming person to a stored one by id, then address, then LinkedIn slug or member id.
 * A match gains the incoming addresses, slug, tags and any fields it lacked.
 */
function planPeople(incoming: Person[], stored: (Person | undefined)[], counts: ImportCounts) {
  const idMap = new Map<string, string>();
  const writes = new Map<string, Person>();
  const byId = new Map<string, Person>();
  const byEmail = new Map<string, Person>();
  const bySlug = new Map<string, Person>();
  const byMemberId = new Map<string, Person>();
  const index = (p: Person) => {
    byId.set(p.id, p);
    for (const e of p.emails) byEmail.set(e, p);
    if (p.linkedinSlug) bySlug.set(p.linkedinSlug, p);
    if (p.linkedinMemberId) byMemberId.set(p.linkedinMemberId, p);
  };
  for (const p of stored) if (p) index(p);
  for (const person of incoming) {
    const match = byId.get(person.id) ?? firstIndexed(person, byEmail, bySlug, byMemberId);
    if (!match) {
      counts.new += 1;
      writes.set(person.id, person);
      index(person);
      continue;
    }
    idMap.set(person.id, match.id);
    const merged = mergeInto(match, person);
    if (samePerson(merged, match)) counts.unchanged += 1;
    else {
      counts.merged += 1;
      writes.set(match.id, merged);
      index(merged);
    }
  }
  return { writes: [...writes.values()], idMap };
}

function firstIndexed(
  person: Person,
  byEmail: Map<string, Person>,
  bySlug: Map<string, Person>,
  byMemberId: Map<string, Person>,
): Person | undefined {
  for (const email of person.emails) {
    const hit = byEmail.get(email);
    if (hit) return hit;
  }
  const bySlugHit = person.linkedinSlug ? bySlug.get(person.linkedinSlug) : undefined;
  if (bySlugHit) return bySlugHit;
  return person.linkedinMemberId ? byMemberId.get(person.linkedinMemberId) : undefined;
}

/** The stored record with what the file adds, by the one merge policy; the newer time stays. */
function mergeInto(stored: Person, incoming: Person): Person {
  return mergePersonRecords(stored, incoming, Math.max(stored.updatedAt, incoming.updatedAt));
}

function samePerson(a: Person, b: Person): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Records matched by id: new, unchanged when identical, replaced when `newer` says so. */
function planById<T extends { id: string }>(
  incoming: T[],
  stored: Map<string, T>,
  counts: ImportCounts,
  newer: (stored: T, incoming: T) => boolean,
): T[] {
  const writes: T[] = [];
  for (const record of incoming) {
    const current = stored.get(record.id);
    if (!current) {
      counts.new += 1;
      writes.push(record);
    } else if (JSON.stringify(current) === JSON.stringify(record) || !newer(current, record)) {
      counts.unchanged += 1;
    } else {
      counts.merged += 1;
      writes.push(record);
    }
  }
  return writes;
}

/**
 * Touches are matched by id, and by channel + external id: one Gmail message is one
 * touch, however many files or devices it came through.
 */
function planTouches(incoming: Touch[], stored: Stored, counts: ImportCounts): Touch[] {
  const externalKey = (t: Touch) => `${t.channel}\u0000${t.externalId}`;
  const claimed = new Map(stored.externalTwins.map((t) => [externalKey(t), t.id]));
  const withoutDuplicates: Touch[] = [];
  for (const touch of incoming) {
    if (touch.externalId !== undefined) {
      const owner = claimed.get(externalKey(touch));
      if (owner !== undefined && owner !== touch.id) {
        counts.unchanged += 1;
        continue;
      }
      claimed.set(externalKey(touch), touch.id);
    }
    withoutDuplicates.push(touch);
  }
  return planById(withoutDuplicates, stored.touches, counts, () => false);
}
