import { excerpt } from '../language';
import { firstHit } from '../match';
import { proposedStep } from '../proposal';
import { durationMinutes, findWhen, type When } from '../time-expressions';
import {
  AMOUNT,
  ENGAGEMENT,
  MONEY,
  PROPOSAL_SCOPE,
  SCHEDULED,
  VAGUE_MONEY,
  VAGUE_WHEN,
} from '../lexicon/commitments';
import { item, quote, type Rule } from './context';

/**
 * A next step delineated in time, scope and, where money is involved, amount: something
 * they can say yes to without a follow-up question. A call, a demo or a pilot needs a day;
 * a document or an introduction needs only to be named.
 */
export const specificProposal: Rule = ({ draft, input }) => {
  const { step, vague } = proposedStep(draft);
  if (step.length === 0) {
    const nothing = vague[0];
    if (nothing) {
      return item(
        'specific-proposal',
        'fail',
        'Nothing is proposed: name the step, when and how long, e.g. "15 minutes on Thursday at 10:00 to go through the benchmark".',
        `${quote(excerpt(nothing.text, 100))} asks for a reply but names no step`,
      );
    }
    return item(
      'specific-proposal',
      'na',
      'No proposal in this draft; if you want a next step, name it.',
      'looked for: a call, meeting, trial, document or price you propose; found none',
    );
  }
  const text = step.map((s) => s.core).join(' ');
  const whens = step.map((s) => findWhen(s.text, input.now)).filter((w): w is When => !!w);
  const when = whens.find((w) => w.specific);
  const vagueWhen = whens[0]?.text ?? VAGUE_WHEN.exec(text)?.[0];
  const scheduled = SCHEDULED.test(text);
  const what =
    firstHit(step, (s) => durationMinutes(s.text)?.text) ??
    ENGAGEMENT.exec(text)?.[0] ??
    PROPOSAL_SCOPE.exec(text)?.[0];
  const money = MONEY.exec(text)?.[0] ?? firstHit(draft.body, (s) => VAGUE_MONEY.exec(s.core)?.[0]);
  const amount = money ? firstHit(draft.body, (s) => AMOUNT.exec(s.text)?.[0]) : undefined;

  const found = [
    when && `when: ${quote(when.text)}`,
    what && `what: ${quote(what)}`,
    amount && `how much: ${quote(amount)}`,
  ].filter(Boolean);
  const missing = [
    scheduled && !when && (vagueWhen ? `a day (${quote(vagueWhen)} names none)` : 'a day or time'),
    !what && 'what exactly (length or scope)',
    money && !amount && `how much (${quote(money)} without an amount)`,
  ].filter((m): m is string => Boolean(m));
  const proposalQuote = quote(excerpt(step[step.length - 1]?.text ?? '', 100));
  if (missing.length === 0) {
    return item(
      'specific-proposal',
      'pass',
      'Good: they can say yes without a follow-up question.',
      `${found.join('; ')} in ${proposalQuote}`,
    );
  }
  const hint = `Pin down ${missing.join(' and ')}, e.g. "15 minutes on Thursday at 10:00 to go through the benchmark".`;
  const evidence = found.length
    ? `${found.join('; ')}; missing ${missing.join(', ')}`
    : `${proposalQuote}: no day, no length or scope${money ? ', no amount' : ''}`;
  return item('specific-proposal', found.length === 0 ? 'fail' : 'warn', hint, evidence);
};
