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

/** Works out what importing `raw` would do, without writing anything. */
export async function planImport(db: RapportDatabase, raw: unknown): Promise<ImportPlan> {
  const empty = (): ImportCounts => ({ new: 0, merged: 0, unchanged: 0 });
  const plan: ImportPlan = { people: empty(), notes: empty(), touches: empty(), problems: [] };
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    plan.problems = envelope.error.issues.map(
      (i) => `${i.path.length ? location(i.path) : 'file'}: ${i.message}`,
    );
    return plan;
  }
  const file = envelope.data;
  const people = validateAll(file.people, 'people', personSchema, plan.problems);
  const notes = validateAll(file.notes, 'notes', noteSchema, plan.problems);
  const touches = validateAll(file.touches, 'touches', touchSchema, plan.problems);
  if (file.settings !== undefined) {
    const settings = settingsSchema.safeParse(file.settings);
    if (settings.success) plan.settings = settings.data;
    else
      plan.problems.push(
        ...settings.error.issues.map((i) => `settings.${location(i.path)}: ${i.message}`),
      );
  }
  const fileIds = new Set(people.map((p) => p.id));
  checkUnique(people, 'people', (p) => p.id, plan.problems);
  checkUnique(notes, 'notes', (n) => n.id, plan.problems);
  checkUnique(touches, 'touches', (t) => t.id, plan.problems);
  notes.forEach((n, i) => {
    if (!fileIds.has(n.personId))
      plan.problems.push(`notes[${i}].personId: no person ${n.personId} in the file`);
  });
  touches.forEach((t, i) => {
    if (!fileIds.has(t.personId))
      plan.problems.push(`touches[${i}].personId: no person ${t.personId} in the file`);
  });
  if (plan.problems.length) return plan;

  return db.transaction('r', db.people, db.notes, db.touches, async () => {
    const { writes: peopleWrites, idMap } = await planPeople(db, people, plan);
    const mappedNotes = notes.map((n) => ({ ...n, personId: idMap.get(n.personId) ?? n.personId }));
    const mappedTouches = touches.map((t) => ({
      ...t,
      personId: idMap.get(t.personId) ?? t.personId,
    }));
    const noteWrites = await planById(
      db.notes,
      mappedNotes,
      plan.notes,
      (a, b) => b.updatedAt >= a.updatedAt,
    );
    const touchWrites = await planTouches(db, mappedTouches, plan.touches);
    plan.writes = { people: peopleWrites, notes: noteWrites, touches: touchWrites };
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

/**
 * Matches each incoming person to a stored one by id, then address, then LinkedIn slug.
 * A match gains the incoming addresses, slug, tags and any fields it lacked.
 */
async function planPeople(db: RapportDatabase, incoming: Person[], plan: ImportPlan) {
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
  // Every stored person the file could match, in three reads, then matching in memory: a
  // loop of awaits that touch no table lets Dexie lose the transaction (PrematureCommitError
  // on a file of 50 people without addresses), and one read per person is slow besides.
  const emails = [...new Set(incoming.flatMap((p) => p.emails))];
  const slugs = [...new Set(incoming.flatMap((p) => (p.linkedinSlug ? [p.linkedinSlug] : [])))];
  const [storedById, storedByEmail, storedBySlug] = await Promise.all([
    db.people.bulkGet(incoming.map((p) => p.id)),
    emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
    slugs.length ? db.people.where('linkedinSlug').anyOf(slugs).toArray() : [],
  ]);
  for (const p of [...storedById, ...storedByEmail, ...storedBySlug]) if (p) index(p);
  for (const person of incoming) {
    const match = byId.get(person.id) ?? firstIndexed(person, byEmail, bySlug);
    if (!match) {
      plan.people.new += 1;
      writes.set(person.id, person);
      index(person);
      continue;
    }
    idMap.set(person.id, match.id);
    const merged = mergeInto(match, person);
    if (samePerson(merged, match)) plan.people.unchanged += 1;
    else {
      plan.people.merged += 1;
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
async function planById<T extends { id: string }>(
  table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> },
  incoming: T[],
  counts: ImportCounts,
  newer: (stored: T, incoming: T) => boolean,
): Promise<T[]> {
  const stored = await table.bulkGet(incoming.map((r) => r.id));
  const writes: T[] = [];
  incoming.forEach((record, i) => {
    const current = stored[i];
    if (!current) {
      counts.new += 1;
      writes.push(record);
    } else if (JSON.stringify(current) === JSON.stringify(record) || !newer(current, record)) {
      counts.unchanged += 1;
    } else {
      counts.merged += 1;
      writes.push(record);
    }
  });
  return writes;
}

/**
 * Touches are matched by id, and by channel + external id: one Gmail message is one
 * touch, however many files or devices it came through.
 */
async function planTouches(
  db: RapportDatabase,
  incoming: Touch[],
  counts: ImportCounts,
): Promise<Touch[]> {
  const externalKey = (t: Touch) => `${t.channel}\u0000${t.externalId}`;
  const keyed = incoming.filter((t) => t.externalId !== undefined);
  const twins = keyed.length
    ? await db.touches
        .where('[channel+externalId]')
        .anyOf(keyed.map((t) => [t.channel, t.externalId as string]))
        .toArray()
    : [];
  const claimed = new Map(twins.map((t) => [externalKey(t), t.id]));
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
  return planById(db.touches, withoutDuplicates, counts, () => false);
}

/**
 * Imports a backup: validates everything, then writes in one transaction. Throws
 * ImportRejectedError, having written nothing, when the file has any problem.
 */
export async function importBackup(db: RapportDatabase, raw: unknown): Promise<ImportPlan> {
  // Planned and written in one transaction: an edit in another window cannot land between
  // the plan and the writes and be overwritten by a merge planned before it.
  return db.transaction('rw', db.people, db.notes, db.touches, async () => {
    const plan = await planImport(db, raw);
    if (plan.problems.length || !plan.writes) throw new ImportRejectedError(plan.problems);
    const { people, notes, touches } = plan.writes;
    await db.people.bulkPut(people);
    await db.notes.bulkPut(notes);
    await db.touches.bulkPut(touches);
    return plan;
  });
}
