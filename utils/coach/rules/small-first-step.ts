import { findPhrase, firstHit, phraseList } from '../match';
import { BIG_STEP_PHRASES, PROPOSAL_PHRASES, SMALL_STEP_PHRASES } from '../phrases';
import { durationMinutes } from '../time-expressions';
import { excerpt } from '../language';
import { item, quote, type Rule } from './context';
import { proposalSentences } from './specific-proposal';

const big = phraseList(BIG_STEP_PHRASES);
const small = phraseList(SMALL_STEP_PHRASES);
const meetings = phraseList(PROPOSAL_PHRASES);
const SMALL_MINUTES = 30;
const LONG_MINUTES = 60;

/** Ask for a latte, not a relationship: a first step that is small, low-risk, easy to agree to. */
export const smallFirstStep: Rule = ({ draft }) => {
  const proposal = proposalSentences(draft.body);
  if (proposal.length === 0) {
    return item('small-first-step', 'na', 'No ask in this draft; if you add one, keep it small.');
  }
  const bigHit = firstHit(proposal, (s) => findPhrase(s.norm, big));
  const duration = durationMinutes(proposal.map((s) => s.text).join(' '));
  const smallHit =
    (duration && duration.minutes <= SMALL_MINUTES ? duration.text : undefined) ??
    firstHit(proposal, (s) => findPhrase(s.norm, small));
  if (bigHit && smallHit) {
    return item(
      'small-first-step',
      'warn',
      `Keep the small step and drop ${quote(bigHit)}: that comes later, if the first step goes well.`,
      `${quote(smallHit)} but ${quote(bigHit)}`,
    );
  }
  if (bigHit) {
    return item(
      'small-first-step',
      'fail',
      `Don't ask for ${quote(bigHit)} up front; ask for something small, like a 15-minute call or a look at one page.`,
      quote(bigHit),
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
  if (smallHit) {
    return item(
      'small-first-step',
      'pass',
      'Good: a small step that is easy to say yes to.',
      quote(smallHit),
    );
  }
  const replyOnly = proposal.find((s) => s.question && !findPhrase(s.norm, meetings));
  if (replyOnly) {
    return item(
      'small-first-step',
      'pass',
      'Good: a question they can answer in a reply is a small step.',
      quote(excerpt(replyOnly.text, 100)),
    );
  }
  return item(
    'small-first-step',
    'warn',
    'Make the ask visibly small: say how short the call is or how little you need from them.',
    quote(excerpt(proposal[0]?.text ?? '', 100)),
  );
};
