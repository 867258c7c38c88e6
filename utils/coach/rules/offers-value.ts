import { excerpt } from '../language';
import { findPhrase, phraseList } from '../match';
import { BUMP_PHRASES, VALUE_PHRASES } from '../phrases';
import { item, quote, type Rule } from './context';

const bumps = phraseList(BUMP_PHRASES);
const values = phraseList(VALUE_PHRASES);
// Figures about their situation are value too: "cut onboarding by 40%", "$12k a year".
const DATA = /\d\s?%|[$€£¥₹]\s?\d|\b\d+(?:\.\d+)?x\b|https?:\/\/\S+|\bwww\.\S+/i;

/** The draft must offer the reader something of value; an empty bump ("checking in") fails. */
export const offersValue: Rule = ({ draft }) => {
  for (const s of draft.all) {
    const phrase = findPhrase(s.norm, values) ?? s.text.match(DATA)?.[0];
    if (phrase) {
      return item(
        'offers-value',
        'pass',
        'Good: lead with what they get, so it is the first thing they read.',
        `${quote(phrase)} in ${quote(excerpt(s.text, 100))}`,
      );
    }
  }
  for (const s of draft.all) {
    const bump = findPhrase(s.norm, bumps);
    if (bump) {
      return item(
        'offers-value',
        'fail',
        'Replace the bump with something useful to them: an insight, a resource, an answer or an introduction.',
        quote(excerpt(s.text, 100)),
      );
    }
  }
  return item(
    'offers-value',
    'warn',
    'Say what is in it for them: share a finding, a resource, an answer or an introduction.',
  );
};
