import type { Note, Person, Touch } from '../../storage/schema';
import { isCallOrMeeting } from '../domain/conversation';
import { orderPromises } from '../domain/promises';
import { quoted } from './wording';

/**
 * A brief to read before a conversation: what they told the rep, their needs and
 * objections, what the rep promised, the latest touches, and an agenda built from it (the
 * value to bring, one small next step). Pure.
 */

export interface Brief {
  /** What they said, their preferences and personal notes, newest first. */
  told: Note[];
  needs: Note[];
  objections: Note[];
  /** Open promises, overdue first. */
  promises: Note[];
  /** The five latest touches that have happened, newest first. */
  lastTouches: Touch[];
  /** The next call or meeting logged ahead, if any. */
  upcoming?: Touch;
  agenda: {
    /** What to bring them, each a line. */
    value: string[];
    /** One small, specific next step to propose. */
    nextStep: string;
  };
}

const TOLD = new Set(['said', 'preference', 'personal', 'other']);
const AT_MOST = { told: 8, needs: 4, objections: 3, touches: 5, value: 4 };

export function prepareBrief(input: {
  person: Pick<Person, 'name'>;
  notes: readonly Note[];
  touches: readonly Touch[];
  now: number;
}): Brief {
  const { notes, now } = input;
  const newest = (kind: (n: Note) => boolean, max: number) =>
    notes
      .filter(kind)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, max);
  const needs = newest((n) => n.kind === 'need', AT_MOST.needs);
  const objections = newest((n) => n.kind === 'objection', AT_MOST.objections);
  const promises = orderPromises(notes, now);
  const touches = [...input.touches].sort((a, b) => b.at - a.at);
  const upcoming = touches.filter((t) => t.at > now && isCallOrMeeting(t)).at(-1);
  const quote = (n: Note) => quoted(n.body, 90);

  const value: string[] = [];
  const overdue = promises.find((p) => p.dueAt !== undefined && p.dueAt < now);
  if (overdue) value.push(`Deliver what you promised first: ${quote(overdue)}.`);
  for (const need of needs) value.push(`Show how you can help with ${quote(need)}.`);
  for (const objection of objections) value.push(`Answer their concern: ${quote(objection)}.`);
  if (needs.length === 0) {
    value.push('Ask what they need most: nothing is noted yet, so listen first.');
  }

  const [topNeed] = needs;
  const [firstPromise] = promises;
  const nextStep = firstPromise
    ? `Agree a date for ${quote(firstPromise)}, and 20 minutes to walk them through it.`
    : topNeed
      ? `Propose a 30-minute working session next week on ${quote(topNeed)}, with a date and who attends.`
      : 'Ask for 15 minutes next week to hear what would help them most.';

  return {
    told: newest((n) => TOLD.has(n.kind), AT_MOST.told),
    needs,
    objections,
    promises,
    lastTouches: touches.filter((t) => t.at <= now).slice(0, AT_MOST.touches),
    ...(upcoming ? { upcoming } : {}),
    agenda: { value: value.slice(0, AT_MOST.value), nextStep },
  };
}
