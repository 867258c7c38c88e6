import type { Note } from '../../storage/schema';
import type { DraftSentence } from './draft';
import { Lru } from './lru';
import type { NoteAnalysis, NoteFact } from './notes';
import { TOPICS, type FactValue, type Topic } from './lexicon/topics';

/**
 * The focus of a question: which sales topics it asks about, read from its main clause.
 * "Since the renewal is in June, would a comparison help?" offers a comparison; only a
 * question that asks for a fact ("when does your agreement end?") has a topic focus.
 */

const focusCache = new Lru<string, readonly Topic[]>(2000);

/** The topics a question's main clause asks for. */
export function topicsAsked(focus: string): readonly Topic[] {
  let hit = focusCache.get(focus);
  if (!hit) {
    const text = ` ${focus} `;
    hit = TOPICS.filter((t) => t.asks.some((p) => p.test(text)));
    focusCache.set(focus, hit);
  }
  return hit;
}

/** Sentences that ask the reader for a fact: the only ones that can rehash a note. */
export function asksForFact(s: DraftSentence): boolean {
  return s.role === 'question' && s.focus !== undefined && !s.permission;
}

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec q1 q2 q3 q4 spring summer autumn fall winter'
  ).split(' '),
);

function isValueOfKind(token: string, kind: FactValue): boolean {
  if (kind === 'any') return true;
  if (kind === 'date') return MONTHS.has(token) || /\d/.test(token);
  if (kind === 'amount' || kind === 'count') return /\d/.test(token);
  return !MONTHS.has(token);
}

/** The noted value the question names, if it names one: then it checks rather than asks. */
export function confirmedValue(
  s: DraftSentence,
  fact: NoteFact,
  kind: FactValue,
): string | undefined {
  for (const v of fact.values) if (s.stems.has(v) && isValueOfKind(v, kind)) return v;
  return undefined;
}

export interface Rehash {
  sentence: DraftSentence;
  topic: Topic;
  /** The note sentence that already answers it. */
  answer: string;
  updatedAt: number;
}

/** Where a question asks what a note already states; confirmations are left out. */
export function rehashesOf(
  body: readonly DraftSentence[],
  notes: ReadonlyArray<{ note: Note; analysis: NoteAnalysis }>,
  place: { text: string; updatedAt: number } | undefined,
): {
  found: Rehash[];
  asked: Array<{ sentence: DraftSentence; topic: Topic }>;
  confirmed: Rehash[];
} {
  const found: Rehash[] = [];
  const asked: Array<{ sentence: DraftSentence; topic: Topic }> = [];
  const confirmed: Rehash[] = [];
  for (const s of body) {
    if (!asksForFact(s)) continue;
    for (const topic of topicsAsked(s.focus ?? '')) {
      let answer: Rehash | undefined;
      let confirms = false;
      for (const { note, analysis } of notes) {
        for (const fact of analysis.facts) {
          if (fact.topic !== topic.id) continue;
          const candidate = { sentence: s, topic, answer: fact.text, updatedAt: note.updatedAt };
          if (confirmedValue(s, fact, topic.value)) {
            confirms = true;
            confirmed.push(candidate);
          } else answer ??= candidate;
        }
      }
      if (!answer && topic.id === 'location' && place) {
        answer = { sentence: s, topic, answer: place.text, updatedAt: place.updatedAt };
      }
      if (answer && !confirms) found.push(answer);
      else if (!answer && !confirms) asked.push({ sentence: s, topic });
    }
  }
  return { found, asked, confirmed };
}
