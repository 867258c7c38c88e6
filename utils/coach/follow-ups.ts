import type { CadenceSettings, Note, Person, Touch } from '../../storage/schema';
import {
  conversationAt,
  followUpDueAt,
  goingColdAt,
  isCallOrMeeting,
  isInboundMessage,
  isOutboundMessage,
  type Conversation,
} from '../domain/conversation';
import { groupByPerson } from '../domain/person';
import { isOpenPromise } from '../domain/promises';
import { personTimeZone } from '../domain/zoned-time';
import { resolveCadence } from './cadence';
import type { TimingSettings } from './types';
import { ago, fromNow, ordinal, quoted } from './wording';

/**
 * The follow-up plan: everything the rep owes their people, due within the next day, in the
 * order to deal with it. Pure: the same plan in a test, the side panel, the popup and the
 * background's reminders.
 */

/** Reasons in the order they are dealt with when two items fall due at the same moment. */
export const FOLLOW_UP_REASONS = [
  'promise-overdue',
  'meeting-soon',
  'reply-waiting',
  'promise-due',
  'follow-up-due',
  'going-cold',
] as const;
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

export interface FollowUp {
  personId: string;
  reason: FollowUpReason;
  /** When it is (or was) due, epoch ms. */
  dueAt: number;
  /** One plain sentence naming the person and the thing. */
  message: string;
  /** The promise, for promise-overdue and promise-due. */
  noteId?: string;
  /** The touch that decided it, for the other reasons. */
  touchId?: string;
}

/** A person taking a break from the plan until `until` (epoch ms). */
export interface FollowUpSnooze {
  personId: string;
  until: number;
}

/**
 * What the plan needs of a person: who they are, whether they may be contacted, and the
 * zone their working days are counted in (when follow-up gaps count working days).
 */
export type FollowUpPerson = Pick<Person, 'id' | 'name' | 'consent' | 'timeZone'>;

export interface FollowUpInput {
  people: FollowUpPerson[];
  notes: Note[];
  touches: Touch[];
  now: number;
  /** The cadence, and the rep's zone for people whose own is not known. */
  settings?: TimingSettings;
  snoozes?: FollowUpSnooze[];
}

/** How far ahead the plan looks: what falls due within a day is today's work. */
export const PLAN_HORIZON_MS = 86_400_000;

const REASON_RANK = new Map<FollowUpReason, number>(FOLLOW_UP_REASONS.map((r, i) => [r, i]));

/** An item is overdue once its due moment has passed. */
export function isOverdue(item: Pick<FollowUp, 'dueAt'>, now: number): boolean {
  return item.dueAt < now;
}

/** The plan for everyone, ordered by due moment, then reason, then person. */
export function planFollowUps(input: FollowUpInput): FollowUp[] {
  const { now } = input;
  const cadence = resolveCadence(input.settings);
  const notesOf = groupByPerson(input.notes);
  const touchesOf = groupByPerson(input.touches);
  const plan: FollowUp[] = [];
  for (const person of input.people) {
    if (person.consent === 'declined') continue;
    const snoozed = (input.snoozes ?? []).some((s) => s.personId === person.id && s.until > now);
    plan.push(
      ...planForPerson(
        person,
        notesOf.get(person.id) ?? [],
        touchesOf.get(person.id) ?? [],
        now,
        cadence,
        personTimeZone(person.timeZone, input.settings?.timeZone),
      ).filter((item) => !snoozed || item.reason === 'meeting-soon'),
    );
  }
  return plan.sort(compareFollowUps);
}

/** Due moment first; at the same moment, the reason's rank, then the person, then the record. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return (
    a.dueAt - b.dueAt ||
    (REASON_RANK.get(a.reason) ?? 0) - (REASON_RANK.get(b.reason) ?? 0) ||
    compareText(a.personId, b.personId) ||
    compareText(a.noteId ?? a.touchId ?? '', b.noteId ?? b.touchId ?? '')
  );
}

function planForPerson(
  person: FollowUpPerson,
  notes: Note[],
  touches: Touch[],
  now: number,
  cadence: CadenceSettings,
  timeZone: string,
): FollowUp[] {
  const horizon = now + PLAN_HORIZON_MS;
  const name = shortName(person.name);
  const items: FollowUp[] = [];
  const base = { personId: person.id };

  for (const note of notes) {
    if (!isOpenPromise(note) || note.dueAt === undefined || note.dueAt > horizon) continue;
    const overdue = note.dueAt < now;
    const thing = quoted(note.body);
    items.push({
      ...base,
      reason: overdue ? 'promise-overdue' : 'promise-due',
      dueAt: note.dueAt,
      noteId: note.id,
      message: overdue
        ? `You promised ${name} ${thing}; it was due ${ago(now - note.dueAt)}.`
        : `You promised ${name} ${thing}; it is due ${fromNow(note.dueAt - now)}.`,
    });
  }

  for (const touch of touches) {
    if (!isCallOrMeeting(touch) || touch.at <= now || touch.at > horizon) continue;
    const subject = touch.subject ? `: ${quoted(touch.subject)}` : '';
    items.push({
      ...base,
      reason: 'meeting-soon',
      dueAt: touch.at,
      touchId: touch.id,
      message: `${touch.channel === 'call' ? 'Call' : 'Meeting'} with ${name} ${fromNow(touch.at - now)}${subject}.`,
    });
  }

  const conversation = conversationAt(touches, now);
  const next = nextInConversation(conversation, name, now, cadence, timeZone);
  if (next && next.dueAt <= horizon) items.push({ ...base, ...next });
  return items;
}

type ConversationItem = Pick<FollowUp, 'reason' | 'dueAt' | 'message' | 'touchId'>;

/** What the latest touch asks of the rep: a reply, a follow-up, a note before it goes cold. */
function nextInConversation(
  conversation: Conversation<Touch>,
  name: string,
  now: number,
  cadence: CadenceSettings,
  timeZone: string,
): ConversationItem | undefined {
  const last = conversation.last;
  if (!last) return undefined;
  const linkedin = last.channel === 'linkedin';
  const by = linkedin ? 'on LinkedIn' : 'by email';
  if (isInboundMessage(last)) {
    const replied = conversation.lastOutbound && conversation.lastOutbound.at <= last.at;
    return {
      reason: 'reply-waiting',
      dueAt: last.at,
      touchId: last.id,
      message: `${name} ${replied ? 'replied' : 'wrote to you'} ${by} ${ago(now - last.at)}.`,
    };
  }
  if (isOutboundMessage(last)) {
    // They answered since, through a channel that cannot stand for the conversation.
    const k = conversation.unanswered.length;
    if (k === 0 || k >= cadence.maxUnanswered) return undefined;
    const dueAt = followUpDueAt(last.at, k, cadence, timeZone);
    const message = linkedin ? 'LinkedIn message' : 'email';
    const what =
      k === 1
        ? `your ${message} of ${ago(now - last.at)}`
        : `your last ${k} messages (the latest ${by}, ${ago(now - last.at)})`;
    const when = dueAt < now ? `was due ${ago(now - dueAt)}` : `is due ${fromNow(dueAt - now)}`;
    return {
      reason: 'follow-up-due',
      dueAt,
      touchId: last.id,
      message: `${name} has not answered ${what}; the ${ordinal(k)} follow-up ${when}.`,
    };
  }
  if (isCallOrMeeting(last)) {
    const dueAt = goingColdAt(last.at, cadence.coldAfterDays);
    const when = dueAt < now ? 'it is going cold' : `it goes cold ${fromNow(dueAt - now)}`;
    return {
      reason: 'going-cold',
      dueAt,
      touchId: last.id,
      message: `Nothing since your ${last.channel} with ${name} ${ago(now - last.at)}; ${when}.`,
    };
  }
  return undefined;
}

/**
 * The name a rep uses in a sentence about someone: the first name, unless the first word is
 * an initial or a title ("J.", "Dr.") or the name is an address, when the whole name is clearer.
 */
export function shortName(name: string): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  const [first] = flat.split(' ');
  if (!first || first === flat || first.endsWith('.') || flat.includes('@')) return flat;
  return first;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
