import { grammarOf } from './nlp';
import { Lru } from './lru';
import { languageCounts, readsAsEnglish, sentences, words, type LanguageCounts } from './language';
import { normalise } from './match';
import { readRole, CLEAR_ASK_ROLES, type SentenceReading } from './roles';
import { contentStems } from './stems';
import { INVITATION } from './lexicon/messages';
import { BIG_STEP, ENGAGEMENT, PROPOSAL_SCOPE } from './lexicon/commitments';
import { durationMinutes } from './time-expressions';

/** One sentence of the draft, with what the rules need to know about it. */
export interface DraftSentence extends SentenceReading {
  text: string;
  norm: string;
  words: string[];
  stems: Set<string>;
  question: boolean;
  /** 'clear' names a step or asks a real question; 'vague' only asks for a reply. */
  ask?: { kind: 'clear' | 'vague'; phrase: string };
  /** The sentence a short "Does that work?" or "Shall I send it?" refers to. */
  antecedent?: DraftSentence;
  language: LanguageCounts;
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

const SIGN_OFF =
  /^(?:best|thanks|thank you|many thanks|thanks again|cheers|regards|kind regards|best regards|warm regards|warmly|all the best|talk soon|speak soon|sincerely|yours|take care|with thanks)\b[\s\p{L},.!]{0,30}$/iu;
const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}\.?$/u;
const POSTSCRIPT = /^p\.?\s?s\.?\b/i;
// A short question that points back: "Does that work?", "Shall I send it over?".
// "go over it", "send it over": an object that points back, not the "it" of "would it help".
const POINTS_BACK =
  /\b(?!(?:would|will|does|do|is|was|could|can|should|might|may|if)\b)[a-z']+ (?:it|them|those|these|that|this)\b/;

/** The lines the rep is writing now, without the quoted history below them. */
function newLines(body: string): string[] {
  const kept: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    const t = line.trim();
    if (
      /^on\b.{0,200}\bwrote:?$/i.test(t) ||
      /^-{2,}\s*(original message|forwarded message)/i.test(t) ||
      t === '--'
    )
      break;
    if (!t.startsWith('>')) kept.push(line);
  }
  return kept;
}

/** The message as the reader gets it from the rep: greeting to signature, no quoted history. */
export function writtenText(body: string): string {
  return newLines(body).join('\n');
}

/** What the rep is writing now: no quoted history, no signature (a P.S. is kept). */
function ownText(body: string): string {
  const kept: string[] = [];
  let signature = false;
  for (const line of newLines(body)) {
    const t = line.trim();
    if (POSTSCRIPT.test(t)) signature = false;
    else if (SIGN_OFF.test(t)) {
      signature = true;
      continue;
    }
    if (!signature) kept.push(line);
  }
  return kept.join('\n');
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

function askOf(reading: SentenceReading, text: string): DraftSentence['ask'] {
  if (CLEAR_ASK_ROLES.has(reading.role)) return { kind: 'clear', phrase: text };
  if (reading.role === 'vague-ask') return { kind: 'vague', phrase: reading.phrase ?? text };
  return undefined;
}

function readSentence(text: string, isSubject: boolean): DraftSentence {
  const ws = words(text);
  const reading: SentenceReading = isSubject
    ? {
        role: 'statement',
        core: normalise(text).trim(),
        bump: false,
        resent: false,
        empty: false,
        namesStep: false,
        permission: false,
      }
    : readRole(text);
  const ask = askOf(reading, text);
  return {
    ...reading,
    text,
    norm: normalise(text),
    words: ws,
    stems: contentStems(text),
    language: languageCounts(ws),
    question: !isSubject && grammarOf(text).question,
    ...(ask ? { ask } : {}),
  };
}

/**
 * A sentence read in place: a short question that points back ("Interested?", "Does that
 * work for you?") takes its step from the sentence before, and so asks clearly when that
 * sentence offers or names one.
 */
function inContext(s: DraftSentence, before: DraftSentence | undefined): DraftSentence {
  if (!before || s.words.length > 16) return s;
  if (s.role !== 'proposal' && s.role !== 'vague-ask') return s;
  if (!s.question && s.role !== 'vague-ask') return s;
  const ownScope =
    PROPOSAL_SCOPE.test(s.core) || durationMinutes(s.text) !== undefined || ENGAGEMENT.test(s.core);
  const pointsBack = s.empty || !ownScope || POINTS_BACK.test(s.core);
  if (!pointsBack) return s;
  const stepBefore =
    before.role === 'proposal' ||
    before.role === 'offer' ||
    INVITATION.test(before.core) ||
    BIG_STEP.test(before.core);
  if (!stepBefore) return s;
  const role = s.role === 'vague-ask' && !s.bump && s.question ? 'proposal' : s.role;
  const ask = CLEAR_ASK_ROLES.has(role) ? { kind: 'clear' as const, phrase: s.text } : s.ask;
  return { ...s, role, ...(ask ? { ask } : {}), antecedent: before };
}

/** Reads a draft once per call: sentences and their roles, stems and language. */
export function analyseDraft(subject: string, body: string): Draft {
  const own = ownText(body);
  const texts = sentences(own);
  // A name alone at the end ("… Thursday at 10? Sam") signs the message.
  while (texts.length > 1 && NAME_LINE.test(texts[texts.length - 1] ?? '')) texts.pop();
  const read = texts.map((s) => analyseSentence(s, false));
  const bodySentences = read.map((s, i) => inContext(s, read[i - 1]));
  const subjectText = subject.replace(/^\s*((re|fwd?|aw|wg)\s*:\s*)+/i, '').trim();
  const subjectSentence = subjectText ? analyseSentence(subjectText, true) : undefined;
  const all = subjectSentence ? [subjectSentence, ...bodySentences] : bodySentences;
  const stems = new Set<string>();
  for (const s of all) for (const st of s.stems) stems.add(st);
  // The language of what the rep wrote, signature included: summed per sentence, as read.
  const language = { total: 0, latin: 0, english: 0, other: 0 };
  for (const s of read) {
    language.total += s.language.total;
    language.latin += s.language.latin;
    language.english += s.language.english;
    language.other += s.language.other;
  }
  return {
    subject: subjectSentence,
    body: bodySentences,
    all,
    wordCount: bodySentences.reduce((n, s) => n + s.words.length, 0),
    english: readsAsEnglish(language),
    stems,
  };
}
