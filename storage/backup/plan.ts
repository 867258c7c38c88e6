import Dexie, { type PromiseExtended } from 'dexie';
import {
  holds,
  matchIncoming,
  PeopleIndex,
  withoutIdentities,
  type KeptApart,
} from '../../utils/domain/matching';
import { describeIdentity, mergePersonRecords, profileIdentity } from '../../utils/domain/person';
import { readChangeStamp } from '../change-stamp';
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

/**
 * How incoming people are matched. A backup's records carry the ids they have on the device
 * they come from, and each record of one file is one person. A contacts file's rows have no
 * ids: two rows with one address are one person, and a row known by name only matches the
 * one person of that name.
 */
export type MatchPolicy = 'backup' | 'contacts';

export interface PersonOutcome {
  kind: keyof ImportCounts;
  name: string;
}

/** Something the plan does differently from what the file says, for the rep to know. */
export interface PlanNotice {
  /** The incoming person it is about: their index in the records' people. */
  person: number;
  message: string;
}

export interface ImportPlan {
  policy: MatchPolicy;
  people: ImportCounts;
  notes: ImportCounts;
  touches: ImportCounts;
  /** Each problem with its location in the file, e.g. `people[3].emails[0]: Invalid email`. */
  problems: string[];
  /** Addresses and profiles kept with the person who has them, and the like. */
  notices: PlanNotice[];
  /**
   * What happens to each incoming person, by their index in the records' people, with the
   * name they have in Rapport afterwards (a match keeps the name the rep gave them).
   */
  outcomes?: PersonOutcome[];
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
  /**
   * What the plan was matched against, and the database's change stamp when it was read:
   * the write reuses the matching when the stamp is still the same (nothing was written
   * since), and matches again otherwise. Absent when the database had no stamp.
   */
  basis?: PlanBasis;
  /** Once written: earlier contact with the people written that became their touches. */
  attached?: number;
}

export interface PlanBasis {
  stamp: string;
  stored: Stored;
}

const emptyCounts = (): ImportCounts => ({ new: 0, merged: 0, unchanged: 0 });

/** Works out what importing `raw` would do, without writing anything. */
export async function planImport(
  db: RapportDatabase,
  raw: unknown,
  now = Date.now(),
): Promise<ImportPlan> {
  const check = checkBackup(raw, now);
  if (!check.ok) {
    return {
      policy: 'backup',
      people: emptyCounts(),
      notes: emptyCounts(),
      touches: emptyCounts(),
      problems: check.problems,
      notices: [],
    };
  }
  return planRecords(db, check.records, 'backup');
}

/**
 * Works out what writing checked records would do, read in one transaction with the change
 * stamp, which the plan keeps with what it was matched against.
 */
export function planRecords(
  db: RapportDatabase,
  records: CheckedBackup,
  policy: MatchPolicy,
): Promise<ImportPlan> {
  const tables = [db.people, db.notes, db.touches, db.snoozes, db.reminders, db.changeStamps];
  return db.transaction('r', tables, () =>
    Dexie.Promise.all([readStored(db, records, policy), readChangeStamp(db.changeStamps)]).then(
      ([stored, stamp]) => {
        const plan = planAgainst(records, stored, policy);
        return stamp === undefined ? plan : { ...plan, basis: { stamp, stored } };
      },
    ),
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
export function readStored(
  db: RapportDatabase,
  checked: CheckedBackup,
  policy: MatchPolicy,
): PromiseExtended<Stored> {
  return Dexie.Promise.all([
    storedPeople(db, checked.people, policy),
    storedNotes(db, checked.notes),
    storedTouches(db, checked.touches, policy),
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
export function wholeTableIfSmall<T>(
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
  policy: MatchPolicy,
): PromiseExtended<(Person | undefined)[]> {
  return wholeTableIfSmall<Person>(db.people, incoming.length).then((all) => {
    if (all) return all;
    const emails = [...new Set(incoming.flatMap((p) => p.emails))];
    const slugs = [...new Set(incoming.flatMap((p) => (p.linkedinSlug ? [p.linkedinSlug] : [])))];
    const memberIds = [
      ...new Set(incoming.flatMap((p) => (p.linkedinMemberId ? [p.linkedinMemberId] : []))),
    ];
    const names =
      policy === 'contacts'
        ? [
            ...new Set(
              incoming
                .filter((p) => !p.emails.length && !p.linkedinSlug && !p.linkedinMemberId)
                .map((p) => p.name),
            ),
          ]
        : [];
    return Dexie.Promise.all([
      policy === 'backup' ? db.people.bulkGet(incoming.map((p) => p.id)) : [],
      emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
      slugs.length ? db.people.where('linkedinSlug').anyOf(slugs).toArray() : [],
      memberIds.length ? db.people.where('linkedinMemberId').anyOf(memberIds).toArray() : [],
      names.length ? db.people.where('name').anyOfIgnoreCase(names).toArray() : [],
    ]).then((found) => found.flat());
  });
}

/**
 * The stored notes sharing an id with an incoming note, and, for those whose stored twin is
 * about someone else, the notes at the id such a note is imported under (collisionNoteId).
 */
function storedNotes(db: RapportDatabase, incoming: Note[]): PromiseExtended<Map<string, Note>> {
  return storedById<Note>(db.notes, incoming).then((stored) => {
    const moved = incoming.filter((n) => {
      const twin = stored.get(n.id);
      return twin !== undefined && twin.personId !== n.personId;
    });
    if (!moved.length) return stored;
    const ids = moved.map((n) => collisionNoteId(n.id, n.personId));
    return db.notes.bulkGet(ids).then((found) => {
      for (const note of found) if (note) stored.set(note.id, note);
      return stored;
    });
  });
}

/**
 * The id an incoming note is imported under when a stored note with its id is about someone
 * else: the stored note stays where it is, and the incoming one is kept beside it, about its
 * own person, under an id that is the same on every import of the file.
 */
export function collisionNoteId(id: string, personId: string): string {
  return `${id.slice(0, 60)}~${personId.slice(0, 39)}`;
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
  policy: MatchPolicy,
): PromiseExtended<{ touches: Map<string, Touch>; externalTwins: Touch[] }> {
  return wholeTableIfSmall<Touch>(db.touches, incoming.length).then((all) => {
    if (all) {
      return { touches: byId(all), externalTwins: all.filter((t) => t.externalId !== undefined) };
    }
    const keyed = incoming.filter((t) => t.externalId !== undefined);
    return Dexie.Promise.all([
      // A contacts file's touches are made with new ids: only a backup's can be stored.
      policy === 'backup' ? db.touches.bulkGet(incoming.map((t) => t.id)) : [],
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
export function planAgainst(
  checked: CheckedBackup,
  stored: Stored,
  policy: MatchPolicy = 'backup',
): ImportPlan {
  const plan: ImportPlan = {
    policy,
    people: emptyCounts(),
    notes: emptyCounts(),
    touches: emptyCounts(),
    problems: [],
    notices: [],
    ...(checked.settings ? { settings: checked.settings } : {}),
  };
  const {
    writes: people,
    idMap,
    outcomes,
  } = planPeople(checked.people, stored.people, plan, policy);
  const remap = <T extends { personId: string }>(r: T): T => {
    const personId = idMap.get(r.personId);
    return personId === undefined ? r : { ...r, personId };
  };
  const notes = planById(
    checked.notes.map(remap).map((n) => keepNoteWithItsPerson(n, stored.notes)),
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
  plan.outcomes = outcomes;
  plan.writes = { people, notes, touches, snoozes, reminders };
  plan.records = checked;
  return plan;
}

/** A note whose id a stored note about someone else has: imported beside it, never over it. */
function keepNoteWithItsPerson(note: Note, stored: Map<string, Note>): Note {
  const twin = stored.get(note.id);
  return twin && twin.personId !== note.personId
    ? { ...note, id: collisionNoteId(note.id, note.personId) }
    : note;
}

/**
 * Matches each incoming person to a stored one (utils/domain/matching.ts). A match gains
 * the incoming addresses, profile, tags and any fields it lacked, by the one merge policy;
 * an address or profile someone else holds stays theirs, and the plan says so.
 */
function planPeople(
  incoming: Person[],
  stored: (Person | undefined)[],
  plan: ImportPlan,
  policy: MatchPolicy,
) {
  const counts = plan.people;
  const idMap = new Map<string, string>();
  const writes = new Map<string, Person>();
  const outcomes: PersonOutcome[] = [];
  const index = new PeopleIndex<Person>(stored);
  const options = { byId: policy === 'backup', byName: policy === 'contacts' };
  incoming.forEach((person, i) => {
    const { person: match, keptApart } = matchIncoming(index, person, options);
    for (const kept of keptApart)
      plan.notices.push({ person: i, message: keptApartMessage(kept, person) });
    const cleaned = withoutIdentities(
      person,
      keptApart.map((k) => k.identity),
    );
    if (!match) {
      counts.new += 1;
      outcomes.push({ kind: 'new', name: cleaned.name });
      writes.set(cleaned.id, cleaned);
      index.put(cleaned, { matchable: policy === 'contacts' });
      return;
    }
    idMap.set(person.id, match.id);
    const merged = mergeInto(match, cleaned);
    if (samePerson(merged, match)) {
      counts.unchanged += 1;
      outcomes.push({ kind: 'unchanged', name: match.name });
    } else {
      counts.merged += 1;
      outcomes.push({ kind: 'merged', name: merged.name });
      writes.set(match.id, merged);
      index.put(merged, { matchable: index.matchable(match) });
    }
  });
  return { writes: [...writes.values()], idMap, outcomes };
}

/** What the preview says of an identity of the file that is not added where it points. */
function keptApartMessage(kept: KeptApart<Person>, incoming: Person): string {
  const identity = describeIdentity(kept.identity);
  if (kept.sameProfileAs) {
    return `${identity} is not added to ${incoming.name}: it names the same LinkedIn profile as ${describeIdentity(kept.sameProfileAs)}, which is not added either`;
  }
  const profile = profileIdentity(kept.holder);
  if (!holds(kept.holder, kept.identity) && profile) {
    return `${identity} is not added to ${kept.holder.name}, who has another LinkedIn profile (${describeIdentity(profile)})`;
  }
  return `${identity} stays with ${kept.holder.name}, who has it already: ${incoming.name} is imported without it (merge the two in Rapport if they are one person)`;
}

/** The stored record with what the file adds, by the one merge policy; the newer time stays. */
function mergeInto(stored: Person, incoming: Person): Person {
  return mergePersonRecords(stored, incoming, Math.max(stored.updatedAt, incoming.updatedAt));
}

/** Whether a merge changed nothing but the time it was last updated. */
function samePerson(merged: Person, stored: Person): boolean {
  const a = merged as Record<string, unknown>;
  const b = stored as Record<string, unknown>;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  fields.delete('updatedAt');
  for (const field of fields) {
    const x = a[field];
    const y = b[field];
    const same =
      Array.isArray(x) && Array.isArray(y)
        ? x.length === y.length && x.every((v, i) => v === y[i])
        : x === y;
    if (!same) return false;
  }
  return true;
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
