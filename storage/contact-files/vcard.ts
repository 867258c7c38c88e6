import ICAL from 'ical.js';
import { contactFrom, type RawContact } from './fields';
import type { ContactProblem, ContactReading, ContactRecord } from './types';

/**
 * Contacts from a vCard file (`.vcf` from Google Contacts, Apple Contacts, Outlook): each
 * card is cut out with the line it starts on and parsed on its own by ical.js (Mozilla's
 * vCard 3.0 and 4.0 parser, which unfolds lines and unescapes values), so that one broken
 * card is one problem at its line, never a failed file. Outlook's vCard 2.1 cards are first
 * brought to 3.0's syntax (bare parameters, quoted-printable values).
 */

interface Card {
  line: number;
  lines: string[];
  ended: boolean;
}

/** Each BEGIN:VCARD … END:VCARD, nested cards (2.1's AGENT) kept inside their card. */
function cutCards(text: string): { cards: Card[]; stray: number[] } {
  const cards: Card[] = [];
  const stray: number[] = [];
  let card: Card | undefined;
  let depth = 0;
  text.split('\n').forEach((line, i) => {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      depth += 1;
      if (depth === 1) {
        card = { line: i + 1, lines: [], ended: false };
        cards.push(card);
      }
    }
    if (card) card.lines.push(line);
    else if (line.trim()) stray.push(i + 1);
    if (upper === 'END:VCARD' && depth > 0) {
      depth -= 1;
      if (depth === 0 && card) {
        card.ended = true;
        card = undefined;
      }
    }
  });
  return { cards, stray };
}

/** Properties Rapport never reads that can be large (pictures, sounds, keys). */
const UNREAD = /^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/i;

/** Quoted-printable bytes as text, in the card's charset (UTF-8 unless it says otherwise). */
function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value[i] === '=' ? value.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(value[i]));
  }
  try {
    return new TextDecoder(charset, { fatal: false }).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/**
 * A card's lines without the properties Rapport never reads, and, for a vCard 2.1 card, in
 * 3.0's syntax: `EMAIL;PREF;INTERNET:` becomes `EMAIL;TYPE=PREF;TYPE=INTERNET:`, and a
 * quoted-printable value (its soft line breaks joined) is decoded.
 */
function tidy(lines: readonly string[]): string {
  const version21 = lines.some((l) => /^VERSION:\s*2\.1\s*$/i.test(l.trim()));
  const out: string[] = [];
  let skipping = false;
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i] ?? '';
    if (UNREAD.test(line)) {
      skipping = true;
      continue;
    }
    // A skipped property's folded lines, and 2.1's unindented base64 up to a blank line.
    if (
      skipping &&
      (/^[ \t]/.test(line) || (version21 && line.trim() && !/^[\w.-]+[;:]/.test(line)))
    ) {
      continue;
    }
    skipping = false;
    if (!line.trim()) continue;
    if (version21) {
      while (
        /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE[;:]/i.test(line) &&
        line.endsWith('=') &&
        i + 1 < lines.length
      ) {
        line = line.slice(0, -1) + (lines[++i] ?? '');
      }
      line = to30(line);
    }
    out.push(line);
  }
  return out.join('\r\n');
}

/** One 2.1 property line in 3.0's syntax. */
function to30(line: string): string {
  const colon = line.indexOf(':');
  if (colon < 0 || /^[ \t]/.test(line)) return line;
  const [name = '', ...params] = line.slice(0, colon).split(';');
  let value = line.slice(colon + 1);
  let charset = 'utf-8';
  let quotedPrintable = false;
  const kept: string[] = [];
  for (const param of params) {
    const [key = '', val] = param.split('=');
    const upper = key.toUpperCase();
    if (val === undefined) {
      if (upper === 'QUOTED-PRINTABLE') quotedPrintable = true;
      else if (upper) kept.push(`TYPE=${key}`);
    } else if (upper === 'ENCODING') quotedPrintable = val.toUpperCase() === 'QUOTED-PRINTABLE';
    else if (upper === 'CHARSET') charset = val;
    else kept.push(param);
  }
  if (quotedPrintable) value = decodeQuotedPrintable(value, charset);
  return `${[name, ...kept].join(';')}:${value}`;
}

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];

/** The text of a value: ical.js leaves some escapes (`\;` in TITLE, `\:` in a URL) as written. */
function unescape(value: unknown): string {
  if (Array.isArray(value)) return value.map(unescape).join(' ');
  if (typeof value !== 'string') return '';
  return value.replace(/\\([\\;,:])/g, '$1').replace(/\\[nN]/g, '\n');
}

/** The values of a property: several for a multi-valued one, the components of a structured one. */
function valuesOf(property: JCardProperty): unknown[] {
  return property.slice(3);
}

function firstComponent(value: unknown): string {
  return unescape(Array.isArray(value) ? value[0] : value);
}

const isLinkedIn = (params: Record<string, unknown>) =>
  [params.type, params['service-type']]
    .flat()
    .some((t) => typeof t === 'string' && /linkedin/i.test(t));

/** What a parsed card says about its person. */
function rawFromCard(properties: readonly JCardProperty[]): RawContact {
  const raw: RawContact = { emails: [], linkedin: [], websites: [] };
  for (const property of properties) {
    const [name, params] = property;
    const values = valuesOf(property);
    switch (name) {
      case 'fn':
        raw.name ??= unescape(values[0]);
        break;
      case 'n': {
        const [family, given, additional] = (Array.isArray(values[0]) ? values[0] : []).map(
          unescape,
        );
        raw.firstName ??= given;
        raw.middleName ??= additional;
        raw.lastName ??= family;
        break;
      }
      case 'email':
        raw.emails.push(...values.map(unescape));
        break;
      case 'org':
        raw.company ??= firstComponent(values[0]);
        break;
      case 'title':
        raw.title ??= unescape(values[0]);
        break;
      case 'url':
        raw.websites.push(...values.map(unescape));
        break;
      case 'x-socialprofile':
      case 'socialprofile': {
        raw.websites.push(...values.map(unescape));
        // Apple writes the profile's name beside a value that is not always its address.
        const user = params['x-user'];
        if (isLinkedIn(params) && typeof user === 'string') raw.linkedin.push(user);
        break;
      }
    }
  }
  return raw;
}

/** Every person in a vCard file; each card that cannot be read is a problem at its line. */
export function readVcardContacts(text: string): ContactReading {
  const prepared = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { cards, stray } = cutCards(prepared);
  const problems: ContactProblem[] = [];
  const contacts: ContactRecord[] = [];
  if (!cards.length) {
    problems.push({
      line: stray[0] ?? 1,
      message: prepared.trim()
        ? 'no vCard in the file (each contact starts with BEGIN:VCARD)'
        : 'the file is empty',
    });
    return { format: 'vcard', contacts, problems };
  }
  if (stray.length) {
    problems.push({ line: stray[0] ?? 1, message: 'text outside any vCard is not read' });
  }
  for (const card of cards) {
    if (!card.ended) {
      problems.push({ line: card.line, message: 'this vCard never ends (no END:VCARD): not read' });
      continue;
    }
    let properties: JCardProperty[];
    try {
      const parsed = ICAL.parse(tidy(card.lines)) as unknown;
      properties = (
        Array.isArray(parsed) && Array.isArray(parsed[1]) ? parsed[1] : []
      ) as JCardProperty[];
    } catch (error) {
      problems.push({
        line: card.line,
        message: `this vCard cannot be read (${String(error instanceof Error ? error.message : error).slice(0, 200)})`,
      });
      continue;
    }
    const contact = contactFrom(rawFromCard(properties), card.line, problems);
    if (contact) contacts.push(contact);
  }
  return { format: 'vcard', contacts, problems };
}
