import type { ColumnRole } from './types';

/**
 * Which column of a CSV file holds what, from its header: the headers of LinkedIn's
 * Connections.csv, HubSpot, Salesforce (labels and API names), Google Contacts (the current
 * export and the older one), Outlook, and a plain spreadsheet's, in any order and case.
 */

/** A header compared without case, spaces or punctuation: `E-mail 1 - Value` is `email1value`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * For each role, the headers that name it, best first: when a file has several (Outlook's
 * `Title` is Mr or Dr, its `Job Title` the job), the first listed wins.
 */
const HEADERS: Record<Exclude<ColumnRole, 'email'>, readonly string[]> = {
  name: ['name', 'fullname', 'displayname', 'contactname', 'contactfullname', 'personname'],
  firstName: ['firstname', 'givenname', 'forename', 'first'],
  middleName: ['middlename', 'additionalname'],
  lastName: ['lastname', 'familyname', 'surname', 'last'],
  linkedin: [
    'linkedin',
    'linkedinurl',
    'linkedinprofile',
    'linkedinprofileurl',
    'linkedinpublicprofileurl',
    'personlinkedinurl',
    'contactlinkedinurl',
  ],
  company: [
    'companyname',
    'company',
    'accountname',
    'organizationname',
    'organisationname',
    'organization1name',
    'organization',
    'organisation',
    'account',
    'employer',
  ],
  title: ['jobtitle', 'position', 'organizationtitle', 'organization1title', 'title'],
  connectedOn: ['connectedon'],
};

/**
 * Address columns, any number of them: `Email`, `E-mail Address`, `Work Email`, `Email 2`,
 * Google's `E-mail 1 - Value`, Outlook's `E-mail 2 Address`, HubSpot's `Additional email
 * addresses`; never `Email Domain`,
 * `Email Opt Out` or `E-mail 1 - Type`.
 */
const EMAIL_HEADER =
  /^(?:work|personal|primary|home|other|business|secondary|private|additional)?email(?:address)?(?:es)?\d*(?:address|value)?$/;

/** Web address columns, read only for a LinkedIn profile among them. */
const WEBSITE_HEADER = /^(?:website|websiteurl|webpage|homepage|url|urls|website\d+value)$/;

/** What a mapping reads from a header row: roles, and the website columns to search. */
export interface RecognisedColumns {
  roles: (ColumnRole | null)[];
  /** Columns that may hold a LinkedIn profile's address among other web addresses. */
  websites: number[];
}

/** What each column of a header row holds, by the rules above. */
export function recogniseColumns(headers: readonly string[]): RecognisedColumns {
  const keys = headers.map(headerKey);
  const roles: (ColumnRole | null)[] = keys.map((key) => (EMAIL_HEADER.test(key) ? 'email' : null));
  for (const [role, names] of Object.entries(HEADERS) as [ColumnRole, readonly string[]][]) {
    for (const name of names) {
      const column = keys.findIndex((key, i) => key === name && roles[i] === null);
      if (column >= 0) {
        roles[column] = role;
        break;
      }
    }
  }
  const websites = keys.flatMap((key, i) =>
    roles[i] === null && WEBSITE_HEADER.test(key) ? [i] : [],
  );
  return { roles, websites };
}

/** Roles that say who a row is: without one of them, a header row is not recognised. */
const IDENTIFYING: readonly ColumnRole[] = ['name', 'firstName', 'lastName', 'email', 'linkedin'];

/** Whether these roles are enough to read people without asking the rep. */
export function identifiesPeople(roles: readonly (ColumnRole | null)[]): boolean {
  return roles.some((role) => role !== null && IDENTIFYING.includes(role));
}

/**
 * Whether a header row is LinkedIn's Connections.csv (`First Name, Last Name, URL, Email
 * Address, Company, Position, Connected On`; older exports lack `URL`).
 */
export function isLinkedInConnections(headers: readonly string[]): boolean {
  const keys = new Set(headers.map(headerKey));
  return keys.has('connectedon') && keys.has('firstname') && keys.has('lastname');
}

/** LinkedIn's own file names its profile column `URL`: there it is the profile, not a website. */
export function linkedInConnectionsColumns(headers: readonly string[]): RecognisedColumns {
  const recognised = recogniseColumns(headers);
  const url = headers.map(headerKey).indexOf('url');
  if (url >= 0) {
    recognised.roles[url] = 'linkedin';
    recognised.websites = recognised.websites.filter((i) => i !== url);
  }
  return recognised;
}
