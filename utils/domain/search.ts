/**
 * Finding a person by any word the rep remembers: what counts as a word, which words a
 * person can be found by (their name, their details, their notes), how a query becomes
 * terms, and how matches rank. Case, accents and letters such as "ø" or "ß" never stand in
 * the way: "soren" finds Søren, "strasse" finds Straße, "LINDQVIST" finds Lindqvist.
 */

/** Where a word was found on a person, as bits: a word can be in several places at once. */
export const WORD_IN = { name: 1, details: 2, notes: 4 } as const;

/** Each word's places on one person (a bitwise OR of WORD_IN values), by folded word. */
export type WordPlaces = Map<string, number>;

/** Longer words are cut: nobody types 40 letters to find someone. */
export const MAX_WORD_LENGTH = 40;

/** Letters that Unicode decomposition leaves alone but a rep types as plain Latin letters. */
const LETTER_FOLDS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Text as search compares it: lower case, accents and marks removed, special letters spelled out. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/**
 * A word as written: letters and digits (with their combining marks), optionally joined by
 * apostrophes, as in O'Boyle or d’Artagnan.
 */
const WRITTEN_WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const APOSTROPHE = /['’]/;

/** One word found in a text: where it stands and the folded forms it is found by. */
export interface WordInText {
  start: number;
  end: number;
  /** The folded word, and for O'Boyle also "oboyle" besides "o" and "boyle". */
  forms: string[];
}

/** Every word of a text in order, with its place in the text and its folded forms. */
export function wordsInText(text: string): WordInText[] {
  const found: WordInText[] = [];
  for (const match of text.matchAll(WRITTEN_WORD)) {
    const written = match[0];
    const parts = written.split(APOSTROPHE).map(foldText);
    const forms = parts.length > 1 ? [...parts, parts.join('')] : parts;
    found.push({
      start: match.index,
      end: match.index + written.length,
      forms: forms.filter(Boolean).map((form) => form.slice(0, MAX_WORD_LENGTH)),
    });
  }
  return found;
}

/** A folded word, optionally joined by apostrophes (as written, folded: "o'boyle"). */
const FOLDED_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Printable ASCII and white space: lower-casing is all the folding such text needs. */
const PLAIN_ASCII = /^[\s!-~]*$/;

/**
 * The distinct folded words of a text: the same words wordsInText finds, read from the
 * folded text at once (the index reads every note, so this is the hot path).
 */
export function wordsOf(text: string): string[] {
  const folded = PLAIN_ASCII.test(text) ? text.toLowerCase() : foldText(text);
  const words = new Set<string>();
  for (const match of folded.matchAll(FOLDED_WORD)) {
    const written = match[0];
    if (!APOSTROPHE.test(written)) {
      words.add(written.length > MAX_WORD_LENGTH ? written.slice(0, MAX_WORD_LENGTH) : written);
      continue;
    }
    const parts = written.split(APOSTROPHE);
    for (const part of [...parts, parts.join('')]) words.add(part.slice(0, MAX_WORD_LENGTH));
  }
  return [...words];
}

/** The fields of a person that search reads. */
export interface SearchablePerson {
  name: string;
  emails: readonly string[];
  linkedinSlug?: string;
  company?: string;
  title?: string;
  location?: string;
  tags: readonly string[];
}

/**
 * Every word a person can be found by, with where it is: their name; their details
 * (company, title, location, addresses, LinkedIn profile, tags); and the text of their notes.
 */
export function personWordPlaces(
  person: SearchablePerson,
  noteBodies: Iterable<string>,
): WordPlaces {
  const places: WordPlaces = new Map();
  const add = (text: string | undefined, where: number) => {
    if (!text) return;
    for (const word of wordsOf(text)) places.set(word, (places.get(word) ?? 0) | where);
  };
  add(person.name, WORD_IN.name);
  const details = [
    person.company,
    person.title,
    person.location,
    person.linkedinSlug,
    ...person.emails,
    ...person.tags,
  ];
  for (const detail of details) add(detail, WORD_IN.details);
  // All notes read as one text: one pass instead of one per note.
  add([...noteBodies].join('\n'), WORD_IN.notes);
  return places;
}

/** Most words a query is read for: past that, more words narrow nothing a rep would notice. */
const MAX_TERMS = 8;

/**
 * The terms of a query: its folded words, each matching any word that starts with it. A
 * term that starts another term is dropped ("go gothenburg" asks for one word, not two).
 */
export function queryTerms(query: string): string[] {
  const words = wordsOf(query);
  const terms = words.filter(
    (word, i) => !words.some((other, j) => j !== i && other.startsWith(word) && other !== word),
  );
  return terms.slice(0, MAX_TERMS);
}

/** How well a person matches: name matches first, then their details, then their notes. */
export type MatchRank = 'name' | 'details' | 'notes';
export const MATCH_RANKS: readonly MatchRank[] = ['name', 'details', 'notes'];

/**
 * The rank of a person whose words matched each term at these places: `name` when every
 * term is in their name, `details` when every term is in their name or details, `notes`
 * when some term is found only in their notes.
 */
export function matchRank(placesPerTerm: readonly number[]): MatchRank {
  if (placesPerTerm.every((places) => places & WORD_IN.name)) return 'name';
  if (placesPerTerm.every((places) => places & (WORD_IN.name | WORD_IN.details))) return 'details';
  return 'notes';
}

/** A piece of quoted text: matched pieces are the words the query found. */
export interface QuotePiece {
  text: string;
  matched: boolean;
}

/** How much of a note is quoted around what matched. */
const QUOTE_CONTEXT = 60;

/**
 * The part of a note that matched, as pieces to show with the matching words marked: a
 * window around the first match, with "…" where the note goes on. Undefined when no word
 * of the note starts with any term.
 */
export function quoteMatch(body: string, terms: readonly string[]): QuotePiece[] | undefined {
  const words = wordsInText(body);
  const matched = words.filter((w) => w.forms.some((f) => terms.some((t) => f.startsWith(t))));
  const first = matched[0];
  if (!first) return undefined;
  let from = Math.max(0, first.start - QUOTE_CONTEXT);
  let to = Math.min(body.length, first.end + QUOTE_CONTEXT * 2);
  // Cut between words, not inside one.
  const before = words.find((w) => w.end > from);
  if (before && before.start < from) from = before.end;
  const after = [...words].reverse().find((w) => w.start < to);
  if (after && after.end > to) to = after.start;
  const pieces: QuotePiece[] = [];
  const push = (text: string, isMatch: boolean) => {
    if (!text) return;
    const flat = text.replace(/\s+/g, ' ');
    const last = pieces[pieces.length - 1];
    if (last && last.matched === isMatch) last.text += flat;
    else pieces.push({ text: flat, matched: isMatch });
  };
  let at = from;
  for (const word of matched) {
    if (word.start < from || word.end > to) continue;
    push(body.slice(at, word.start), false);
    push(body.slice(word.start, word.end), true);
    at = word.end;
  }
  push(body.slice(at, to), false);
  const head = pieces[0]!;
  if (!head.matched) head.text = head.text.trimStart();
  if (from > 0) pieces.unshift({ text: '… ', matched: false });
  const tail = pieces[pieces.length - 1]!;
  if (!tail.matched) tail.text = tail.text.trimEnd();
  if (to < body.length) pieces.push({ text: ' …', matched: false });
  return pieces
    .filter((p) => p.text)
    .reduce<QuotePiece[]>((joined, piece) => {
      const last = joined[joined.length - 1];
      if (last && last.matched === piece.matched) last.text += piece.text;
      else joined.push({ ...piece });
      return joined;
    }, []);
}

/** Whether every term starts some word of the text. */
export function textMatchesTerms(text: string, terms: readonly string[]): boolean {
  const words = wordsOf(text);
  return terms.every((t) => words.some((w) => w.startsWith(t)));
}
