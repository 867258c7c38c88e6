/**
 * The shapes of a contacts file once read: what `readContacts` returns (the contract outside
 * checks rely on), and the richer reading Rapport imports from, which also keeps each
 * person's line in the file and LinkedIn's connection date.
 */

export type ContactFormat = 'linkedin-connections' | 'vcard' | 'csv';

/**
 * One person as a contacts file lists them: exactly these fields, the optional ones only when
 * present. A LinkedIn profile is its slug; `linkedinMemberId` only where the file links the
 * profile by LinkedIn's member id (`/in/ACoAA…`) instead, which is no slug.
 */
export interface ContactPerson {
  name: string;
  emails: string[];
  linkedinSlug?: string;
  linkedinMemberId?: string;
  company?: string;
  title?: string;
}

/** Something in the file that was not read, at its 1-based line (a record's first line). */
export interface ContactProblem {
  line: number;
  message: string;
}

/** The contract: what a contacts file holds, and what in it could not be read. */
export interface ContactFile {
  format: ContactFormat;
  people: ContactPerson[];
  problems: ContactProblem[];
}

/** A person as read, with where they are in the file and when the rep connected with them. */
export interface ContactRecord extends ContactPerson {
  /** The 1-based line the person's record starts on. */
  line: number;
  /** LinkedIn's `Connected On`, as a calendar date `YYYY-MM-DD`. */
  connectedOn?: string;
}

/** What Rapport reads from a contacts file. */
export interface ContactReading {
  format: ContactFormat;
  contacts: ContactRecord[];
  problems: ContactProblem[];
  /**
   * For a CSV file whose columns Rapport did not recognise: nothing was read, and the rep
   * says which column holds what (`listCsvColumns`, then `readContactFile` with a mapping).
   */
  needsMapping?: boolean;
}

/** What a column of a CSV file can hold. */
export const COLUMN_ROLES = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'email',
  'linkedin',
  'company',
  'title',
  'connectedOn',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** What each column holds (null: not read), and where the data starts. */
export interface ColumnMapping {
  /** The 1-based line of the header row (or, without one, of the first contact). */
  headerLine: number;
  /** Whether that line names the columns (it is then not read as a contact). */
  hasHeader: boolean;
  /** One entry per column, in the file's order. */
  roles: (ColumnRole | null)[];
}

/** A CSV column as the options page shows it for mapping. */
export interface CsvColumn {
  index: number;
  /** The header's text, or `Column N` when the file has none. */
  header: string;
  /** The first few non-empty values below the header. */
  samples: string[];
}

/** A CSV file's columns, and Rapport's guess of what each holds. */
export interface CsvColumns {
  headerLine: number;
  columns: CsvColumn[];
  guess: ColumnMapping;
}
