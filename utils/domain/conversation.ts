import { addWorkingDays } from './zoned-time';

/**
 * A conversation with one person, read from its touches: who spoke last, how many of the
 * rep's messages have gone unanswered, and when a follow-up falls due. The follow-up plan,
 * the timing warning and the per-person summary the database keeps all read touches
 * through these rules.
 */

/** The fields of a touch that decide its place in a conversation. */
export interface TouchFields {
  id: string;
  at: number;
  channel: string;
  direction: string;
}

const DAY_MS = 86_400_000;

/** A written message the rep sent: an email or a LinkedIn message. */
export function isOutboundMessage(t: TouchFields): boolean {
  return t.direction === 'out' && (t.channel === 'email' || t.channel === 'linkedin');
}

/** A written message from them: an email or a LinkedIn message. */
export function isInboundMessage(t: TouchFields): boolean {
  return t.direction === 'in' && (t.channel === 'email' || t.channel === 'linkedin');
}

/** A call or a meeting: two-way by nature, whoever arranged it. */
export function isCallOrMeeting(t: TouchFields): boolean {
  return t.channel === 'call' || t.channel === 'meeting';
}

/** Contact that counts as an answer: anything inbound, or a call or a meeting. */
export function isTwoWay(t: TouchFields): boolean {
  return t.direction === 'in' || isCallOrMeeting(t);
}

/**
 * Whether a touch can be the one a conversation stands on. A touch of channel `other`
 * says too little (a card, a chat at a fair) to decide whether a reply or a follow-up is
 * owed; it still counts as an answer when it came from them.
 */
export function speaksForConversation(t: TouchFields): boolean {
  return t.channel !== 'other';
}

/**
 * Time order. At one instant an answer is taken to follow what it answers; beyond that the
 * id decides, so the order never depends on the order records were read in.
 */
export function compareTouches(a: TouchFields, b: TouchFields): number {
  return (
    a.at - b.at ||
    Number(isTwoWay(a)) - Number(isTwoWay(b)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Where a conversation stands at one moment. */
export interface Conversation<T extends TouchFields> {
  /** The latest touch that speaks for the conversation (any channel but `other`). */
  last?: T;
  /** The latest two-way touch: an answer, a call or a meeting. */
  lastTwoWay?: T;
  /** The rep's messages since the last two-way touch, oldest first. */
  unanswered: T[];
  lastInbound?: T;
  lastOutbound?: T;
}

/**
 * The conversation as of `now`, from a person's touches in any order: touches dated after
 * `now` (a meeting logged ahead) have not happened yet and are left out.
 */
export function conversationAt<T extends TouchFields>(
  touches: readonly T[],
  now: number,
): Conversation<T> {
  const conversation: Conversation<T> = { unanswered: [] };
  for (const t of touches.filter((t) => t.at <= now).sort(compareTouches)) {
    if (speaksForConversation(t)) conversation.last = t;
    if (t.direction === 'in') conversation.lastInbound = t;
    else conversation.lastOutbound = t;
    if (isTwoWay(t)) {
      conversation.lastTwoWay = t;
      conversation.unanswered = [];
    } else if (isOutboundMessage(t)) conversation.unanswered.push(t);
  }
  return conversation;
}

/** The settings that decide when follow-ups fall due (the rep's cadence). */
export interface FollowUpCadence {
  /** Days to wait before the 1st, 2nd, … follow-up; the last gap repeats after that. */
  followUpGapsDays: readonly number[];
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: readonly number[];
  /** Count the gaps in the person's working days rather than calendar days. */
  gapsInWorkingDays?: boolean;
}

/** The gap, in days, before the `k`-th follow-up (k ≥ 1); the last gap repeats after that. */
export function followUpGapDays(
  k: number,
  cadence: Pick<FollowUpCadence, 'followUpGapsDays'>,
): number {
  const gaps = cadence.followUpGapsDays;
  return gaps[Math.min(Math.max(k, 1), gaps.length) - 1] ?? 0;
}

/**
 * When the `k`-th follow-up (k ≥ 1) to a message sent at `lastAt` falls due: the k-th gap
 * after it, in calendar days, or, when the cadence counts gaps in working days, in the
 * person's working days in their zone (three working days after a Friday 10:00 is the
 * Wednesday at 10:00).
 */
export function followUpDueAt(
  lastAt: number,
  k: number,
  cadence: FollowUpCadence,
  timeZone: string,
): number {
  const gap = followUpGapDays(k, cadence);
  return cadence.gapsInWorkingDays
    ? addWorkingDays(lastAt, gap, cadence.workingDays, timeZone)
    : lastAt + gap * DAY_MS;
}

/** A wall clock's day can be an hour short or long (a change of daylight saving time). */
const CLOCK_CHANGE_MS = 2 * 60 * 60_000;

/**
 * The least and the most time from a message to its `k`-th follow-up being due, whatever
 * the person's zone: one fixed wait in calendar days; in working days, at least the gap
 * (less a clock change) and at most a week for every `workingDays.length` days of the gap
 * (plus a clock change). Lets an index ordered by `lastAt` find every follow-up due by a
 * moment without working each one out.
 */
export function followUpWaitRange(
  k: number,
  cadence: FollowUpCadence,
): { least: number; most: number } {
  const gap = followUpGapDays(k, cadence);
  if (!cadence.gapsInWorkingDays) return { least: gap * DAY_MS, most: gap * DAY_MS };
  const whole = Math.floor(gap);
  const perWeek = Math.max(1, new Set(cadence.workingDays).size);
  return {
    least: gap * DAY_MS - CLOCK_CHANGE_MS,
    most: (7 * Math.ceil(whole / perWeek) + (gap - whole)) * DAY_MS + CLOCK_CHANGE_MS,
  };
}

/** How long a conversation held in a call or a meeting stays warm, in ms. */
export function coldAfterMs(coldAfterDays: number): number {
  return coldAfterDays * DAY_MS;
}

/** When a conversation last held at `at` (a call, a meeting) goes cold. */
export function goingColdAt(at: number, coldAfterDays: number): number {
  return at + coldAfterMs(coldAfterDays);
}
