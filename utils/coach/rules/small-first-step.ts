import { excerpt } from '../language';
import { firstHit } from '../match';
import { proposedStep } from '../proposal';
import { durationMinutes } from '../time-expressions';
import { BIG_STEP, ENGAGEMENT, NUMBER_WORDS, SMALL_STEP } from '../lexicon/commitments';
import { INVITATION, OFFERED_THING } from '../lexicon/messages';
import type { DraftSentence } from '../draft';
import { item, quote, type Rule } from './context';

const SMALL_MINUTES = 45;
const LONG_MINUTES = 60;
// A trial or pilot up to a month is a small step; three months or more is a commitment.
const SHORT_DAYS = 31;
const LONG_DAYS = 90;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

// A length is an engagement only beside what it is the length of ("a six-month pilot"),
// not in "to quota in three months".
const ENGAGED =
  /\b(?:pilot|trial|contract|agreement|commitment|subscription|minimum|try it|give us|term|licen[cs]e)\b/;

function engagementDays(
  step: readonly DraftSentence[],
): { text: string; days: number } | undefined {
  const sentence = step.find((s) => ENGAGEMENT.test(s.core) && ENGAGED.test(s.core));
  const m = sentence ? ENGAGEMENT.exec(sentence.core) : null;
  if (!m) return undefined;
  const n = NUMBER_WORDS[m[1] ?? ''] ?? Number(m[1]);
  const unit = (m[2] ?? '').replace(/s$/, '');
  const days = n * (UNIT_DAYS[unit] ?? 0);
  return Number.isFinite(days) && days > 0 ? { text: m[0], days } : undefined;
}

/** A document to read, an introduction or an invitation: easy to say yes to. */
function smallThing(s: DraftSentence): string | undefined {
  return (
    OFFERED_THING.exec(s.core)?.[0] ??
    INVITATION.exec(s.core)?.[0] ??
    (SENDING.test(s.core) ? DOCUMENT.exec(s.core)?.[0] : undefined)
  );
}
// Papers sent to read before deciding anything: small, whatever they are about.
const DOCUMENT = /\b(?:quote|terms|price list|pricing|list|invite)\b/;
const SENDING = /\b(?:send|share|forward|email)\b/;

/** Ask for a latte, not a relationship: a first step that is small, low-risk, easy to agree to. */
export const smallFirstStep: Rule = ({ draft }) => {
  const { step, replies } = proposedStep(draft);
  if (step.length === 0 && replies.length === 0) {
    return item(
      'small-first-step',
      'na',
      'No step asked of them; if you add one, keep it small.',
      'looked for: a call, trial, reply or other step you ask for; found none',
    );
  }
  const text = step.map((s) => s.core).join(' ');
  const big = BIG_STEP.exec(text)?.[0];
  const engagement = engagementDays(step);
  const longEngagement = engagement && engagement.days >= LONG_DAYS ? engagement.text : undefined;
  const duration = firstHit(step, (s) => durationMinutes(s.text));
  const small =
    (duration && duration.minutes <= SMALL_MINUTES ? duration.text : undefined) ??
    (engagement && engagement.days <= SHORT_DAYS ? engagement.text : undefined) ??
    SMALL_STEP.exec(text)?.[0] ??
    firstHit(step, smallThing);
  const heavy = big ?? longEngagement;
  if (heavy && small) {
    return item(
      'small-first-step',
      'warn',
      `Keep the small step and drop ${quote(heavy)}: that comes later, if the first step goes well.`,
      `${quote(small)} but ${quote(heavy)}`,
    );
  }
  if (heavy) {
    return item(
      'small-first-step',
      'fail',
      `Don't ask for ${quote(heavy)} up front; ask for something small, like a 15-minute call or a look at one page.`,
      `${quote(heavy)} in ${quote(excerpt(step.find((s) => s.core.includes(heavy))?.text ?? step[0]?.text ?? '', 100))}`,
    );
  }
  if (duration && duration.minutes >= LONG_MINUTES) {
    return item(
      'small-first-step',
      'warn',
      'An hour is a lot to ask first; offer 15–20 minutes instead.',
      quote(duration.text),
    );
  }
  if (small) {
    return item(
      'small-first-step',
      'pass',
      'Good: a small step that is easy to say yes to.',
      quote(small),
    );
  }
  const reply = replies[0];
  if (step.length === 0 && reply) {
    return item(
      'small-first-step',
      'pass',
      'Good: a question they can answer in a reply is a small step.',
      quote(excerpt(reply.text, 100)),
    );
  }
  return item(
    'small-first-step',
    'warn',
    'Make the ask visibly small: say how short the call is or how little you need from them.',
    `${quote(excerpt(step[0]?.text ?? '', 100))}: no length or size given`,
  );
};
