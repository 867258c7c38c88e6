import { findPhrase, phraseList } from '../match';
import { PERMISSION_PHRASES } from '../lexicon/phrases';
import { excerpt } from '../language';
import { item, quote, type Rule } from './context';

const asksPermission = phraseList(PERMISSION_PHRASES);
/** Outbound touches after which unknown consent deserves a question: may the rep stay in touch? */
export const PERMISSION_AFTER_TOUCHES = 3;

/** Ask permission to stay in touch before nurturing the relationship; stop once declined. */
export const permission: Rule = ({ input, draft }) => {
  const { person, touches, now } = input;
  if (!person) {
    return item(
      'permission',
      'na',
      'Pick who this is for to check whether they want to hear from you.',
      'looked for: whose consent applies; nobody is picked',
    );
  }
  if (person.consent === 'declined') {
    return item(
      'permission',
      'fail',
      'They said no to staying in touch: do not send, unless they wrote to you first.',
      'consent: declined',
    );
  }
  if (person.consent === 'granted') {
    return item('permission', 'pass', 'They agreed to stay in touch.', 'consent: granted');
  }
  const outbound = touches.filter((t) => t.direction === 'out' && t.at <= now).length;
  const evidence = `consent: ${person.consent}, ${outbound} message${outbound === 1 ? '' : 's'} sent`;
  if (person.consent === 'unknown' && outbound >= PERMISSION_AFTER_TOUCHES) {
    const asking = draft.body.find((s) => findPhrase(s.norm, asksPermission));
    if (asking) {
      return item(
        'permission',
        'pass',
        'Good: you ask whether they want to stay in touch; record their answer.',
        quote(excerpt(asking.text, 120)),
      );
    }
    return item(
      'permission',
      'warn',
      'Ask whether they would like you to stay in touch, e.g. "Would it be useful if I kept you posted, or shall I leave it here?"',
      evidence,
    );
  }
  return item(
    'permission',
    'pass',
    person.consent === 'asked'
      ? 'You asked; record their answer when it comes.'
      : 'Early days; ask whether they want to stay in touch before the third message.',
    evidence,
  );
};
