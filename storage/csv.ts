import type { RapportDatabase } from './db';
import type { Note, Person } from './schema';

/**
 * People and their notes as CSV, for a spreadsheet or a CRM import: one row per note
 * with the person's columns repeated (a person with no notes still gets one row).
 * RFC 4180 quoting, CRLF line ends, and cells a spreadsheet would run as a formula are
 * defused (OWASP "CSV injection").
 */

export const CSV_HEADER = [
  'Person ID',
  'Name',
  'Emails',
  'LinkedIn',
  'Company',
  'Title',
  'Location',
  'Time zone',
  'Consent',
  'Tags',
  'Note ID',
  'Kind',
  'Note',
  'One-off',
  'Pinned',
  'Due',
  'Done',
  'Source',
  'Noted at',
] as const;

/** Spreadsheets run a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What a defused cell starts with: guarded too, so that reading back is exact. */
const DEFUSED_START = /^'[=+\-@\t\r]/;

/**
 * One cell: a leading formula character is defused with `'` (and so is a value that already
 * starts like a defused one), then quoted if needed.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) || DEFUSED_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell read back: the `'` that csvCell put before a formula is taken off again. */
export function readCell(value: string): string {
  return DEFUSED_START.test(value) || /^''[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** An ISO date, or an empty cell for none, or for one no date can be made of (a damaged record). */
function iso(at: number | undefined): string {
  const date = new Date(at ?? NaN);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

function personColumns(p: Person): string[] {
  return [
    p.id,
    p.name,
    p.emails.join('; '),
    p.linkedinSlug ? `https://www.linkedin.com/in/${p.linkedinSlug}` : '',
    p.company ?? '',
    p.title ?? '',
    p.location ?? '',
    p.timeZone ?? '',
    p.consent,
    p.tags.join('; '),
  ];
}

function noteColumns(n: Note | undefined): string[] {
  if (!n) return ['', '', '', '', '', '', '', '', ''];
  return [
    n.id,
    n.kind,
    n.body,
    n.oneOff ? 'yes' : 'no',
    n.pinned ? 'yes' : 'no',
    iso(n.dueAt),
    iso(n.doneAt),
    n.source,
    iso(n.createdAt),
  ];
}

/** The CSV text for these people and notes; people by name, notes oldest first. */
export function peopleNotesCsv(people: readonly Person[], notes: readonly Note[]): string {
  const byPerson = new Map<string, Note[]>();
  for (const note of notes) {
    const list = byPerson.get(note.personId);
    if (list) list.push(note);
    else byPerson.set(note.personId, [note]);
  }
  const rows: string[][] = [[...CSV_HEADER]];
  const sorted = [...people].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  for (const person of sorted) {
    const own = (byPerson.get(person.id) ?? []).sort((a, b) => a.createdAt - b.createdAt);
    const columns = personColumns(person);
    if (own.length === 0) rows.push([...columns, ...noteColumns(undefined)]);
    for (const note of own) rows.push([...columns, ...noteColumns(note)]);
  }
  return toCsv(rows);
}

/** Everyone in the database (or only the people named) with their notes, as CSV text. */
export async function exportCsv(db: RapportDatabase, only?: readonly string[]): Promise<string> {
  const [people, notes] = await db.transaction('r', db.people, db.notes, () =>
    only
      ? Promise.all([
          db.people.bulkGet([...only]).then((found) => found.filter((p) => p !== undefined)),
          Promise.all(only.map((id) => db.notes.where('personId').equals(id).toArray())).then(
            (lists) => lists.flat(),
          ),
        ])
      : Promise.all([db.people.toArray(), db.notes.toArray()]),
  );
  return peopleNotesCsv(people, notes);
}
