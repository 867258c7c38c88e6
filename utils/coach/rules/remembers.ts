import type { Person } from '../../../storage/schema';
import type { DraftSentence } from '../draft';
import { excerpt, words } from '../language';
import { stem } from '../stems';
import type { NoteAnalysis } from '../notes';
import { item, quote, type Rule } from './context';
import { rehashesIn } from './no-rehash';

/** Stems of the person's own name and company: using them shows nothing remembered. */
export function nameStems(person: Person | undefined): Set<string> {
  if (!person) return new Set();
  return new Set(words(`${person.name} ${person.company ?? ''}`).map(stem));
}

interface Overlap {
  sentence: string;
  shared: string[];
  score: number;
}

/** The note sentence that shares most with the draft, and the shared words. */
export function bestOverlap(
  draftStems: ReadonlySet<string>,
  analysis: NoteAnalysis,
  ignore: ReadonlySet<string>,
): Overlap | undefined {
  let best: Overlap | undefined;
  for (const s of analysis.sentences) {
    let score = 0;
    for (const st of s.stems) {
      if (draftStems.has(st) && !ignore.has(st)) score += analysis.distinctive.has(st) ? 2 : 1;
    }
    if (score > 0 && (!best || score > best.score)) {
      const shared = [...s.stems].filter((st) => draftStems.has(st) && !ignore.has(st));
      best = { sentence: s.text, shared, score };
    }
  }
  return best;
}

/** The draft's sentence that carries most of the shared words, for the evidence. */
function carrier(
  sentences: readonly DraftSentence[],
  shared: readonly string[],
): DraftSentence | undefined {
  let best: DraftSentence | undefined;
  let most = 0;
  for (const s of sentences) {
    const n = shared.filter((st) => s.stems.has(st)).length;
    if (n > most) {
      most = n;
      best = s;
    }
  }
  return best;
}

const STRONG = 2;

function stemsOf(sentences: readonly DraftSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const st of s.stems) out.add(st);
  return out;
}

/** Remember what people said: use something they told you, from a note that is not a one-off. */
export const remembers: Rule = (ctx) => {
  const { input, draft, notes } = ctx;
  if (notes.length === 0) {
    return item(
      'remembers',
      'na',
      'No notes on this person yet; add what they tell you.',
      'looked for: notes on this person; there are none',
    );
  }
  const usable = notes.filter(({ note }) => !note.oneOff && note.kind !== 'promise');
  if (usable.length === 0) {
    return item(
      'remembers',
      'na',
      'Only one-off notes or promises so far: nothing lasting to build on.',
      'looked for: lasting notes (not one-offs, not promises); there are none',
    );
  }
  // Asking again what a note says is the opposite of using it.
  const rehashed = new Set(rehashesIn(ctx).found.map((r) => r.sentence));
  // A reply's subject was written before, often by them: only a new subject is the rep's.
  const ownSubject = /^\s*(?:re|fwd?|aw|wg)\s*:/i.test(input.subject) ? undefined : draft.subject;
  const reading = [...(ownSubject ? [ownSubject] : []), ...draft.body].filter(
    (s) => !rehashed.has(s),
  );
  // Most drafts leave nothing out: their stems are already gathered.
  const draftStems = reading.length === draft.all.length ? draft.stems : stemsOf(reading);
  const ignore = nameStems(input.person);
  let best: Overlap | undefined;
  for (const { analysis } of usable) {
    const hit = bestOverlap(draftStems, analysis, ignore);
    if (hit && (!best || hit.score > best.score)) best = hit;
  }
  // What to suggest using: the pinned note, else the latest.
  const suggestion = () => {
    let pick = usable[0];
    for (const n of usable) {
      if (!pick) break;
      const better =
        Number(n.note.pinned) - Number(pick.note.pinned) || n.note.updatedAt - pick.note.updatedAt;
      if (better > 0) pick = n;
    }
    return pick ? quote(excerpt(pick.note.body, 80)) : '';
  };
  if (best) {
    const where = carrier(reading, best.shared);
    const evidence = `${where ? `${quote(excerpt(where.text, 80))} — ` : ''}note: ${quote(excerpt(best.sentence, 100))}`;
    if (best.score >= STRONG) {
      return item('remembers', 'pass', 'Good: you build on what they told you.', evidence);
    }
    return item(
      'remembers',
      'warn',
      `Make the link to what they told you explicit, e.g. ${suggestion()}`,
      evidence,
    );
  }
  const suggest = suggestion();
  return item(
    'remembers',
    'fail',
    `Use something they told you, e.g. ${suggest}`,
    `looked for: anything from ${usable.length} note${usable.length === 1 ? '' : 's'} in the draft; found none (e.g. ${suggest})`,
  );
};
