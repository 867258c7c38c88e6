import { excerpt } from '../language';
import { findPhrase, firstHit, phraseList } from '../match';
import { MONEY_PHRASES, SCOPE_PHRASES } from '../phrases';
import { durationMinutes, findWhen } from '../time-expressions';
import { item, quote, type Rule } from './context';
import type { DraftSentence } from '../draft';

const scopes = phraseList(SCOPE_PHRASES);
const money = phraseList(MONEY_PHRASES);
const AMOUNT =
  /[$€£¥₹]\s?\d[\d,.]*\s?[km]?\b|\b\d[\d,.]*\s?[km]?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b|\bfree\b/i;

/**
 * The sentences that propose something: asks first, then the sentence after each ask
 * ("Want me to set it up? It takes 20 minutes."), then any naming a call, demo, pilot…
 */
export function proposalSentences(body: readonly DraftSentence[]): DraftSentence[] {
  const asks = body.filter((s) => s.ask);
  const following = body.filter((s, i) => !s.ask && i > 0 && body[i - 1]?.ask);
  const naming = body.filter((s) => !s.ask && s.proposal && !following.includes(s));
  return [...asks, ...following, ...naming];
}

/** A next step delineated in time, scope and, where money is involved, amount: easy to say yes. */
export const specificProposal: Rule = ({ draft, input }) => {
  const proposal = proposalSentences(draft.body);
  if (proposal.length === 0) {
    return item(
      'specific-proposal',
      'na',
      'No proposal in this draft; if you want a next step, name it.',
    );
  }
  const when = firstHit(proposal, (s) => findWhen(s.text, input.now));
  const what =
    firstHit(proposal, (s) => durationMinutes(s.text)?.text) ??
    firstHit(proposal, (s) => findPhrase(s.norm, scopes));
  const moneyWord = firstHit(draft.body, (s) => findPhrase(s.norm, money));
  const amount = moneyWord ? firstHit(draft.body, (s) => s.text.match(AMOUNT)?.[0]) : undefined;
  const found = [
    when && `when: ${quote(when)}`,
    what && `what: ${quote(what)}`,
    amount && `how much: ${quote(amount)}`,
  ].filter(Boolean);
  const missing = [
    !when && 'when (a day or time)',
    !what && 'what exactly (length, scope)',
    moneyWord && !amount && 'how much',
  ].filter((m): m is string => Boolean(m));
  const evidence = found.length ? found.join('; ') : quote(excerpt(proposal[0]?.text ?? '', 120));
  if (missing.length === 0) {
    return item(
      'specific-proposal',
      'pass',
      'Good: they can say yes without a follow-up question.',
      evidence,
    );
  }
  const hint = `Pin down ${missing.join(' and ')}, e.g. "15 minutes on Thursday at 10:00 to go through the benchmark".`;
  return item('specific-proposal', found.length === 0 ? 'fail' : 'warn', hint, evidence);
};
