import { grammarOf } from './nlp';
import { Lru } from './lru';
import { excerpt, looksEnglish, rawWords, sentences, stem, STOP_WORDS, words } from './language';
import { findPhrase, normalise, phraseList } from './match';
import {
  ASK_PHRASES,
  COURTESY_QUESTIONS,
  GENERIC_WORDS,
  INTENT_PHRASES,
  NON_ASK_IMPERATIVES,
  PROPOSAL_PHRASES,
  VAGUE_ASK_PHRASES,
} from './phrases';

/** One sentence of the draft, with what the rules need to know about it. */
export interface DraftSentence {
  text: string;
  norm: string;
  words: string[];
  stems: Set<string>;
  question: boolean;
  /** 'clear' names a step, 'vague' only asks for a reply ("let me know"). */
  ask?: { kind: 'clear' | 'vague'; phrase: string };
  intent?: string;
  proposal: boolean;
}

export interface Draft {
  subject: DraftSentence | undefined;
  body: DraftSentence[];
  /** Subject and body together, for rules that read both. */
  all: DraftSentence[];
  wordCount: number;
  english: boolean;
  /** Content stems of the whole draft, generic sales words removed. */
  stems: Set<string>;
}

const asks = phraseList(ASK_PHRASES);
const vague = phraseList(VAGUE_ASK_PHRASES);
const courtesy = phraseList(COURTESY_QUESTIONS);
const intents = phraseList(INTENT_PHRASES);
const proposals = phraseList(PROPOSAL_PHRASES);
const GENERIC_STEMS = new Set(GENERIC_WORDS.map(stem));

/** Content stems: the words that carry a topic. */
export function contentStems(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    if (w.length < 3 || STOP_WORDS.has(w)) continue;
    const s = stem(w);
    if (!GENERIC_STEMS.has(s)) out.add(s);
  }
  return out;
}

// Quoted history and signatures are not what the rep is writing now.
function ownText(body: string): string {
  const lines = body.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (
      /^on\b.{0,200}\bwrote:?$/i.test(t) ||
      /^-{2,}\s*(original message|forwarded message)/i.test(t)
    )
      break;
    if (t === '--' || t === '-- ') break;
    if (t.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

function classifyAsk(
  sentence: string,
  norm: string,
  ws: string[],
  question: boolean,
): DraftSentence['ask'] {
  const vaguePhrase = findPhrase(norm, vague);
  if (question && findPhrase(norm, courtesy)) return undefined;
  const askPhrase = findPhrase(norm, asks);
  if (question) return { kind: 'clear', phrase: excerpt(sentence, 80) };
  if (vaguePhrase && !askPhrase) return { kind: 'vague', phrase: vaguePhrase };
  if (askPhrase) return { kind: 'clear', phrase: askPhrase };
  const first = ws.find((w) => !['please', 'just', 'so', 'and', 'also', 'then'].includes(w));
  if (first && !NON_ASK_IMPERATIVES.has(first) && grammarOf(sentence).imperative) {
    return { kind: 'clear', phrase: excerpt(sentence, 80) };
  }
  return undefined;
}

// Typing changes one sentence at a time: the others are read from here.
const sentenceCache = new Lru<string, DraftSentence>(2000);

function analyseSentence(text: string, isSubject: boolean): DraftSentence {
  const key = (isSubject ? 's:' : 'b:') + text;
  const hit = sentenceCache.get(key);
  if (hit) return hit;
  const result = readSentence(text, isSubject);
  sentenceCache.set(key, result);
  return result;
}

function readSentence(text: string, isSubject: boolean): DraftSentence {
  const norm = normalise(text);
  const ws = words(text);
  const question = grammarOf(text).question;
  const intent = findPhrase(norm, intents);
  return {
    text,
    norm,
    words: ws,
    stems: contentStems(ws),
    question,
    ask: isSubject ? undefined : classifyAsk(text, norm, ws, question),
    intent,
    proposal: !isSubject && findPhrase(norm, proposals) !== undefined,
  };
}

/** Reads a draft once per call: sentences, asks, stems and language. */
export function analyseDraft(subject: string, body: string): Draft {
  const own = ownText(body);
  const bodySentences = sentences(own).map((s) => analyseSentence(s, false));
  const subjectText = subject.replace(/^\s*((re|fwd?|aw|wg)\s*:\s*)+/i, '').trim();
  const subjectSentence = subjectText ? analyseSentence(subjectText, true) : undefined;
  const all = subjectSentence ? [subjectSentence, ...bodySentences] : bodySentences;
  const stems = new Set<string>();
  for (const s of all) for (const st of s.stems) stems.add(st);
  return {
    subject: subjectSentence,
    body: bodySentences,
    all,
    wordCount: bodySentences.reduce((n, s) => n + s.words.length, 0),
    english: looksEnglish(own),
    stems,
  };
}

/** Capitalised words inside sentences and tokens with digits: names, products, figures. */
export function distinctiveStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences(text)) {
    const ws = rawWords(sentence);
    ws.forEach((w, i) => {
      const lower = w.toLowerCase();
      if (STOP_WORDS.has(lower)) return;
      if (/\d/.test(w) || (i > 0 && /^\p{Lu}/u.test(w)) || /^\p{Lu}{2,}/u.test(w)) {
        const s = stem(lower);
        if (!GENERIC_STEMS.has(s)) out.add(s);
      }
    });
  }
  return out;
}
