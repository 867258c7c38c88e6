import { readContactFile } from './contact-files/read';
import type { ContactFile, ContactPerson, ContactRecord } from './contact-files/types';

/**
 * Contacts a rep already has (LinkedIn's Connections.csv, vCards, a CRM's or a spreadsheet's
 * CSV) read into people. Pure: no database, no browser API.
 */

export type {
  ColumnMapping,
  ColumnRole,
  ContactFile,
  ContactFormat,
  ContactPerson,
  ContactProblem,
  ContactReading,
  ContactRecord,
  CsvColumn,
  CsvColumns,
} from './contact-files/types';
export { COLUMN_ROLES } from './contact-files/types';
export { listCsvColumns } from './contact-files/csv';
export { readContactFile } from './contact-files/read';

/** A person exactly as the contract lists them: the optional fields only when present. */
function contractPerson(record: ContactRecord): ContactPerson {
  return {
    name: record.name,
    emails: record.emails,
    ...(record.linkedinSlug !== undefined ? { linkedinSlug: record.linkedinSlug } : {}),
    ...(record.linkedinMemberId !== undefined ? { linkedinMemberId: record.linkedinMemberId } : {}),
    ...(record.company !== undefined ? { company: record.company } : {}),
    ...(record.title !== undefined ? { title: record.title } : {}),
  };
}

/**
 * The people in a contacts file and the problems met reading it, each at its 1-based line.
 * Never throws, whatever the input.
 */
export function readContacts(fileName: string, text: string): ContactFile {
  const reading = readContactFile(fileName, text);
  return {
    format: reading.format,
    people: reading.contacts.map(contractPerson),
    problems: reading.problems,
  };
}
