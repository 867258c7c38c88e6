import { excerpt } from '../language';
import { item, quote, type Rule } from './context';

const TOO_MANY_ASKS = 3;

/** Every message needs one clear next step the reader can take, or an honest stated intent. */
export const callToAction: Rule = ({ draft }) => {
  const clear = draft.body.filter((s) => s.ask?.kind === 'clear');
  const first = clear[0];
  if (first && clear.length >= TOO_MANY_ASKS) {
    return item(
      'call-to-action',
      'warn',
      `You ask ${clear.length} things; keep the one step that matters most.`,
      clear.map((s) => quote(excerpt(s.text, 60))).join(' · '),
    );
  }
  if (first) {
    return item(
      'call-to-action',
      'pass',
      'Good: one clear step they can take.',
      quote(excerpt(first.text, 120)),
    );
  }
  const intent = draft.body.find((s) => s.role === 'intent');
  if (intent) {
    return item(
      'call-to-action',
      'pass',
      'You state why you are writing; that is an honest alternative to an ask.',
      `${quote(intent.phrase ?? '')} in ${quote(excerpt(intent.text, 100))}`,
    );
  }
  const vague = draft.body.find((s) => s.ask?.kind === 'vague');
  if (vague?.ask) {
    const what = vague.empty
      ? 'is an empty question: nothing to act on'
      : 'asks for a reply but names no step';
    return item(
      'call-to-action',
      'warn',
      `Replace it with one concrete step, e.g. "Would Thursday at 10:00 work for 15 minutes?"`,
      `${quote(excerpt(vague.text, 100))} ${what}`,
    );
  }
  return item(
    'call-to-action',
    'fail',
    'End with one clear step they can take, or say honestly why you are writing.',
    'looked for: a question, a proposed step, a request or a stated reason for writing; found none',
  );
};
