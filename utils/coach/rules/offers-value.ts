import { excerpt } from '../language';
import type { DraftSentence } from '../draft';
import { AMOUNT } from '../lexicon/commitments';
import {
  ABOUT_US_MATERIAL,
  BENEFIT_CLAIM,
  HANDOVER,
  INSIGHT,
  INTRODUCTION,
  INVITATION,
  OFFERED_THING,
  RESOURCE,
} from '../lexicon/messages';
import { normalise } from '../match';
import { item, quote, type Rule } from './context';

// Figures are value too: "cut onboarding by 40%", "$12k a year", a link to read.
const DATA =
  /\d\s?%|[$€£¥₹]\s?\d|\b\d+(?:\.\d+)?x\b|https?:\/\/\S+|\bwww\.\S+|\b\d+ (?:weeks|days|hours|minutes) (?:on average|to|off|from)\b/i;
// "No slides", "without a deck": named only to say it is not there.
const NEGATED = /\b(?:no|without|not a|not the)\s+$/;
// A thing handed over is named with a determiner ("the benchmark", "a one-page plan").
const HANDED =
  /\b(?:the|a|an|this|these|that|your|one|two|three|short|quick|new|full|draft|\d+)\b(?:\s[\w']+){0,3}\s$/;
const TAILORED = /\bfor (?:you|your)\b|\byour\b/;
// Offers taken up by a yes: "Want me to send…", "I can introduce…", "Shall I set up…".
const OFFERING =
  /\b(?:i|we) (?:can|could|will|'ll|would like to|'d like to)\b|\b(?:want me to|shall i|should i|would it help if i|happy to|if you like|i'd be glad to)\b/;
const TRIAL = /\b(?:trial|pilot|try it|trying it|give us)\b/;
// What offering something sounds like: the thing comes to them.
const GIVING =
  /\b(?:send|sent|share|shared|give|bring|show|set (?:it|them|the same \w+)? ?up|build|introduce|intro|put (?:it|together)|draft|prepare|get you|have it|walk you through|trial|pilot|try|trying|invite|tickets?|count you in|join us|lunch|dinner|tasting|tour|evening|run|help|be useful|be helpful)\b/;

/** The part of a sentence that states rather than asks: "Here is X; worth a look?" → "here is x". */
function statedPart(s: DraftSentence): string {
  if (!s.question || HANDOVER.test(s.core)) return s.core;
  const cut = Math.max(s.text.lastIndexOf(';'), s.text.lastIndexOf(':'));
  return cut > 0 ? normalise(s.text.slice(0, cut)).trim() : '';
}

function given(s: DraftSentence): string | undefined {
  const text = statedPart(s);
  if (!text) return undefined;
  const resource = RESOURCE.exec(text);
  if (resource) {
    const before = text.slice(0, resource.index);
    const handed = /^(?:attach|enclosed|here|link)/.test(resource[0]) || HANDED.test(before);
    if (handed && !NEGATED.test(before)) return resource[0];
  }
  const invitation = INVITATION.exec(text);
  if (invitation && !NEGATED.test(text.slice(0, invitation.index))) return invitation[0];
  return (
    INSIGHT.exec(text)?.[0] ??
    (INTRODUCTION.test(text) && !/\bour (?:team|sales|people)\b/.test(text)
      ? INTRODUCTION.exec(text)?.[0]
      : undefined) ??
    (s.question ? undefined : s.text.match(DATA)?.[0])
  );
}

function offered(s: DraftSentence): string | undefined {
  const asOffer = s.role === 'offer' || s.role === 'proposal' || OFFERING.test(s.core);
  if (!asOffer) return undefined;
  if (!GIVING.test(s.core)) return undefined;
  const thing =
    OFFERED_THING.exec(s.core)?.[0] ??
    INVITATION.exec(s.core)?.[0] ??
    INTRODUCTION.exec(s.core)?.[0];
  if (thing) return thing;
  const amount = AMOUNT.exec(s.text)?.[0];
  if (TRIAL.test(s.core) && amount) return `${TRIAL.exec(s.core)?.[0] ?? ''}, ${amount}`;
  if (amount && /free|no cost/i.test(amount)) return amount;
  return undefined;
}

/** What the draft gives them, sentence by sentence; material about us does not count. */
function valueIn(s: DraftSentence): string | undefined {
  if (s.role === 'greeting' || s.resent) return undefined;
  // "We built a rule for that; the attached guide shows it" still hands something over.
  if (s.role === 'about-us' && !HANDOVER.test(s.core)) return undefined;
  const aboutUs = ABOUT_US_MATERIAL.exec(s.core);
  if (aboutUs && !TAILORED.test(s.core.slice(aboutUs.index))) return undefined;
  if (BENEFIT_CLAIM.test(s.core) && /\bour\b/.test(s.core) && !DATA.test(s.text)) return undefined;
  return given(s) ?? offered(s);
}

/** The draft must offer the reader something of value; an empty bump ("checking in") fails. */
export const offersValue: Rule = ({ draft }) => {
  for (const s of draft.body) {
    const found = valueIn(s);
    if (found) {
      return item(
        'offers-value',
        'pass',
        'Good: lead with what they get, so it is the first thing they read.',
        `${quote(found)} in ${quote(excerpt(s.text, 100))}`,
      );
    }
  }
  const bump = draft.body.find((s) => s.bump);
  if (bump) {
    return item(
      'offers-value',
      'fail',
      'Replace the bump with something useful to them: an insight, a resource, an answer or an introduction.',
      `${quote(excerpt(bump.text, 100))} only asks for attention again; nothing new for them`,
    );
  }
  const aboutUs = draft.body.find((s) => ABOUT_US_MATERIAL.test(s.core));
  return item(
    'offers-value',
    'warn',
    'Say what is in it for them: share a finding, a resource, an answer or an introduction.',
    aboutUs
      ? `${quote(excerpt(aboutUs.text, 90))} is about us, not something for them`
      : 'looked for: a resource, a finding, an answer, an introduction or an offer for them; found none',
  );
};
