import {
  compareTouches,
  conversationAt,
  isCallOrMeeting,
  isInboundMessage,
  isOutboundMessage,
} from '../utils/domain/conversation';
import { isOpenPromise } from '../utils/domain/promises';
import type { Consent, Note, Person, Touch } from './schema';

/**
 * A small summary of each person, kept in the same transaction as every write that changes
 * them, so that Today and the toolbar count never read every note and touch.
 *
 * It keeps the few records that can still decide the person's follow-up plan at any moment
 * from `asOf` on: their open dated promises, every touch dated after `asOf`, and of the
 * touches before it the latest answer, the messages sent since (the last MAX_RUN_KEPT), the
 * latest touch of a known channel, the latest inbound and the latest outbound. The plan
 * worked out from these is the plan worked out from everything, and adding records to a
 * summary gives the summary of everything (tests/storage/person-summary.test.ts).
 */

/** More unanswered messages than any setting allows (the limit is at most 20): all say stop. */
export const MAX_RUN_KEPT = 20;

/** A promise's text, cut to what any sentence about it shows. */
const PROMISE_TEXT_KEPT = 200;

export interface PersonSummary {
  personId: string;
  name: string;
  consent: Consent;
  /** Their zone, when known: follow-up gaps counted in working days are counted in it. */
  timeZone?: string;
  /** The moment the summary was worked out for (epoch ms). */
  asOf: number;
  /** The touches that can still decide the plan, in time order. */
  touches: Touch[];
  /** Open promises with a due date, by id, each cut to its first 200 characters. */
  promises: Note[];
  lastInboundAt?: number;
  lastOutboundAt?: number;
  /** The rep's messages since their last answer (counted up to MAX_RUN_KEPT). */
  unanswered: number;
  nextPromiseDueAt?: number;
  /*
   * Keys the toolbar count reads through indexes. Empty for someone who declined: they are
   * owed nothing.
   */
  /**
   * Open dated promises as index keys, each its due moment then its id: two promises due at
   * the same moment are two keys, where a multi-entry index keeps only one of equal keys.
   */
  promiseDueAts: PromiseDueKey[];
  /** Calls and meetings dated after `asOf`. */
  meetingAts: number[];
  /** When their message came, when it is the latest touch: a reply waits since then. */
  replyFrom?: number;
  /** With followUpFrom: how many messages wait for an answer, the latest being the last touch. */
  followUpRun?: number;
  followUpFrom?: number;
  /** When the last call or meeting was, when it is the latest touch. */
  coldFrom?: number;
  /** The first touch dated after `asOf`: from then on the summary must be worked out again. */
  rollAt?: number;
}

/** A promise in the summaries' `promiseDueAts` index: its due moment, then its note id. */
export type PromiseDueKey = [dueAt: number, noteId: string];

/** The index keys of these open dated promises, in due order. */
export function promiseDueKeys(promises: readonly Note[]): PromiseDueKey[] {
  return promises
    .flatMap((p): PromiseDueKey[] => (p.dueAt === undefined ? [] : [[p.dueAt, p.id]]))
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
}

/** Who the summary is of: the person fields the plan reads. */
export type SummaryPerson = Pick<Person, 'id' | 'name' | 'consent' | 'timeZone'>;

/** The person a summary is of, as the plan reads them. */
export function summaryPerson(summary: PersonSummary): SummaryPerson {
  return {
    id: summary.personId,
    name: summary.name,
    consent: summary.consent,
    ...(summary.timeZone ? { timeZone: summary.timeZone } : {}),
  };
}

/** The summary of a person with these notes and touches, as of `asOf`. */
export function summarise(
  person: SummaryPerson,
  notes: readonly Note[],
  touches: readonly Touch[],
  asOf: number,
): PersonSummary {
  // Latest version of each note first: an edit can close a promise or take its date away.
  const promises = [...byId(notes)]
    .filter((n) => isOpenPromise(n) && n.dueAt !== undefined)
    .map(cutPromise)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const kept = keptTouches([...byId(touches)], asOf);
  const conversation = conversationAt(kept, asOf);
  const last = conversation.last;
  const declined = person.consent === 'declined';
  const future = kept.filter((t) => t.at > asOf);
  const dues = promises.map((p) => p.dueAt as number);
  const summary: PersonSummary = {
    personId: person.id,
    name: person.name,
    consent: person.consent,
    asOf,
    touches: kept,
    promises,
    unanswered: conversation.unanswered.length,
    promiseDueAts: declined ? [] : promiseDueKeys(promises),
    meetingAts: declined
      ? []
      : [...new Set(future.filter(isCallOrMeeting).map((t) => t.at))].sort((a, b) => a - b),
  };
  if (person.timeZone) summary.timeZone = person.timeZone;
  if (conversation.lastInbound) summary.lastInboundAt = conversation.lastInbound.at;
  if (conversation.lastOutbound) summary.lastOutboundAt = conversation.lastOutbound.at;
  if (dues.length) summary.nextPromiseDueAt = Math.min(...dues);
  if (future[0]) summary.rollAt = future[0].at;
  if (last && !declined) {
    if (isInboundMessage(last)) summary.replyFrom = last.at;
    else if (isOutboundMessage(last) && conversation.unanswered.length > 0) {
      summary.followUpRun = conversation.unanswered.length;
      summary.followUpFrom = last.at;
    } else if (isCallOrMeeting(last)) summary.coldFrom = last.at;
  }
  return summary;
}

/**
 * Whether a summary can never put anything on Today or in the toolbar count: it holds no open
 * dated promise, and none of its touches is a message, a call or a meeting (someone known only
 * from a contacts file, with at most LinkedIn's "Connected on"). Such a summary has no index
 * key and plans nothing, now or later, so it need not be stored: the first record that could
 * change that is written through updateSummary, which works a missing summary out from all
 * the person's records.
 */
export function decidesNothing(summary: PersonSummary): boolean {
  return summary.promises.length === 0 && summary.touches.every(plansNothing);
}

/**
 * Whether the summary of someone with only these records would decide nothing, told without
 * making it (an import of thousands of connections skips making theirs): none of the notes is
 * an open dated promise, and none of the touches is a message, a call or a meeting. When this
 * says no, the summary may still decide nothing (a promise whose later edit closed it):
 * decidesNothing on the summary made has the last word.
 */
export function recordsDecideNothing(notes: readonly Note[], touches: readonly Touch[]): boolean {
  return (
    !notes.some((n) => isOpenPromise(n) && n.dueAt !== undefined) && touches.every(plansNothing)
  );
}

/** A touch that plans nothing by itself: not a message, a call or a meeting. */
function plansNothing(t: Touch): boolean {
  return !isInboundMessage(t) && !isOutboundMessage(t) && !isCallOrMeeting(t);
}

/** What changed about a person since their summary was made. */
export interface SummaryChange {
  /** Notes added or edited (an edit replaces the note of the same id). */
  notes?: readonly Note[];
  /** Touches added. */
  touches?: readonly Touch[];
  /** Notes deleted. */
  removedNoteIds?: readonly string[];
}

/**
 * The summary after a change that adds or edits records, worked out from the summary alone.
 * A summary never goes back in time: `asOf` is the later of the old one and `now`.
 */
export function withChange(
  summary: PersonSummary,
  person: SummaryPerson,
  change: SummaryChange,
  now: number,
): PersonSummary {
  const removed = new Set(change.removedNoteIds ?? []);
  const notes = [...summary.promises, ...(change.notes ?? [])].filter((n) => !removed.has(n.id));
  const touches = [...summary.touches, ...(change.touches ?? [])];
  return summarise(person, notes, touches, Math.max(summary.asOf, now));
}

/** The touches that can still decide the plan from `asOf` on, in time order. */
function keptTouches(touches: Touch[], asOf: number): Touch[] {
  const conversation = conversationAt(touches, asOf);
  const kept = new Set<Touch>(touches.filter((t) => t.at > asOf));
  for (const t of [
    conversation.last,
    conversation.lastTwoWay,
    conversation.lastInbound,
    conversation.lastOutbound,
    ...conversation.unanswered.slice(-MAX_RUN_KEPT),
  ]) {
    if (t) kept.add(t);
  }
  return [...kept].sort(compareTouches);
}

/** The records by id, a later one replacing an earlier one of the same id. */
function byId<T extends { id: string }>(records: readonly T[]): IterableIterator<T> {
  return new Map(records.map((r) => [r.id, r])).values();
}

function cutPromise(note: Note): Note {
  const body = note.body.replace(/\s+/g, ' ').trim();
  return body.length <= PROMISE_TEXT_KEPT
    ? note
    : { ...note, body: body.slice(0, PROMISE_TEXT_KEPT) };
}
