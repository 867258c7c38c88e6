import { toCsv } from './csv';
import type { RapportDatabase } from './db';
import type { Note, Person } from './schema';

/**
 * People as a CRM's contact import takes them: one row per person, with the column names each
 * CRM's import maps on its own, and the person's notes joined in its notes column.
 *
 * - HubSpot: its contact properties' labels (`First Name`, `Last Name`, `Email`, `Additional
 *   email addresses`, `Company Name`, `Job Title`) and, for a note on each contact, the note
 *   properties a contacts-and-notes import requires (`Note body`, `Activity date`).
 * - Salesforce: the labels its Data Import Wizard maps for contacts and accounts (`First
 *   Name`, `Last Name`, `Email`, `Title`, `Account Name`, and `Contact Note`, which becomes a
 *   note on the contact). Salesforce keeps one address per contact: the others open the note.
 *
 * Neither has a standard field for a LinkedIn profile: `LinkedIn URL` is left for the rep to
 * map to one of their own, or skip. Every cell is defused against formula injection (csvCell).
 */

export type CrmTarget = 'hubspot' | 'salesforce';

export const CRM_NAMES: Record<CrmTarget, string> = {
  hubspot: 'HubSpot',
  salesforce: 'Salesforce',
};

export const CRM_COLUMNS = {
  hubspot: [
    'First Name',
    'Last Name',
    'Email',
    'Additional email addresses',
    'Company Name',
    'Job Title',
    'LinkedIn URL',
    'Note body',
    'Activity date',
  ],
  salesforce: [
    'First Name',
    'Last Name',
    'Email',
    'Title',
    'Account Name',
    'LinkedIn URL',
    'Contact Note',
  ],
} as const satisfies Record<CrmTarget, readonly string[]>;

/**
 * The longest notes cell: Salesforce keeps up to 32 KB of text in a note or description, and
 * a spreadsheet opening the file shows at most 32,767 characters in a cell.
 */
export const MAX_NOTES_CELL = 32_000;

/**
 * A name as CRMs ask for it: the last word is the last name (Salesforce requires one), the
 * words before it the first name. Joined with a space, the two give the name back.
 */
export function splitName(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/);
  const last = words.pop() ?? '';
  return { first: words.join(' '), last };
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/** One note as a line of the notes cell: its date, kind and marks, then the text. */
function noteLine(note: Note): string {
  const marks: string[] = [note.kind];
  if (note.dueAt !== undefined) marks.push(`due ${day(note.dueAt)}`);
  if (note.doneAt !== undefined) marks.push(`done ${day(note.doneAt)}`);
  if (note.pinned) marks.push('pinned');
  if (note.oneOff) marks.push('one-off');
  return `${day(note.createdAt)} (${marks.join(', ')}): ${note.body.trim()}`;
}

/** The notes cell: paragraphs oldest first, cut to fit with a word on what was left out. */
export function notesCell(notes: readonly Note[], lead: string[] = []): string {
  const text = [...lead, ...notes.map(noteLine)].join('\n\n');
  if (text.length <= MAX_NOTES_CELL) return text;
  const more = `\n\n… ${(text.length - MAX_NOTES_CELL).toLocaleString('en')} more characters in Rapport`;
  return text.slice(0, MAX_NOTES_CELL - more.length) + more;
}

/** The profile's address: by its slug, else by the member id (LinkedIn opens either). */
const profileUrl = (p: Person) => {
  const segment = p.linkedinSlug ?? p.linkedinMemberId;
  return segment ? `https://www.linkedin.com/in/${segment}` : '';
};

function hubspotRow(person: Person, notes: readonly Note[]): string[] {
  const { first, last } = splitName(person.name);
  const [email = '', ...others] = person.emails;
  const latest = notes.reduce<number | undefined>(
    (at, n) => Math.max(at ?? 0, n.createdAt),
    undefined,
  );
  return [
    first,
    last,
    email,
    others.join(';'),
    person.company ?? '',
    person.title ?? '',
    profileUrl(person),
    notesCell(notes),
    latest === undefined ? '' : day(latest),
  ];
}

function salesforceRow(person: Person, notes: readonly Note[]): string[] {
  const { first, last } = splitName(person.name);
  const [email = '', ...others] = person.emails;
  const lead = others.length ? [`Other email addresses: ${others.join(', ')}`] : [];
  return [
    first,
    last,
    email,
    person.title ?? '',
    person.company ?? '',
    profileUrl(person),
    notesCell(notes, lead),
  ];
}

/** The CSV a CRM imports, for these people and their notes; people by name, notes oldest first. */
export function crmCsv(
  target: CrmTarget,
  people: readonly Person[],
  notes: readonly Note[],
): string {
  const byPerson = new Map<string, Note[]>();
  for (const note of notes) {
    const list = byPerson.get(note.personId);
    if (list) list.push(note);
    else byPerson.set(note.personId, [note]);
  }
  const row = target === 'hubspot' ? hubspotRow : salesforceRow;
  const sorted = [...people].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return toCsv([
    [...CRM_COLUMNS[target]],
    ...sorted.map((person) =>
      row(
        person,
        (byPerson.get(person.id) ?? []).sort((a, b) => a.createdAt - b.createdAt),
      ),
    ),
  ]);
}

/** Everyone in the database with their notes, as the CSV a CRM imports. */
export async function exportCrmCsv(db: RapportDatabase, target: CrmTarget): Promise<string> {
  const [people, notes] = await db.transaction('r', db.people, db.notes, () =>
    Promise.all([db.people.toArray(), db.notes.toArray()]),
  );
  return crmCsv(target, people, notes);
}
