import nlp from 'compromise/two';
import { Lru } from './lru';
import { words } from './language';

/**
 * Sentence grammar from compromise's tagger. Tagging costs ~0.3 ms a sentence, too much
 * for a whole draft on every keystroke, so only sentences that could open with a verb
 * are tagged, only their first words, and each verdict is cached by sentence text: while
 * the rep types, one sentence changes and the rest are cache hits.
 */

export interface SentenceGrammar {
  question: boolean;
  /** Opens with a verb in the imperative ("Grab a slot", "Send me the deck"). */
  imperative: boolean;
}

const QUESTION_WORDS = new Set([
  'what',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'which',
]);
// The auxiliaries compromise's own question rule looks for at the start of a sentence.
const QUESTION_AUXILIARIES = new Set([
  'do',
  'does',
  'did',
  'is',
  'was',
  'are',
  'were',
  'can',
  'could',
  'will',
  'would',
  'may',
  'might',
  'shall',
  'should',
  'have',
  'has',
  'must',
]);
// Openers after which the next word decides, as in "Please send…" or "Just reply…".
const SOFTENERS = new Set(['please', 'just', 'so', 'and', 'also', 'then', 'ok', 'okay', 'now']);
// Words that cannot open an imperative: skip the tagger for these sentences.
const NOT_VERB_OPENERS = new Set([
  'i',
  'i’m',
  "i'm",
  'i’ve',
  "i've",
  'i’ll',
  "i'll",
  'i’d',
  "i'd",
  'we',
  'we’re',
  "we're",
  'we’ll',
  "we'll",
  'we’ve',
  "we've",
  'you',
  'you’re',
  "you're",
  'your',
  'my',
  'our',
  'it',
  'it’s',
  "it's",
  'this',
  'that',
  'these',
  'those',
  'the',
  'a',
  'an',
  'there',
  'here',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'hi',
  'hello',
  'hey',
  'dear',
  'thanks',
  'thank',
  'cheers',
  'best',
  'regards',
  'if',
  'but',
  'as',
  'since',
  'when',
  'because',
  'on',
  'in',
  'at',
  'for',
  'from',
  'with',
  'after',
  'before',
  'last',
  'next',
]);

const cache = new Lru<string, SentenceGrammar>(2000);

function firstWords(sentence: string): string[] {
  const ws = words(sentence);
  let i = 0;
  while (i < ws.length - 1 && SOFTENERS.has(ws[i] ?? '')) i++;
  return ws.slice(i);
}

function tag(sentence: string): SentenceGrammar {
  const ws = firstWords(sentence);
  const first = ws[0] ?? '';
  const question =
    /[?\uFF1F]/.test(sentence) ||
    (!sentence.endsWith('..') &&
      ((QUESTION_WORDS.has(first) && !sentence.includes(',')) ||
        (QUESTION_AUXILIARIES.has(first) && ws.length > 2 && nounFollows(ws.slice(0, 6)))));
  if (question || ws.length < 2 || NOT_VERB_OPENERS.has(first) || /^\d/.test(first)) {
    return { question, imperative: false };
  }
  const doc = nlp(ws.slice(0, 6).join(' '));
  return { question, imperative: doc.has('^(#Imperative|#Infinitive)') };
}

// compromise's rule: "do|does|is|can|would … #Noun" at the start is a question.
function nounFollows(opening: string[]): boolean {
  return nlp(opening.join(' ')).has('^. #Noun');
}

/** Whether a sentence asks a question and whether it opens with an imperative verb. */
export function grammarOf(sentence: string): SentenceGrammar {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const result = tag(sentence);
  cache.set(sentence, result);
  return result;
}
