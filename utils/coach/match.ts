import { words } from './language';

/**
 * Whole-word phrase matching: text and phrases are reduced to the same space-separated
 * lower-case words, so "One-pager", "one pager" and "ONE PAGER!" all meet.
 */

export interface PhraseList {
  readonly phrases: readonly string[];
  readonly needles: readonly string[];
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
  return { phrases, needles };
}

/** The first phrase of the list found in a normalised text. */
export function findPhrase(normalised: string, list: PhraseList): string | undefined {
  for (let i = 0; i < list.needles.length; i++) {
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
