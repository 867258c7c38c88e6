import type { Person } from '../../../storage/schema';
import { excerpt, stem, words } from '../language';
import type { NoteAnalysis } from '../notes';
import { item, quote, type Rule } from './context';

/** Stems of the person's own name and company: using them shows nothing remembered. */
export function nameStems(person: Person | undefined): Set<string> {
  if (!person) return new Set();
  return new Set(words(`${person.name} ${person.company ?? ''}`).map(stem));
}

/** The note sentence that shares most with the draft, and the shared words. */
export function bestOverlap(
  draftStems: ReadonlySet<string>,
  analysis: NoteAnalysis,
  ignore: ReadonlySet<string>,
): { sentence: string; shared: string[]; score: number } | undefined {
  let best: { sentence: string; shared: string[]; score: number } | undefined;
  for (const s of analysis.sentences) {
    const shared = [...s.stems].filter((st) => draftStems.has(st) && !ignore.has(st));
    const score = shared.reduce((n, st) => n + (analysis.distinctive.has(st) ? 2 : 1), 0);
    if (score > 0 && (!best || score > best.score)) best = { sentence: s.text, shared, score };
  }
  return best;
}

const STRONG = 2;

/** Remember what people said: use something they told you, from a note that is not a one-off. */
export const remembers: Rule = ({ input, draft, notes }) => {
  if (notes.length === 0) {
    return item('remembers', 'na', 'No notes on this person yet; add what they tell you.');
  }
  const usable = notes.filter(({ note }) => !note.oneOff && note.kind !== 'promise');
  if (usable.length === 0) {
    return item(
      'remembers',
      'na',
      'Only one-off notes or promises so far: nothing lasting to build on.',
    );
  }
  const ignore = nameStems(input.person);
  let best: ReturnType<typeof bestOverlap>;
  for (const { analysis } of usable) {
    const hit = bestOverlap(draft.stems, analysis, ignore);
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  if (best && best.score >= STRONG) {
    return item(
      'remembers',
      'pass',
      'Good: you build on what they told you.',
      `note: ${quote(excerpt(best.sentence, 100))}`,
    );
  }
  const suggestion = [...usable].sort(
    (a, b) => Number(b.note.pinned) - Number(a.note.pinned) || b.note.updatedAt - a.note.updatedAt,
  )[0];
  const suggest = suggestion ? quote(excerpt(suggestion.note.body, 80)) : '';
  if (best) {
    return item(
      'remembers',
      'warn',
      `Make the link to what they told you explicit, e.g. ${suggest}.`,
      `note: ${quote(excerpt(best.sentence, 100))}`,
    );
  }
  return item(
    'remembers',
    'fail',
    `Use something they told you, e.g. ${suggest}.`,
    suggestion ? `note: ${suggest}` : undefined,
  );
};
