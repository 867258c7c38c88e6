import type * as z from 'zod/mini';
import { isTooFarAhead } from '../../utils/domain/touches';
import {
  noteSchema,
  personSchema,
  reminderSchema,
  settingsSchema,
  snoozeSchema,
  touchSchema,
  type Note,
  type Person,
  type Reminder,
  type Settings,
  type Snooze,
  type Touch,
} from '../schema';
import { envelopeSchema, upgradeBackup } from './format';

/**
 * Reading and checking a backup file: the whole file is checked before anything is
 * written, and each problem is named with its place in the file.
 */

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

/** The file's records once every one of them has passed its schema. */
export interface CheckedBackup {
  people: Person[];
  notes: Note[];
  touches: Touch[];
  snoozes: Snooze[];
  reminders: Reminder[];
  settings?: Settings;
}

/**
 * What checking a file found: its records, or every problem (each with its location in the
 * file, e.g. `people[3].emails[0]: Invalid email`).
 */
export type BackupCheck = { ok: true; records: CheckedBackup } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 100;

/**
 * The largest backup file read: far above a rep's ten thousand people and a hundred
 * thousand notes, and below what a browser tab can hold as one string.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** A problem with the file's size, before a byte of it is read; undefined when it fits. */
export function backupSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_BACKUP_BYTES) return undefined;
  const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
  return `the file is ${mb(bytes)}, more than the ${mb(MAX_BACKUP_BYTES)} a Rapport backup can be`;
}

/**
 * Parses JSON text, after the byte-order mark some editors put at the start of UTF-8
 * files; a problem instead of a JSON error.
 */
export function parseBackupText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportRejectedError([`the file is not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * The times in each record that say when something happened or was recorded, which no honest
 * device puts more than a day ahead (a due date may lie anywhere in the future).
 */
const RECORDED_TIMES = {
  people: ['createdAt', 'updatedAt'],
  notes: ['createdAt', 'updatedAt', 'doneAt'],
  touches: ['at', 'createdAt'],
} as const;

/**
 * Checks the whole file, upgraded from an older version first, against the schemas, and its
 * recorded times against `now`.
 */
export function checkBackup(raw: unknown, now = Date.now()): BackupCheck {
  const problems: string[] = [];
  const envelope = envelopeSchema.safeParse(upgradeBackup(raw));
  if (!envelope.success) {
    problems.push(
      ...envelope.error.issues.map(
        (i) => `${i.path.length ? location(i.path) : 'file'}: ${i.message}`,
      ),
    );
    return { ok: false, problems };
  }
  const file = envelope.data;
  const checked: CheckedBackup = {
    people: validateAll(file.people, 'people', personSchema, problems),
    notes: validateAll(file.notes, 'notes', noteSchema, problems),
    touches: validateAll(file.touches, 'touches', touchSchema, problems),
    snoozes: validateAll(file.snoozes, 'snoozes', snoozeSchema, problems),
    reminders: validateAll(file.reminders, 'reminders', reminderSchema, problems),
  };
  if (file.settings !== undefined) {
    const settings = settingsSchema.safeParse(file.settings);
    if (settings.success) checked.settings = settings.data;
    else
      problems.push(
        ...settings.error.issues.map((i) => `settings.${location(i.path)}: ${i.message}`),
      );
  }
  const { people, notes, touches, snoozes, reminders } = checked;
  if (file.exportedAt !== undefined && isTooFarAhead(file.exportedAt, now)) {
    problems.push(`exportedAt: ${future(file.exportedAt)}`);
  }
  checkTimes(file.people, 'people', RECORDED_TIMES.people, now, problems);
  checkTimes(file.notes, 'notes', RECORDED_TIMES.notes, now, problems);
  checkTimes(file.touches, 'touches', RECORDED_TIMES.touches, now, problems);
  if (
    checked.settings?.lastExportAt !== undefined &&
    isTooFarAhead(checked.settings.lastExportAt, now)
  ) {
    problems.push(`settings.lastExportAt: ${future(checked.settings.lastExportAt)}`);
  }
  const fileIds = new Set(people.map((p) => p.id));
  checkUnique(people, 'people', (p) => p.id, problems);
  checkUnique(notes, 'notes', (n) => n.id, problems);
  checkUnique(touches, 'touches', (t) => t.id, problems);
  checkUnique(snoozes, 'snoozes', (s) => s.personId, problems, 'personId');
  checkUnique(reminders, 'reminders', (r) => r.key, problems, 'key');
  notes.forEach((n, i) => {
    if (!fileIds.has(n.personId))
      problems.push(`notes[${i}].personId: no person ${n.personId} in the file`);
  });
  touches.forEach((t, i) => {
    if (!fileIds.has(t.personId))
      problems.push(`touches[${i}].personId: no person ${t.personId} in the file`);
  });
  snoozes.forEach((s, i) => {
    if (!fileIds.has(s.personId))
      problems.push(`snoozes[${i}].personId: no person ${s.personId} in the file`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, records: checked };
}

const future = (at: number) =>
  `${new Date(at).toISOString()} is more than a day in the future: the file or the clock of the device that made it is wrong`;

/** Each recorded time more than a day ahead, with its place in the file. */
function checkTimes(
  list: unknown[],
  name: string,
  fields: readonly string[],
  now: number,
  problems: string[],
) {
  list.forEach((record, index) => {
    if (typeof record !== 'object' || record === null || problems.length >= MAX_PROBLEMS) return;
    for (const field of fields) {
      const at = (record as Record<string, unknown>)[field];
      if (typeof at === 'number' && Number.isFinite(at) && isTooFarAhead(at, now)) {
        problems.push(`${name}[${index}].${field}: ${future(at)}`);
      }
    }
  });
}

function location(path: PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

function validateAll<T>(
  list: unknown[],
  name: string,
  schema: z.ZodMiniType<T>,
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

function checkUnique<T>(
  list: T[],
  name: string,
  key: (t: T) => string,
  problems: string[],
  field = 'id',
) {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) problems.push(`${name}[${i}].${field}: ${k} appears twice in the file`);
    seen.add(k);
  });
}
