import { words } from './language';
import { Lru } from './lru';

/**
 * Whole-word phrase matching: text and phrases are reduced to the same space-separated
 * lower-case words, so "One-pager", "one pager" and "ONE PAGER!" all meet.
 */

export interface PhraseList {
  readonly phrases: readonly string[];
  readonly needles: readonly string[];
  /** Needle indices by the whole word each starts with: only these can be in a text
   * that lacks every other first word. */
  readonly byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** Needles that do not start with a whole word (a one-word prefix): always tried. */
  readonly always: readonly number[];
}

/** Normalises a text for phrase matching. */
export function normalise(text: string): string {
  return ' ' + words(text.replace(/’/g, "'")).join(' ') + ' ';
}

/** Prepares a phrase list once, at module load. */
export function phraseList(phrases: readonly string[]): PhraseList {
  const needles = phrases.map((p) =>
    p.endsWith('*') ? normalise(p.slice(0, -1)).trimEnd() : normalise(p),
  );
  const byFirstWord = new Map<string, number[]>();
  const always: number[] = [];
  needles.forEach((needle, i) => {
    // ' one pager ' can only be in ' … one … ': its first word is a whole word of the text.
    const end = needle.indexOf(' ', 1);
    if (end > 1) {
      const first = needle.slice(1, end);
      const list = byFirstWord.get(first);
      if (list) list.push(i);
      else byFirstWord.set(first, [i]);
    } else always.push(i);
  });
  return { phrases, needles, byFirstWord, always };
}

const wordsOfText = new Lru<string, readonly string[]>(2000);

/** The distinct words of a normalised text. */
function distinctWords(normalised: string): readonly string[] {
  let found = wordsOfText.get(normalised);
  if (!found) {
    found = [...new Set(normalised.split(' ').filter(Boolean))];
    wordsOfText.set(normalised, found);
  }
  return found;
}

/**
 * The first phrase of the list found in a normalised text. Only needles starting with a
 * word of the text are tried, in list order, so the answer is the one a scan of every
 * needle would give.
 */
export function findPhrase(normalised: string, list: PhraseList): string | undefined {
  let candidates: number[] | undefined;
  for (const word of distinctWords(normalised)) {
    const hits = list.byFirstWord.get(word);
    if (hits) (candidates ??= []).push(...hits);
  }
  if (!candidates && !list.always.length) return undefined;
  const order = [...(candidates ?? []), ...list.always].sort((a, b) => a - b);
  for (const i of order) {
    if (normalised.includes(list.needles[i] ?? '\u0000'))
      return (list.phrases[i] ?? '').replace('*', '');
  }
  return undefined;
}

/** The first defined, non-empty result of fn over items, stopping there. */
export function firstHit<T, R>(items: readonly T[], fn: (item: T) => R | undefined): R | undefined {
  for (const it of items) {
    const r = fn(it);
    if (r) return r;
  }
  return undefined;
}
