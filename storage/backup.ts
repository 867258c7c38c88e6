import Dexie, { type PromiseExtended } from 'dexie';
import { z } from 'zod';
import type { RapportDatabase } from './db';
import {
  noteSchema,
  personSchema,
  settingsSchema,
  touchSchema,
  type Note,
  type Person,
  type Settings,
  type Touch,
} from './schema';

/**
 * Export and import of everything Rapport stores, as one versioned JSON document.
 * Import checks the whole file before writing anything, says what it will do, and
 * writes in one transaction: a bad file changes nothing.
 */

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  people: Person[];
  notes: Note[];
  touches: Touch[];
  settings?: Settings;
}

export async function exportBackup(
  db: RapportDatabase,
  settings?: Settings,
  now = Date.now(),
): Promise<Backup> {
  return db.transaction('r', db.people, db.notes, db.touches, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    people: await db.people.toArray(),
    notes: await db.notes.toArray(),
    touches: await db.touches.toArray(),
    ...(settings ? { settings } : {}),
  }));
}

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
  writes?: { people: Person[]; notes: Note[]; touches: Touch[] };
}

/** Thrown by importBackup when the file has problems: nothing was written. */
export class ImportRejectedError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The file was not imported (nothing changed): ${problems.slice(0, 5).join('; ')}` +
        (problems.length > 5 ? `; and ${problems.length - 5} more` : ''),
    );
    this.name = 'ImportRejectedError';
  }
}

const MAX_PROBLEMS = 100;

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, {
    error: `not a Rapport backup (format must be "${BACKUP_FORMAT}")`,
  }),
  version: z
    .number()
    .int()
    .min(1)
    .max(BACKUP_VERSION, { error: 'made by a newer Rapport: update Rapport first' }),
  exportedAt: z.number().optional(),
  people: z.array(z.unknown()),
  notes: z.array(z.unknown()).default([]),
  touches: z.array(z.unknown()).default([]),
  settings: z.unknown().optional(),
});

function location(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

function validateAll<T>(
  list: unknown[],
  name: string,
  schema: z.ZodType<T>,
  problems: string[],
): T[] {
  const valid: T[] = [];
  list.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) valid.push(result.data);
    else if (problems.length < MAX_PROBLEMS) {
      for (const issue of result.error.issues) {
        problems.push(
          `${name}[${index}]${issue.path.length ? '.' : ''}${location(issue.path)}: ${issue.message}`,
        );
      }
    }
  });
  return valid;
}

/** Parses JSON text, returning a problem instead of throwing. */
export function parseBackupText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportRejectedError([`the file is not valid JSON (${(error as Error).message})`]);
  }
}

/** The file's records once every one of them has passed its schema. */
interface CheckedBackup {
  people: Person[];
  notes: Note[];
  touches: Touch[];
  settings?: Settings;
}

/** The checked records behind each plan planImport returned, for importPlan. */
const checkedPlans = new WeakMap<ImportPlan, CheckedBackup>();

const emptyCounts = (): ImportCounts => ({ new: 0, merged: 0, unchanged: 0 });

/** Checks the whole file against the schemas, recording each problem in `problems`. */
function checkBackup(raw: unknown, problems: string[]): CheckedBackup | undefined {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    problems.push(
      ...envelope.error.issues.map(
        (i) => `${i.path.length ? location(i.path) : 'file'}: ${i.message}`,
      ),
    );
    return undefined;
  }
  const file = envelope.data;
  const checked: CheckedBackup = {
    people: validateAll(file.people, 'people', personSchema, problems),
    notes: validateAll(file.notes, 'notes', noteSchema, problems),
    touches: validateAll(file.touches, 'touches', touchSchema, problems),
  };
  if (file.settings !== undefined) {
    const settings = settingsSchema.safeParse(file.settings);
    if (settings.success) checked.settings = settings.data;
    else
      problems.push(
        ...settings.error.issues.map((i) => `settings.${location(i.path)}: ${i.message}`),
      );
  }
  const { people, notes, touches } = checked;
  const fileIds = new Set(people.map((p) => p.id));
  checkUnique(people, 'people', (p) => p.id, problems);
  checkUnique(notes, 'notes', (n) => n.id, problems);
  checkUnique(touches, 'touches', (t) => t.id, problems);
  notes.forEach((n, i) => {
    if (!fileIds.has(n.personId))
      problems.push(`notes[${i}].personId: no person ${n.personId} in the file`);
  });
  touches.forEach((t, i) => {
    if (!fileIds.has(t.personId))
      problems.push(`touches[${i}].personId: no person ${t.personId} in the file`);
  });
  return problems.length ? undefined : checked;
}

/** Works out what importing `raw` would do, without writing anything. */
export async function planImport(db: RapportDatabase, raw: unknown): Promise<ImportPlan> {
  const problems: string[] = [];
  const checked = checkBackup(raw, problems);
  if (!checked) {
    return { people: emptyCounts(), notes: emptyCounts(), touches: emptyCounts(), problems };
  }
  return db.transaction('r', db.people, db.notes, db.touches, () =>
    readStored(db, checked).then((stored) => planAgainst(checked, stored)),
  );
}

/**
 * Imports a backup: validates everything, then writes in one transaction. Throws
 * ImportRejectedError, having written nothing, when the file has any problem.
 */
export async function importBackup(db: RapportDatabase, raw: unknown): Promise<ImportPlan> {
  const problems: string[] = [];
  const checked = checkBackup(raw, problems);
  if (!checked) throw new ImportRejectedError(problems);
  return writeChecked(db, checked);
}

/**
 * Imports the file a plan from planImport was made from, without checking it again: its
 * records were validated then, and the plan keeps them. The matching against what is
 * stored is done again, in the write transaction.
 */
export async function importPlan(db: RapportDatabase, plan: ImportPlan): Promise<ImportPlan> {
  const checked = checkedPlans.get(plan);
  if (!checked) {
    throw new ImportRejectedError(
      plan.problems.length ? plan.problems : ['the plan was not made by planImport'],
    );
  }
  return writeChecked(db, checked);
}

async function writeChecked(db: RapportDatabase, checked: CheckedBackup): Promise<ImportPlan> {
  // Planned and written in one transaction: an edit in another window cannot land between
  // the plan and the writes and be overwritten by a merge planned before it.
  return db.transaction('rw', db.people, db.notes, db.touches, async () => {
    const plan = planAgainst(checked, await readStored(db, checked));
    const { people, notes, touches } = plan.writes ?? { people: [], notes: [], touches: [] };
    // All three issued at once: IndexedDB runs them in order within the transaction, and
    // the page can prepare the next table's requests while the first is being written.
    await Dexie.Promise.all([
      db.people.bulkPut(people),
      db.notes.bulkPut(notes),
      db.touches.bulkPut(touches),
    ]);
    return plan;
  });
}

function checkUnique<T>(list: T[], name: string, key: (t: T) => string, problems: string[]) {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) problems.push(`${name}[${i}].id: ${k} appears twice in the file`);
    seen.add(k);
  });
}

/** What is stored that the file's records could match. */
interface Stored {
  /** Stored people sharing an id, address or LinkedIn slug with an incoming person. */
  people: (Person | undefined)[];
  /** Stored notes by id (at least those with an incoming note's id). */
  notes: Map<string, Note>;
  /** Stored touches by id (at least those with an incoming touch's id). */
  touches: Map<string, Touch>;
  /** Stored touches with an external id (at least those an incoming touch shares). */
  externalTwins: Touch[];
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
function readStored(db: RapportDatabase, checked: CheckedBackup): PromiseExtended<Stored> {
  return Dexie.Promise.all([
    storedPeople(db, checked.people),
    storedById<Note>(db.notes, checked.notes),
    storedTouches(db, checked.touches),
  ]).then(([people, notes, touches]) => ({ people, notes, ...touches }));
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
    return Dexie.Promise.all([
      db.people.bulkGet(incoming.map((p) => p.id)),
      emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
      slugs.length ? db.people.where('linkedinSlug').anyOf(slugs).toArray() : [],
    ]).then(([byId, byEmail, bySlug]) => [...byId, ...byEmail, ...bySlug]);
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

/** Matches checked records against what is stored, in memory. */
function planAgainst(checked: CheckedBackup, stored: Stored): ImportPlan {
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
  plan.writes = { people, notes, touches };
  checkedPlans.set(plan, checked);
  return plan;
}

/**
 * Matches each incoming person to a stored one by id, then address, then LinkedIn slug.
 * A match gains the incoming addresses, slug, tags and any fields it lacked.
 */
function planPeople(incoming: Person[], stored: (Person | undefined)[], counts: ImportCounts) {
  const idMap = new Map<string, string>();
  const writes = new Map<string, Person>();
  const byId = new Map<string, Person>();
  const byEmail = new Map<string, Person>();
  const bySlug = new Map<string, Person>();
  const index = (p: Person) => {
    byId.set(p.id, p);
    for (const e of p.emails) byEmail.set(e, p);
    if (p.linkedinSlug) bySlug.set(p.linkedinSlug, p);
  };
  for (const p of stored) if (p) index(p);
  for (const person of incoming) {
    const match = byId.get(person.id) ?? firstIndexed(person, byEmail, bySlug);
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
): Person | undefined {
  for (const email of person.emails) {
    const hit = byEmail.get(email);
    if (hit) return hit;
  }
  return person.linkedinSlug ? bySlug.get(person.linkedinSlug) : undefined;
}

function mergeInto(stored: Person, incoming: Person): Person {
  const filled = { ...stored };
  for (const key of ['linkedinSlug', 'company', 'title', 'location', 'timeZone'] as const) {
    if (filled[key] === undefined && incoming[key] !== undefined) filled[key] = incoming[key];
  }
  return {
    ...filled,
    emails: [...new Set([...stored.emails, ...incoming.emails])],
    tags: [...new Set([...stored.tags, ...incoming.tags])],
    consent: incoming.updatedAt > stored.updatedAt ? incoming.consent : stored.consent,
    updatedAt: Math.max(stored.updatedAt, incoming.updatedAt),
  };
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
