import type { Note } from '../../storage/schema';
import { contentStems, distinctiveStems } from './draft';
import { sentences, words } from './language';
import { Lru } from './lru';
import { normalise } from './match';
import { withoutWhen } from './time-expressions';

/** What the rules need from a note, computed once per note version. */
export interface NoteAnalysis {
  body: string;
  sentences: Array<{ text: string; norm: string; stems: Set<string> }>;
  stems: Set<string>;
  distinctive: Set<string>;
  /** Topic stems without time expressions: what a promise is about, not when. */
  topic: Set<string>;
  isPromise: boolean;
}

// Notes may be long pastes; the coach reads the start, where reps write what matters.
const MAX_ANALYSED_CHARS = 5000;

const cache = new Lru<string, NoteAnalysis>(2000);

function analyse(body: string, isPromise: boolean): NoteAnalysis {
  const text = body.slice(0, MAX_ANALYSED_CHARS);
  const parts = sentences(text).map((s) => {
    const ws = words(s);
    return { text: s, norm: normalise(s), stems: contentStems(ws) };
  });
  const stems = new Set<string>();
  for (const p of parts) for (const s of p.stems) stems.add(s);
  return {
    body,
    isPromise,
    sentences: parts,
    stems,
    distinctive: distinctiveStems(text),
    // Only promises need it, and chrono is the costliest step here.
    topic: isPromise ? contentStems(words(withoutWhen(text, 0))) : stems,
  };
}

/** A note's analysis, cached by id and updatedAt (and checked against the body). */
export function analyseNote(note: Note): NoteAnalysis {
  const key = `${note.id}\u0000${note.updatedAt}`;
  const hit = cache.get(key);
  if (hit && hit.body === note.body && hit.isPromise === (note.kind === 'promise')) return hit;
  const result = analyse(note.body, note.kind === 'promise');
  cache.set(key, result);
  return result;
}
