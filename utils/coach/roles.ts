import { normalise, findPhrase, phraseList } from './match';
import { grammarOf } from './nlp';
import { words, STOP_WORDS } from './language';
import { ASK_PHRASES, NON_ASK_IMPERATIVES, VAGUE_ASK_PHRASES } from './lexicon/phrases';
import {
  ABOUT_THEM,
  ABOUT_US_STATEMENT,
  BUMP_PATTERNS,
  COURTESY_QUESTION,
  EMPTY_QUESTION_WORDS,
  INTENT_PATTERNS,
  OFFER_STATEMENT,
  PREMISE_OPENERS,
  PROPOSAL_ANYWHERE,
  PROPOSAL_QUESTION_OPENERS,
  PERMISSION_QUESTION,
  WISH,
  PROPOSAL_STATEMENT,
  REPLY_REQUEST,
  INVITATION,
  OFFERED_THING,
  RESENT_PATTERNS,
} from './lexicon/messages';
import { PROPOSAL_NOUNS } from './lexicon/commitments';
import { durationMinutes, findWhen } from './time-expressions';

/**
 * What each sentence of a draft does: greets, asks for a fact, proposes a step, asks them
 * to do something, offers, bumps, states an intent, or talks about us. Read from the
 * sentence alone; the draft adjusts a few roles by their neighbours (an "Interested?"
 * right after an invitation answers it).
 */
export type SentenceRole =
  | 'greeting'
  | 'courtesy'
  | 'question'
  | 'proposal'
  | 'request'
  | 'offer'
  | 'vague-ask'
  | 'bump'
  | 'intent'
  | 'about-us'
  | 'statement';

export interface SentenceReading {
  role: SentenceRole;
  /** The sentence without its greeting ("Hi Dana, …"), normalised. */
  core: string;
  /** For a question: its main clause, premises ("Given…,") and lead-ins ("Quick one:") cut. */
  focus?: string;
  /** Asks for attention or resurfaces an earlier message. */
  bump: boolean;
  /** Hands over again what was sent before. */
  resent: boolean;
  /** A question made only of opinion, status or attention words ("Thoughts?"). */
  empty: boolean;
  /** Names a step to take together (a call, a demo, a pilot, a partnership…). */
  namesStep: boolean;
  /** Asks whether to stay in touch. */
  permission: boolean;
  /** The vague phrase or intent that decided the role, for evidence. */
  phrase?: string;
}

const GREETING =
  /^\s*(?:hi|hello|hey|dear|hiya|morning|good (?:morning|afternoon|evening)|greetings)\b[^,!.?:\n]{0,40}(?:[,!:]+|$)\s*/i;
const vague = phraseList(VAGUE_ASK_PHRASES);
// "Does Wednesday 11 March still work?": a day offered for a yes.
const SLOT_CHECK = /\b(?:work|works|suit|suits|free|available|good|ok|okay|possible)\b/;
const asks = phraseList(ASK_PHRASES);
const SOFT_OPENERS = new Set(['please', 'just', 'so', 'and', 'also', 'then', 'ok', 'okay', 'now']);
// Asking them to do something, as a question: not a proposal of ours.
const REQUEST_OPENERS =
  /^(?:could you|can you|would you (?!like|be|want|have)|will you|please|kindly|do you mind|would you mind)\b/;
const INFO_REQUEST_QUESTION =
  /\b(?:tell me|walk me through|explain|share|let me know|give me a sense of|help me understand|remind me)\b.*?\b(what|who|whose|which|when|where|how|why|whether)\b/;
const INFO_REQUEST =
  /\b(?:tell me|love to (?:know|understand|learn|hear)|like to (?:know|understand|learn)|curious (?:about|to|what|how|who|when|whether)|wondering (?:what|how|who|when|where|which|whether|if)|share your)\b/;

/** The greeting in front of a sentence ("Hi Dana, "), if any. */
export function greetingOf(text: string): string {
  return GREETING.exec(text)?.[0] ?? '';
}

/** The main clause of a question, from the raw sentence (punctuation still marks clauses). */
function mainClause(sentence: string): string {
  let out = sentence.toLowerCase().replace(/’/g, "'").trim();
  const lead = Math.max(out.lastIndexOf(':'), out.lastIndexOf(';'));
  if (lead > 0 && lead < out.length - 3) out = out.slice(lead + 1).trim();
  for (let i = 0; i < 2; i++) {
    const comma = out.indexOf(',');
    if (comma > 0 && PREMISE_OPENERS.test(out) && comma < out.length - 3) {
      out = out.slice(comma + 1).trim();
    } else break;
  }
  return normalise(out)
    .trim()
    .replace(/^(?:(?:please|just|so|and|also|then|ok|okay|now) )+/, '');
}

// Auxiliaries the stop-word list leaves out: "What do you think?" has no content word.
const AUXILIARIES = new Set([
  'do',
  'can',
  'could',
  'would',
  'will',
  'shall',
  'may',
  'might',
  'any',
  'there',
]);

function isEmptyQuestion(norm: string): boolean {
  for (const w of norm.split(' ')) {
    if (!w || STOP_WORDS.has(w) || AUXILIARIES.has(w) || EMPTY_QUESTION_WORDS.has(w)) continue;
    return false;
  }
  return true;
}

function firstMatch(patterns: readonly RegExp[], text: string): string | undefined {
  for (const p of patterns) {
    const m = p.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** Reads one sentence of a draft's body. */
export function readRole(text: string): SentenceReading {
  const greeting = greetingOf(text);
  const rest = text.slice(greeting.length).trim();
  const core = normalise(rest).trim();
  const bumpPhrase = firstMatch(BUMP_PATTERNS, core);
  const resent = RESENT_PATTERNS.some((p) => p.test(core));
  const namesStep = PROPOSAL_NOUNS.test(core);
  const permission = PERMISSION_QUESTION.test(core);
  const base = {
    core,
    bump: bumpPhrase !== undefined || resent,
    resent,
    empty: false,
    namesStep,
    permission,
  };
  if (!core) return { ...base, role: 'greeting' };

  const grammar = grammarOf(rest);
  if (grammar.question) {
    const focus = mainClause(rest);
    const withFocus = { ...base, focus };
    if (COURTESY_QUESTION.test(core)) {
      if (!/\bhow did the \w+(?: \w+)? go\b/.test(core)) return { ...withFocus, role: 'courtesy' };
    }
    if (bumpPhrase) return { ...withFocus, role: 'vague-ask', phrase: bumpPhrase };
    if (permission) return { ...withFocus, role: 'question' };
    if (REQUEST_OPENERS.test(focus) && !PROPOSAL_ANYWHERE.test(core)) {
      // "Could you tell me what worries you most?" asks for a fact, in a request's words.
      const embedded = INFO_REQUEST_QUESTION.exec(focus);
      const wh = embedded?.[1];
      if (embedded && wh) {
        const at = embedded.index + embedded[0].length - wh.length;
        return { ...withFocus, focus: focus.slice(at), role: 'question' };
      }
      return { ...withFocus, role: 'request' };
    }
    if (
      PROPOSAL_QUESTION_OPENERS.test(focus) ||
      PROPOSAL_ANYWHERE.test(core) ||
      OFFER_STATEMENT.test(focus) ||
      durationMinutes(rest) !== undefined ||
      (SLOT_CHECK.test(core) && findWhen(rest, 0)?.specific === true)
    ) {
      return { ...withFocus, role: 'proposal', empty: isEmptyQuestion(focus) };
    }
    if (isEmptyQuestion(focus))
      return { ...withFocus, role: 'vague-ask', empty: true, phrase: rest };
    return { ...withFocus, role: 'question' };
  }

  const intent = firstMatch(INTENT_PATTERNS, core);
  if (intent) return { ...base, role: 'intent', phrase: intent };
  if (REPLY_REQUEST.test(core)) return { ...base, role: 'proposal' };
  if (INFO_REQUEST.test(core) && !bumpPhrase) return { ...base, role: 'question', focus: core };
  const vaguePhrase = findPhrase(` ${core} `, vague);
  if (vaguePhrase && !findPhrase(` ${core} `, asks))
    return { ...base, role: 'vague-ask', phrase: vaguePhrase };
  const main = mainClause(rest);
  if (
    PROPOSAL_STATEMENT.test(core) ||
    PROPOSAL_STATEMENT.test(main) ||
    findPhrase(` ${core} `, asks)
  )
    return { ...base, role: 'proposal' };
  const ws = words(rest);
  const first = ws.find((w) => !SOFT_OPENERS.has(w));
  if (first && !NON_ASK_IMPERATIVES.has(first) && grammar.imperative && !bumpPhrase) {
    return { ...base, role: 'proposal' };
  }
  if (bumpPhrase || resent)
    return { ...base, role: 'bump', ...(bumpPhrase ? { phrase: bumpPhrase } : {}) };
  if (WISH.test(core)) return { ...base, role: 'offer' };
  // An offer with something in it ("I can send the summary", "…on Monday") proposes a
  // step; "happy to share how we compare" only says the door is open.
  if (
    OFFER_STATEMENT.test(core) &&
    (OFFERED_THING.test(core) ||
      INVITATION.test(core) ||
      /\b(?:trial|pilot)\b/.test(core) ||
      findWhen(rest, 0)?.specific)
  ) {
    return { ...base, role: 'offer' };
  }
  if (ABOUT_US_STATEMENT.test(main) && !ABOUT_THEM.test(core)) return { ...base, role: 'about-us' };
  return { ...base, role: 'statement' };
}

/** Roles that ask the reader for a clear step. */
export const CLEAR_ASK_ROLES: ReadonlySet<SentenceRole> = new Set([
  'question',
  'proposal',
  'request',
]);
