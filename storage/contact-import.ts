import { nameKey } from '../utils/domain/matching';
import { emailIdentity, memberIdentity, slugIdentity } from '../utils/domain/person';
import { connectionTouchId, CONNECTION_SUMMARY, isTooFarAhead } from '../utils/domain/touches';
import { planRecords, type CheckedBackup, type ImportPlan } from './backup';
import type { ContactFormat, ContactProblem, ContactReading, ContactRecord } from './contacts';
import type { RapportDatabase } from './db';
import { newId } from './ids';
import { personSchema, touchSchema, type Person, type Touch } from './schema';

/**
 * Importing a contacts file: its people become records planned and written by the same
 * plan-and-write path as a backup (storage/backup/), matched by address, LinkedIn profile
 * and, for someone known by name only, their name. A match keeps everything the rep wrote
 * (name, company, consent…) and only gains what it lacked. LinkedIn's `Connected On`
 * becomes a touch on the timeline.
 */

/** What importing a contacts file will do, for the preview; `plan` is what importPlan writes. */
export interface ContactImportPreview {
  fileName: string;
  format: ContactFormat;
  plan: ImportPlan;
  /** What in the file could not be read, each at its line. */
  problems: ContactProblem[];
  /** What the import does differently from the file (an address kept with its owner…), at its line. */
  notices: ContactProblem[];
  /** How many people the file lists. */
  contacts: number;
}

/**
 * When a connection made on a calendar day is put on the timeline: midday that day, on this
 * computer's clock, so that it shows on that date in any nearby time zone.
 */
export function connectionTime(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12).getTime();
}

/** The identity a connection's touch is keyed by: their profile, else address, else name. */
function connectionIdentity(contact: ContactRecord): string {
  if (contact.linkedinSlug) return slugIdentity(contact.linkedinSlug);
  if (contact.linkedinMemberId) return memberIdentity(contact.linkedinMemberId);
  const email = contact.emails[0];
  return email ? emailIdentity(email) : `name:${nameKey(contact.name)}`;
}

/** A new person record for a contact, consent not asked yet. */
function personOf(contact: ContactRecord, now: number): Person {
  return personSchema.parse({
    id: newId(),
    name: contact.name,
    emails: contact.emails,
    ...(contact.linkedinSlug ? { linkedinSlug: contact.linkedinSlug } : {}),
    ...(contact.linkedinMemberId ? { linkedinMemberId: contact.linkedinMemberId } : {}),
    ...(contact.company ? { company: contact.company } : {}),
    ...(contact.title ? { title: contact.title } : {}),
    consent: 'unknown',
    tags: [],
    createdAt: now,
    updatedAt: now,
  });
}

/** The touch a LinkedIn connection leaves: neither a message left unanswered nor a reply. */
export function connectionTouch(
  personId: string,
  contact: ContactRecord,
  at: number,
  now: number,
): Touch {
  return touchSchema.parse({
    id: newId(),
    personId,
    channel: 'other',
    direction: 'out',
    at,
    summary: CONNECTION_SUMMARY,
    externalId: connectionTouchId(connectionIdentity(contact)),
    createdAt: now,
  });
}

/** The records a contacts file adds, with the line of each person; what does not fit is a problem. */
export function contactRecords(
  contacts: readonly ContactRecord[],
  now: number,
): { records: CheckedBackup; lines: number[]; problems: ContactProblem[] } {
  const people: Person[] = [];
  const touches: Touch[] = [];
  const lines: number[] = [];
  const problems: ContactProblem[] = [];
  for (const contact of contacts) {
    let person: Person;
    try {
      person = personOf(contact, now);
    } catch (error) {
      problems.push({
        line: contact.line,
        message: `not imported: ${String(error).slice(0, 200)}`,
      });
      continue;
    }
    people.push(person);
    lines.push(contact.line);
    if (!contact.connectedOn) continue;
    const at = connectionTime(contact.connectedOn);
    if (isTooFarAhead(at, now)) {
      problems.push({
        line: contact.line,
        message: `Connected On: ${contact.connectedOn} is in the future`,
      });
    } else touches.push(connectionTouch(person.id, contact, at, now));
  }
  return { records: { people, notes: [], touches, snoozes: [], reminders: [] }, lines, problems };
}

/**
 * Works out what importing a contacts file that was read would do, without writing:
 * who is new, who is merged into someone the rep has, who is already there as the file
 * says. Hand its `plan` to importPlan to write it, in one transaction.
 */
export async function planContactImport(
  db: RapportDatabase,
  fileName: string,
  reading: ContactReading,
  now = Date.now(),
): Promise<ContactImportPreview> {
  const { records, lines, problems } = contactRecords(reading.contacts, now);
  const plan = await planRecords(db, records, 'contacts');
  const byLine = (a: ContactProblem, b: ContactProblem) => a.line - b.line;
  return {
    fileName,
    format: reading.format,
    plan,
    problems: [...reading.problems, ...problems].sort(byLine),
    notices: plan.notices
      .map((n) => ({ line: lines[n.person] ?? 1, message: n.message }))
      .sort(byLine),
    contacts: reading.contacts.length,
  };
}
