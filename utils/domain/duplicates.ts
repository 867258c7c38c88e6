import { distance } from 'fastest-levenshtein';
import { mergeConflict, type MergeablePerson } from './person';
import { wordsOf } from './search';

/**
 * When two records look like one person met twice (once in Gmail, once on LinkedIn, say):
 * the same name, or a close name at the same organisation. Rapport says so and offers to
 * merge; it never merges by itself.
 */

export interface LookAlikePerson extends MergeablePerson {
  id: string;
  company?: string;
}

export type Likeness =
  { kind: 'same-name' } | { kind: 'close-name-same-organisation'; organisation: string };

/**
 * Mail services anyone can sign up to: an address there says nothing about where someone
 * works. The largest ones; an address elsewhere is read as an organisation's.
 */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  'zoho.com',
  'fastmail.com',
  'hey.com',
]);

/** Second-level labels under a country's domain: northwind.co.uk is Northwind's. */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd']);

/** A person's name as words, without the digits a LinkedIn profile address adds. */
function nameWords(name: string): string[] {
  return wordsOf(name).filter((w) => !/\d/.test(w));
}

/** The organisation an address belongs to ("northwind" for maya@eu.northwind.co.uk). */
export function organisationOfAddress(email: string): string | undefined {
  const domain = email.split('@')[1]?.toLowerCase();
  if (!domain || PERSONAL_MAIL_DOMAINS.has(domain)) return undefined;
  const labels = domain.split('.');
  labels.pop();
  if (labels.length > 1 && GENERIC_SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop();
  return labels.pop() || undefined;
}

function domainOf(email: string): string | undefined {
  const domain = email.split('@')[1]?.toLowerCase();
  return domain && !PERSONAL_MAIL_DOMAINS.has(domain) ? domain : undefined;
}

/** Whether a company's name is the organisation an address names. */
function companyIs(company: string | undefined, organisation: string): boolean {
  const words = company ? wordsOf(company) : [];
  if (words.length === 0 || organisation.length < 3) return false;
  const joined = words.join('');
  return (
    joined.startsWith(organisation) || (words[0]!.length >= 4 && organisation.startsWith(words[0]!))
  );
}

/** The organisation both work at, read from their addresses and companies. */
function sharedOrganisation(a: LookAlikePerson, b: LookAlikePerson): string | undefined {
  const domains = new Set(a.emails.map(domainOf).filter(Boolean));
  const shared = b.emails.map(domainOf).find((d) => d && domains.has(d));
  if (shared) return shared;
  for (const [withAddress, withCompany] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const email of withAddress.emails) {
      const organisation = organisationOfAddress(email);
      if (organisation && companyIs(withCompany.company, organisation)) return organisation;
    }
  }
  return undefined;
}

function sameWords(a: string[], b: string[]): boolean {
  return (
    a.length > 0 && a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')
  );
}

/** Two spellings of one word: equal, or one letter apart in a word long enough to bear it. */
function closeWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 ? distance(a, b) <= (shorter >= 8 ? 2 : 1) : false;
}

/** First names that can be one person's: Alex and Alexander, M. and Maya, Maja and Maya. */
function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return true;
  return short.length >= 4 && distance(a, b) <= 1;
}

/** Names close enough to be one person spelled two ways. */
function closeNames(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.length === 1 || b.length === 1) return closeWord(a.join(''), b.join(''));
  return compatibleFirstNames(a[0]!, b[0]!) && closeWord(a[a.length - 1]!, b[b.length - 1]!);
}

/**
 * Why two records look like one person, or undefined: never when they cannot be merged
 * (two LinkedIn profiles) or the rep said they are not the same person.
 */
export function looksLikeSamePerson(a: LookAlikePerson, b: LookAlikePerson): Likeness | undefined {
  if (a.id === b.id || a.distinctFrom?.includes(b.id) || b.distinctFrom?.includes(a.id)) {
    return undefined;
  }
  if (mergeConflict(a, b)) return undefined;
  const [wordsA, wordsB] = [nameWords(a.name), nameWords(b.name)];
  if (sameWords(wordsA, wordsB)) return { kind: 'same-name' };
  if (!closeNames(wordsA, wordsB)) return undefined;
  const organisation = sharedOrganisation(a, b);
  return organisation ? { kind: 'close-name-same-organisation', organisation } : undefined;
}

/**
 * The beginnings of a person's name words that another record of them would share (for
 * finding candidates in the word index): the first three letters of each, or the word
 * when shorter.
 */
export function nameStems(name: string): string[] {
  return [...new Set(nameWords(name).map((w) => w.slice(0, 3)))];
}
