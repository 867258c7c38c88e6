import { excerpt } from '../language';
import { asksForFact, rehashesOf } from '../focus';
import { item, quote, type Rule, type RuleContext } from './context';

// Older answers may have changed: confirming them is wise, asking afresh is still a rehash.
const STALE_AFTER_MS = 180 * 86_400_000;

const found = new WeakMap<RuleContext, ReturnType<typeof rehashesOf>>();

/** Questions that ask what the notes or the person's record already say, once per check. */
export function rehashesIn(ctx: RuleContext): ReturnType<typeof rehashesOf> {
  let hit = found.get(ctx);
  if (!hit) {
    hit = readRehashes(ctx);
    found.set(ctx, hit);
  }
  return hit;
}

function readRehashes(ctx: RuleContext) {
  const person = ctx.input.person;
  const where = person?.location ?? person?.timeZone;
  const place =
    where && person ? { text: `location: ${where}`, updatedAt: person.updatedAt } : undefined;
  const notes = ctx.notes.filter(({ note }) => note.kind !== 'promise');
  return rehashesOf(ctx.draft.body, notes, place);
}

/** Come prepared: don't ask what they already told you, or it shows you weren't listening. */
export const noRehash: Rule = (ctx) => {
  const questions = ctx.draft.body.filter(asksForFact);
  if (questions.length === 0) {
    return item(
      'no-rehash',
      'pass',
      'No questions to check against your notes.',
      'looked for: questions asking them for a fact; the draft asks none',
    );
  }
  const { found, asked, confirmed } = rehashesIn(ctx);
  const fresh = found.find((f) => ctx.input.now - f.updatedAt <= STALE_AFTER_MS);
  if (fresh) {
    return item(
      'no-rehash',
      'fail',
      `Your notes already answer this (${fresh.topic.label}); build on it instead of asking again.`,
      `${quote(excerpt(fresh.sentence.text, 80))} asks ${fresh.topic.label} — note: ${quote(excerpt(fresh.answer, 100))}`,
    );
  }
  const stale = found[0];
  if (stale) {
    return item(
      'no-rehash',
      'warn',
      `Your note on ${stale.topic.label} is old: confirm it ("Is it still…?") rather than asking afresh.`,
      `${quote(excerpt(stale.sentence.text, 80))} asks ${stale.topic.label} — old note: ${quote(excerpt(stale.answer, 100))}`,
    );
  }
  const checks = confirmed[0];
  const open = asked[0];
  const evidence = checks
    ? `${quote(excerpt(checks.sentence.text, 80))} checks the note ${quote(excerpt(checks.answer, 80))}`
    : open
      ? `${quote(excerpt(open.sentence.text, 80))} asks ${open.topic.label}; no note answers it`
      : `${questions.length} question${questions.length === 1 ? '' : 's'} checked against ${ctx.notes.length} note${ctx.notes.length === 1 ? '' : 's'}; none asks what they say`;
  return item('no-rehash', 'pass', 'Good: you ask nothing your notes already answer.', evidence);
};
