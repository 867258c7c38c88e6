import { excerpt } from '../language';
import type { DraftSentence } from '../draft';
import type { NoteAnalysis } from '../notes';
import { HABIT_MARKERS, INTEREST_CATEGORIES } from '../lexicon/interests';
import { item, quote, type Rule } from './context';
import { nameStems } from './remembers';

const CATEGORY_OF = new Map<string, string>();
for (const [category, list] of Object.entries(INTEREST_CATEGORIES)) {
  for (const w of list) CATEGORY_OF.set(w, category);
}
// "next Tuesday" and "more importantly" say nothing about a habit.
const NOT_A_HABIT =
  /\bnext (?:week|month|quarter|year|\w+day|time|step|steps)\b|\bmore importantly\b|\bonce more\b/g;

function categories(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    const c = CATEGORY_OF.get(w);
    if (c) out.add(c);
  }
  return out;
}

const kindsOfNote = new WeakMap<NoteAnalysis, Set<string>>();

function noteKinds(note: NoteAnalysis): Set<string> {
  let kinds = kindsOfNote.get(note);
  if (!kinds) {
    kinds = categories(note.sentences.flatMap((p) => p.norm.split(' ')));
    kindsOfNote.set(note, kinds);
  }
  return kinds;
}

/** How a draft sentence touches a one-off note: a shared word, or the same kind of thing. */
function touching(
  s: DraftSentence,
  note: NoteAnalysis,
  ignore: ReadonlySet<string>,
): string | undefined {
  for (const st of s.stems) if (note.stems.has(st) && !ignore.has(st)) return st;
  const kinds = noteKinds(note);
  if (kinds.size === 0) return undefined;
  for (const w of s.words) {
    const c = CATEGORY_OF.get(w);
    if (c && kinds.has(c)) return w;
  }
  return undefined;
}

function habitIn(s: DraftSentence): string | undefined {
  const text = s.core.replace(NOT_A_HABIT, ' ');
  for (const p of HABIT_MARKERS) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** A one-off (four bottles of Chivas bought once, for a boss) is not a lasting interest. */
export const oneOffNotPattern: Rule = ({ input, draft, notes }) => {
  const oneOffs = notes.filter(({ note }) => note.oneOff);
  if (oneOffs.length === 0) {
    return item(
      'one-off-not-pattern',
      'na',
      'No one-off notes on this person.',
      'looked for: notes marked one-off; there are none',
    );
  }
  const ignore = nameStems(input.person);
  let mention: { sentence: string; note: string } | undefined;
  for (const { note, analysis } of oneOffs) {
    for (const s of draft.all) {
      const touch = touching(s, analysis, ignore);
      if (!touch) continue;
      const habit = habitIn(s);
      if (habit) {
        return item(
          'one-off-not-pattern',
          'fail',
          'That note is a one-off: mention it as a single event, or leave it out.',
          `${quote(excerpt(s.text, 90))} treats the one-off note ${quote(excerpt(note.body, 70))} as a habit (${quote(habit)}, ${quote(touch)})`,
        );
      }
      mention ??= { sentence: s.text, note: note.body };
    }
  }
  if (mention) {
    return item(
      'one-off-not-pattern',
      'pass',
      'Fine: you mention the one-off as a single event, not as who they are.',
      `${quote(excerpt(mention.sentence, 90))} — one-off note: ${quote(excerpt(mention.note, 70))}`,
    );
  }
  const first = oneOffs[0]?.note.body ?? '';
  return item(
    'one-off-not-pattern',
    'pass',
    'Good: the one-off note is not used as personalisation.',
    `looked for: the one-off note ${quote(excerpt(first, 70))} in the draft; not used`,
  );
};
