import type { Note } from '../../../storage/schema';
import { isOverduePromise, openPromises } from '../../domain/promises';
import type { Draft } from '../draft';
import { excerpt, words } from '../language';
import { stem } from '../stems';
import { analyseNote } from '../notes';
import { withoutWhen } from '../time-expressions';
import { Lru } from '../lru';
import { item, quote, type Rule } from './context';

// The verbs a promise starts with: what follows is the thing promised.
const PROMISE_VERB =
  /^(?:i |we |will |to |i'll |we'll )?(?:send|share|email|forward|get|give|provide|deliver|prepare|draft|write|put together|follow up with|follow up on|check|find|book|set up|introduce|connect|make|do|call|confirm)\b/;
const LINKERS = new Set([
  'by',
  'to',
  'for',
  'with',
  'at',
  'on',
  'in',
  'from',
  'before',
  'after',
  'about',
  'of',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'her',
  'him',
  'them',
  'our',
  'my',
  'their',
  'his',
  'some',
  'over',
  'back',
]);

/**
 * What was promised, as stems: the head of the object ("report" in "Send the SOC2
 * report") and the names beside it. An introduction promises the person introduced.
 */
interface Promised {
  head: string;
  names: Set<string>;
}
// Reading a promise costs a chrono parse: once per promise text.
const promisedCache = new Lru<string, Promised | null>(500);

function promisedThing(promise: Note): Promised | undefined {
  let hit = promisedCache.get(promise.body);
  if (hit === undefined) {
    hit = readPromised(promise) ?? null;
    promisedCache.set(promise.body, hit);
  }
  return hit ?? undefined;
}

function readPromised(promise: Note): Promised | undefined {
  const ws = words(withoutWhen(promise.body, 0).replace(/’/g, "'"));
  const text = ws.join(' ');
  const verb = PROMISE_VERB.exec(text);
  let rest = verb ? text.slice(verb[0].length).trim().split(' ') : ws;
  if (verb && /introduce|connect/.test(verb[0])) {
    const to = rest.findIndex((w) => w === 'to' || w === 'with');
    if (to >= 0) rest = rest.slice(to + 1);
  }
  const object: string[] = [];
  for (const w of rest) {
    if (LINKERS.has(w) && object.length > 0) break;
    if (!DETERMINERS.has(w) && !LINKERS.has(w)) object.push(w);
  }
  const head = object[object.length - 1];
  if (!head) return undefined;
  const names = analyseNote(promise).distinctive;
  return { head: stem(head), names };
}

function addressedBy(draft: Draft, promise: Note, onlyOne: boolean): string | undefined {
  const thing = promisedThing(promise);
  for (const s of draft.all) {
    if (
      thing
        ? s.stems.has(thing.head)
        : [...s.stems].some((st) => analyseNote(promise).topic.has(st))
    )
      return quote(excerpt(s.text, 100));
  }
  if (thing && /^(?:introduce|connect)/.test(words(promise.body)[0] ?? '')) {
    const named = draft.all.find((s) => [...thing.names].some((n) => s.stems.has(n)));
    if (named) return quote(excerpt(named.text, 100));
  }
  if (onlyOne) {
    const delivering = draft.body.find((s) =>
      /\b(?:as promised|as i promised|i promised)\b/.test(s.core),
    );
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
  if (open.length === 0) {
    return item(
      'keeps-promise',
      'na',
      'No open promise to this person.',
      'looked for: open promises to this person; there are none',
    );
  }
  const ignored = open.filter((p) => !addressedBy(draft, p, open.length === 1));
  const overdue = ignored.filter((p) => isOverduePromise(p, input.now));
  const worst = overdue[0] ?? ignored[0];
  if (!worst) {
    const first = open[0] as Note;
    return item(
      'keeps-promise',
      'pass',
      'Good: you deliver what you promised; mark the promise done once sent.',
      `${addressedBy(draft, first, open.length === 1) ?? ''} — promise: ${quote(excerpt(first.body, 80))}`,
    );
  }
  const evidence = `promise: ${quote(excerpt(worst.body, 100))} (${dueText(worst, input.now)}); not mentioned in the draft`;
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
