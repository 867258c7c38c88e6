import { excerpt } from '../language';
import type { DraftSentence } from '../draft';
import { BIG_STEP } from '../lexicon/commitments';
import { ABOUT_THEM_VIA_ME, ABOUT_US_MATERIAL, HANDOVER } from '../lexicon/messages';
import { item, quote, type Rule } from './context';

// Pronouns are a closed class: a list is exact, where a tagger would only add cost.
const THEM = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you'll",
  "you've",
  "you'd",
  "y'all",
]);
const US = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  "we're",
  "we've",
  "we'll",
  "we'd",
]);
const PREMISE = /^(?:if|when|once|should|unless|as soon as)\b/;
const MIN_SELF_FOR_WARN = 2;
const MIN_SELF_FOR_FAIL = 3;
// A sentence wholly about us ("We are the leading…") weighs at least this much.
const ABOUT_US_WEIGHT = 2;

const counted = new WeakMap<DraftSentence, { them: number; us: number }>();

function pronouns(s: DraftSentence): { them: number; us: number } {
  let hit = counted.get(s);
  if (!hit) {
    hit = countPronouns(s);
    counted.set(s, hit);
  }
  return hit;
}

function countPronouns(s: DraftSentence): { them: number; us: number } {
  const ws = s.words.map((w) => w.replace(/’/g, "'"));
  let them = 0;
  let us = 0;
  ws.forEach((w, i) => {
    // "Thank you" is courtesy, not attention to them.
    if (THEM.has(w) && !(w === 'you' && ws[i - 1] === 'thank')) them++;
    else if (US.has(w)) us++;
  });
  // "I know you…", "I hope your…" talk about them.
  if (ABOUT_THEM_VIA_ME.test(s.core)) us = Math.max(0, us - 1);
  return { them, us };
}

const INCLUSIVE = /\b(?:could|can|shall|should|would) we\b|\blet's\b/g;

/** First-person words other than an inclusive "could we" / "let's". */
function exclusiveSelf(s: DraftSentence): number {
  const inclusive = (s.core.match(INCLUSIVE) ?? []).length;
  return Math.max(0, pronouns(s).us - inclusive);
}

/**
 * How much a sentence talks about us. Asks, offers and courtesies are about the step or
 * the person ("Shall I send it?", "Could we meet?"), unless the step serves us first
 * (a contract, a rollout, a tour of our platform).
 */
function selfTalk(s: DraftSentence, us: number): number {
  if (/^(?:thanks|thank you)\b/.test(s.core)) return 0;
  // "If they do not like it, we switch it off" is part of an offer, not a story about us.
  if (s.role === 'about-us') return PREMISE.test(s.core) ? us : Math.max(us, ABOUT_US_WEIGHT);
  // Handing something over ("attached is our report for your team") is giving, not self-talk.
  if (HANDOVER.test(s.core) && !ABOUT_US_MATERIAL.test(s.core)) return 0;
  if (s.role === 'statement' || s.role === 'bump') return us;
  if (s.role === 'proposal' || s.role === 'offer') {
    if (BIG_STEP.test(s.core) || ABOUT_US_MATERIAL.test(s.core)) return us;
    // "Could we book a call to plan it?" after a big ask: the "we" is the two of you.
    if (s.antecedent && BIG_STEP.test(s.antecedent.core)) return exclusiveSelf(s);
    return 0;
  }
  return 0;
}

/** Written for the reader's benefit, not the sender's: more about them than about us. */
export const customerCentred: Rule = ({ draft }) => {
  let them = 0;
  let us = 0;
  let selfish: { s: DraftSentence; weight: number } | undefined;
  for (const s of draft.body) {
    const counts = pronouns(s);
    them += counts.them;
    const weight = selfTalk(s, counts.us);
    us += weight;
    if (weight > counts.them && (!selfish || weight > selfish.weight)) selfish = { s, weight };
  }
  const counts = `you/your ×${them} · talk about us ×${us}`;
  if (them >= us || us < MIN_SELF_FOR_WARN) {
    return item('customer-centred', 'pass', 'Good: it is about them.', counts);
  }
  const evidence = selfish
    ? `${counts}; most about us: ${quote(excerpt(selfish.s.text, 80))}`
    : counts;
  if (us >= MIN_SELF_FOR_FAIL && us > 2 * them) {
    return item(
      'customer-centred',
      'fail',
      'Rewrite the sentences about you and your product as what it means for them ("you get…", "your team…").',
      evidence,
    );
  }
  return item(
    'customer-centred',
    'warn',
    'Turn one or two "we/I" sentences around so they are about them.',
    evidence,
  );
};
