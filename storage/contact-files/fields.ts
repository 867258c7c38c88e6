import {
  isLinkedInMemberId,
  profileOfAddress,
  type LinkedInIdentity,
} from '../../utils/domain/linkedin-identity';
import {
  displayNameOf,
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
  normaliseEmail,
  normaliseMemberId,
  normaliseSlug,
} from '../../utils/domain/person';
import { cleanText } from '../../utils/sites/text';
import type { ContactProblem, ContactRecord } from './types';

/**
 * One person from the raw values a file holds for them, whatever the format: the same rules
 * for names, addresses, profiles and dates in a CSV row and in a vCard.
 */

/** What a file says about one person, before any of it is checked. */
export interface RawContact {
  name?: string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  /** Cells or values holding addresses, possibly several in one. */
  emails: string[];
  /** Values that must be LinkedIn profiles (a LinkedIn column, a LinkedIn social profile). */
  linkedin: string[];
  /** Web addresses among which a LinkedIn profile may be. */
  websites: string[];
  company?: string;
  title?: string;
  connectedOn?: string;
}

/** The most addresses one person keeps (the person record's own limit). */
const MAX_EMAILS = 50;

const quote = (value: string) => `“${cleanText(value, 80) ?? ''}”`;

// Several addresses in one value, as CRMs and Google Contacts (` ::: `) write them.
const ADDRESS_SEPARATORS = /\s*(?::::|[;,])\s*/;

/**
 * Each address in a value: `Name <address>` gives the address; addresses apart by spaces
 * alone are several only when every part holds an `@`.
 */
function addressesIn(value: string): string[] {
  const bracketed = [...value.matchAll(/<([^<>]*)>/g)].map((m) => m[1] ?? '');
  const parts = (bracketed.length ? bracketed : value.split(ADDRESS_SEPARATORS)).flatMap((part) => {
    const words = part.trim().split(/\s+/);
    return words.length > 1 && words.every((w) => w.includes('@')) ? words : [part];
  });
  return parts.map((a) => a.trim()).filter(Boolean);
}

function readEmails(raw: RawContact, line: number, problems: ContactProblem[]): string[] {
  const emails: string[] = [];
  for (const value of raw.emails) {
    for (const address of addressesIn(value)) {
      const email = normaliseEmail(address);
      if (!email) problems.push({ line, message: `${quote(address)} is not an email address` });
      else if (!emails.includes(email)) emails.push(email);
    }
  }
  if (emails.length > MAX_EMAILS) {
    problems.push({
      line,
      message: `${emails.length} addresses: the first ${MAX_EMAILS} are kept`,
    });
  }
  return emails.slice(0, MAX_EMAILS);
}

/** A bare profile name where a LinkedIn column holds one instead of an address. */
const BARE_SLUG = /^[\p{L}\p{N}_-]{2,100}$/u;

/** A profile as Rapport keys it (a slug it accepts, a member id), or undefined. */
function keyed(profile: LinkedInIdentity | undefined): LinkedInIdentity | undefined {
  if (!profile) return undefined;
  if ('linkedinMemberId' in profile) {
    const id = normaliseMemberId(profile.linkedinMemberId);
    return id ? { linkedinMemberId: id } : undefined;
  }
  const slug = normaliseSlug(profile.linkedinSlug);
  return slug ? { linkedinSlug: slug } : undefined;
}

/** A LinkedIn column's value: a profile's address, or its bare slug or member id. */
function profileOfValue(text: string): LinkedInIdentity | undefined {
  if (isLinkedInMemberId(text)) return { linkedinMemberId: text };
  return profileOfAddress(text) ?? (BARE_SLUG.test(text) ? { linkedinSlug: text } : undefined);
}

/**
 * The person's LinkedIn profile: from a LinkedIn column or social profile (a value that is
 * not one is a problem), else the first LinkedIn address among their web addresses.
 */
function readProfile(
  raw: RawContact,
  line: number,
  problems: ContactProblem[],
): LinkedInIdentity | undefined {
  for (const value of raw.linkedin) {
    const text = value.trim();
    if (!text) continue;
    const profile = keyed(profileOfValue(text));
    if (profile) return profile;
    problems.push({ line, message: `${quote(text)} is not a LinkedIn profile address` });
  }
  for (const value of raw.websites) {
    for (const address of value.split(/\s*(?::::|[\s,;])\s*/)) {
      const profile = keyed(profileOfAddress(address));
      if (profile) return profile;
    }
  }
  return undefined;
}

const text = (value: string | undefined, max: number) => cleanText(value, max);

/** The person's name: the whole name, else its parts joined. */
function readName(raw: RawContact): string | undefined {
  return (
    text(raw.name, MAX_NAME_LENGTH) ??
    text([raw.firstName, raw.middleName, raw.lastName].filter(Boolean).join(' '), MAX_NAME_LENGTH)
  );
}

/**
 * The person a file's values describe, or undefined (with a problem) when they name no one:
 * no name, no valid address and no LinkedIn profile. Someone with an address or profile but
 * no name is named by it, as Rapport names someone new on a page.
 */
export function contactFrom(
  raw: RawContact,
  line: number,
  problems: ContactProblem[],
): ContactRecord | undefined {
  const name = readName(raw);
  const emails = readEmails(raw, line, problems);
  const profile = readProfile(raw, line, problems);
  if (!name && !emails.length && !profile) {
    problems.push({ line, message: 'no name, email address or LinkedIn profile: not a contact' });
    return undefined;
  }
  const company = text(raw.company, MAX_NAME_LENGTH);
  const title = text(raw.title, MAX_TITLE_LENGTH);
  const connectedOn = raw.connectedOn?.trim() ? calendarDate(raw.connectedOn) : undefined;
  if (raw.connectedOn?.trim() && !connectedOn) {
    problems.push({ line, message: `Connected On: ${quote(raw.connectedOn)} is not a date` });
  }
  return {
    line,
    name: name ?? displayNameOf({ email: emails[0], ...profile }).slice(0, MAX_NAME_LENGTH),
    emails,
    ...profile,
    ...(company ? { company } : {}),
    ...(title ? { title } : {}),
    ...(connectedOn ? { connectedOn } : {}),
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `YYYY-MM-DD` when the numbers make a real day. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 9999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date as LinkedIn has written `Connected On` over the years: `24 Feb 2023` (now),
 * `Feb 24, 2023`, `2/24/23` (month first, as LinkedIn's US export wrote it), `2023-02-24`.
 */
export function calendarDate(value: string): string | undefined {
  const s = value.trim();
  let m = /^(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ -,]+(\d{4})$/i.exec(s);
  if (m) return isoDate(Number(m[3]), MONTHS.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
  m = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i.exec(s);
  if (m) return isoDate(Number(m[3]), MONTHS.indexOf(m[1]!.toLowerCase()) + 1, Number(m[2]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const year = Number(m[3]);
    return isoDate(year < 100 ? 2000 + year : year, Number(m[1]), Number(m[2]));
  }
  return undefined;
}
