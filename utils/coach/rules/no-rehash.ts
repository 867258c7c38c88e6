import { excerpt } from '../language';
import { findPhrase, phraseList, type PhraseList } from '../match';
import { REHASH_TOPICS, type RehashTopic } from '../rehash-topics';
import type { DraftSentence } from '../draft';
import { item, quote, type Rule, type RuleContext } from './context';

const topics = REHASH_TOPICS.map((t) => ({
  topic: t,
  ask: phraseList(t.ask),
  answer: phraseList(t.answer),
}));
const INFO_REQUEST = phraseList([
  'tell me',
  'love to know',
  'love to understand',
  'love to learn',
  'love to hear',
  'like to know',
  'like to understand',
  'curious',
  'wondering',
  'share your',
]);
const FIGURE = /\d/;
// Older answers may have changed: confirming them is wise, asking afresh is still a rehash.
const STALE_AFTER_MS = 180 * 86_400_000;

interface Answer {
  text: string;
  stems: ReadonlySet<string>;
  updatedAt: number;
}

function answers(ctx: RuleContext, topic: RehashTopic, answer: PhraseList): Answer | undefined {
  for (const { note, analysis } of ctx.notes) {
    if (note.kind === 'promise') continue;
    for (const s of analysis.sentences) {
      if (!findPhrase(s.norm, answer)) continue;
      if (topic.needsNumber && !FIGURE.test(s.text)) continue;
      return { text: s.text, stems: s.stems, updatedAt: note.updatedAt };
    }
  }
  const person = ctx.input.person;
  if (topic.id === 'location' && (person?.location || person?.timeZone)) {
    const text = person.location ?? person.timeZone ?? '';
    return { text: `location: ${text}`, stems: new Set(), updatedAt: person.updatedAt };
  }
  return undefined;
}

function isAsking(s: DraftSentence): boolean {
  return s.question || (s.ask?.kind === 'clear' && findPhrase(s.norm, INFO_REQUEST) !== undefined);
}

/** Come prepared: don't ask what they already told you, or it shows you weren't listening. */
export const noRehash: Rule = (ctx) => {
  const asking = ctx.draft.body.filter(isAsking);
  if (asking.length === 0) {
    return item('no-rehash', 'pass', 'No questions to check against your notes.');
  }
  let stale: { question: string; answer: Answer; label: string } | undefined;
  for (const s of asking) {
    for (const { topic, ask, answer } of topics) {
      if (!findPhrase(s.norm, ask)) continue;
      const known = answers(ctx, topic, answer);
      if (!known) continue;
      // "Is the 40k budget still right?" confirms what they said: that is preparation.
      const confirms = [...known.stems].some((st) => s.stems.has(st) && FIGURE.test(st));
      if (confirms) continue;
      if (ctx.input.now - known.updatedAt > STALE_AFTER_MS) {
        stale ??= { question: s.text, answer: known, label: topic.label };
        continue;
      }
      return item(
        'no-rehash',
        'fail',
        `Your notes already answer this (${topic.label}); build on it instead of asking again.`,
        `${quote(excerpt(s.text, 80))} — note: ${quote(excerpt(known.text, 100))}`,
      );
    }
  }
  if (stale) {
    return item(
      'no-rehash',
      'warn',
      `Your note on ${stale.label} is old: confirm it ("Is it still…?") rather than asking afresh.`,
      `${quote(excerpt(stale.question, 80))} — note: ${quote(excerpt(stale.answer.text, 100))}`,
    );
  }
  return item('no-rehash', 'pass', 'Good: you ask nothing your notes already answer.');
};
