import type { Note } from '../../storage/schema';
import { sentences } from './language';
import { Lru } from './lru';
import { normalise } from './match';
import { contentStems, distinctiveStems } from './stems';
import { withoutWhen } from './time-expressions';
import { TOPICS, type TopicId } from './lexicon/topics';

/** A fact a note states about one topic, in the note's own sentence. */
export interface NoteFact {
  topic: TopicId;
  text: string;
  /** Names, figures and dates in that sentence: what a question would name to confirm it. */
  values: Set<string>;
}

/** What the rules need from a note, computed once per note version. */
export interface NoteAnalysis {
  body: string;
  sentences: Array<{ text: string; norm: string; stems: Set<string> }>;
  stems: Set<string>;
  distinctive: Set<string>;
  /** Topic stems without time expressions: what a promise is about, not when. */
  topic: Set<string>;
  /** The sales topics the note answers (budget, renewal, who signs…). */
  facts: NoteFact[];
  isPromise: boolean;
}

// Notes may be long pastes; the coach reads the start, where reps write what matters.
const MAX_ANALYSED_CHARS = 5000;

const cache = new Lru<string, NoteAnalysis>(2000);

function factsOf(parts: NoteAnalysis['sentences']): NoteFact[] {
  const facts: NoteFact[] = [];
  for (const part of parts) {
    for (const topic of TOPICS) {
      if (!topic.states.some((p) => p.test(part.norm))) continue;
      if (topic.needsNumber && !/\d/.test(part.text)) continue;
      facts.push({ topic: topic.id, text: part.text, values: distinctiveStems(part.text) });
    }
  }
  return facts;
}

function analyse(body: string, isPromise: boolean): NoteAnalysis {
  const text = body.slice(0, MAX_ANALYSED_CHARS);
  const parts = sentences(text).map((s) => ({
    text: s,
    norm: normalise(s),
    stems: contentStems(s),
  }));
  const stems = new Set<string>();
  for (const p of parts) for (const s of p.stems) stems.add(s);
  return {
    body,
    isPromise,
    sentences: parts,
    stems,
    distinctive: distinctiveStems(text),
    // Only promises need it, and chrono is the costliest step here.
    topic: isPromise ? contentStems(withoutWhen(text, 0)) : stems,
    facts: isPromise ? [] : factsOf(parts),
  };
}

// The panel hands the same note objects to every keystroke's check: found by identity first.
const byNote = new WeakMap<Note, NoteAnalysis>();

/** A note's analysis, cached by id and updatedAt (and checked against the body). */
export function analyseNote(note: Note): NoteAnalysis {
  const same = byNote.get(note);
  if (same && same.body === note.body && same.isPromise === (note.kind === 'promise')) return same;
  const key = `${note.id}\u0000${note.updatedAt}`;
  const hit = cache.get(key);
  if (hit && hit.body === note.body && hit.isPromise === (note.kind === 'promise')) {
    byNote.set(note, hit);
    return hit;
  }
  const result = analyse(note.body, note.kind === 'promise');
  cache.set(key, result);
  byNote.set(note, result);
  return result;
}
