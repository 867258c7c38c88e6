import type { Note } from '../../../storage/schema';
import { isOverduePromise, openPromises } from '../../domain/promises';
import type { Draft } from '../draft';
import { excerpt } from '../language';
import { analyseNote } from '../notes';
import { findPhrase, phraseList } from '../match';
import { DELIVERY_PHRASES } from '../phrases';
import { item, quote, type Rule } from './context';

const delivery = phraseList(DELIVERY_PHRASES);

function addressedBy(draft: Draft, promise: Note, onlyOne: boolean): string | undefined {
  const topic = analyseNote(promise).topic;
  for (const s of draft.all) {
    const shared = [...s.stems].filter((st) => topic.has(st));
    if (shared.length > 0) return quote(excerpt(s.text, 100));
  }
  if (onlyOne) {
    const delivering = draft.body.find((s) => {
      const phrase = findPhrase(s.norm, delivery);
      return phrase === 'as promised' || phrase === 'as i promised';
    });
    if (delivering) return quote(excerpt(delivering.text, 100));
  }
  return undefined;
}

function dueText(promise: Note, now: number): string {
  if (promise.dueAt === undefined) return 'no due date';
  const days = Math.round(Math.abs(now - promise.dueAt) / 86_400_000);
  if (promise.dueAt < now)
    return days === 0 ? 'due earlier today' : `${days} day${days === 1 ? '' : 's'} overdue`;
  return days === 0 ? 'due today' : `due in ${days} day${days === 1 ? '' : 's'}`;
}

/** Do what you said you would, on time: a kept promise builds trust, a missed one loses it. */
export const keepsPromise: Rule = ({ input, draft }) => {
  const open = openPromises(input.notes);
  if (open.length === 0) return item('keeps-promise', 'na', 'No open promise to this person.');
  const ignored = open.filter((p) => !addressedBy(draft, p, open.length === 1));
  const overdue = ignored.filter((p) => isOverduePromise(p, input.now));
  const worst = overdue[0] ?? ignored[0];
  if (!worst) {
    const first = open[0] as Note;
    return item(
      'keeps-promise',
      'pass',
      'Good: you deliver what you promised; mark the promise done once sent.',
      addressedBy(draft, first, open.length === 1),
    );
  }
  const evidence = `promise: ${quote(excerpt(worst.body, 100))} (${dueText(worst, input.now)})`;
  if (overdue.length > 0) {
    return item(
      'keeps-promise',
      'fail',
      'Deliver the overdue promise in this message, or say honestly when it will come.',
      evidence,
    );
  }
  return item(
    'keeps-promise',
    'warn',
    'You have an open promise to them; deliver it here or say when it is coming.',
    evidence,
  );
};
