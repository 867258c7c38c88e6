/**
 * What a touch is, beyond its record: when one message is one touch, which times can be
 * true, how long history about someone not yet in Rapport is kept, and the touch a LinkedIn
 * connection leaves on the timeline.
 */

const DAY_MS = 86_400_000;

/**
 * History of contact with someone not yet in Rapport (mail sent to them, mail opened from
 * them) is kept this long, counted from the message, so that adding them later shows it.
 */
export const UNATTACHED_KEEP_DAYS = 90;

/** The oldest message time still kept unattached at `now`. */
export function unattachedKeptSince(now: number): number {
  return now - UNATTACHED_KEEP_DAYS * DAY_MS;
}

/** Whether contact at `at` is still kept unattached at `now`. */
export function isKeptUnattached(at: number, now: number): boolean {
  return at >= unattachedKeptSince(now);
}

/**
 * A time recorded by Rapport (a record made or edited, a touch that happened) may run ahead
 * of this machine's clock by this much: another device's clock, a time zone set wrong.
 * Further ahead, the time is wrong, and a file carrying it is refused.
 */
export const FUTURE_TOLERANCE_MS = DAY_MS;

/** Whether `at` lies further in the future than any honest clock would put it. */
export function isTooFarAhead(at: number, now: number): boolean {
  return at > now + FUTURE_TOLERANCE_MS;
}

/**
 * The date of contact a page shows (a message's time, a send), as Rapport logs it at `now`,
 * its own clock: no later than `now`, since what the rep sees cannot have happened later, and
 * a misread or forged date ahead would put the person's history, and every list sorted by it,
 * wrong. Undefined for what is no date at all (not a number, before 1970).
 */
export function pageTouchDate(at: number, now: number): number | undefined {
  if (!Number.isFinite(at) || at < 0) return undefined;
  return Math.min(Math.round(at), now);
}

/** The key of a message the rep sent, as Rapport saw it when Send was clicked. */
export const sentMessageKey = (sendId: string) => `sent:${sendId}`;

/** The key of a message as its conversation shows it, by Gmail's message id. */
export const threadMessageKey = (messageId: string) => `gmail:${messageId}`;

/** The key of a LinkedIn message or connection note the rep sent, by Rapport's id for the send. */
export const linkedinSentKey = (sendId: string) => `linkedin-sent:${sendId}`;

/** The key of a message someone else wrote in a LinkedIn conversation, by its id there. */
export const linkedinMessageKey = (messageId: string) => `linkedin:${messageId}`;

/**
 * One message the rep sent, seen twice: when Send was clicked (Rapport's clock, to the
 * millisecond, with no Gmail id yet) and later in its conversation (Gmail's time, to the
 * minute, after any undo delay). Two outgoing emails to one person this close together, one
 * seen each way, are that one message.
 */
export const SAME_SEND_WINDOW_MS = 2 * 60_000;

interface SeenTouch {
  channel: string;
  direction: 'in' | 'out';
  at: number;
  /** The touch's external id or the message's key (sentMessageKey, threadMessageKey). */
  key?: string;
}

const seenAtSend = (t: SeenTouch) => !!t.key?.startsWith(sentMessageKey(''));
const seenInThread = (t: SeenTouch) => !!t.key?.startsWith(threadMessageKey(''));

/** Whether two touches are one outgoing email seen at Send and in its conversation. */
export function isSameSend(a: SeenTouch, b: SeenTouch): boolean {
  return (
    a.channel === 'email' &&
    b.channel === 'email' &&
    a.direction === 'out' &&
    b.direction === 'out' &&
    ((seenAtSend(a) && seenInThread(b)) || (seenInThread(a) && seenAtSend(b))) &&
    Math.abs(a.at - b.at) <= SAME_SEND_WINDOW_MS
  );
}

/**
 * The external id of the touch a message leaves for one person: a received message is one
 * touch (it has one sender); a sent one is a touch for each recipient, so its key carries
 * the person.
 */
export function messageTouchId(
  messageKey: string,
  direction: 'in' | 'out',
  personId: string,
): string {
  return direction === 'in' ? messageKey : `${messageKey}:${personId}`;
}

/** The summary of the touch a LinkedIn connection leaves on the timeline. */
export const CONNECTION_SUMMARY = 'Connected on LinkedIn';

const CONNECTION_PREFIX = 'linkedin-connection:';

/** The external id of a LinkedIn connection's touch: one per profile however often imported. */
export function connectionTouchId(identity: string): string {
  return `${CONNECTION_PREFIX}${identity}`;
}

/**
 * Whether a touch is a LinkedIn connection: channel `other`, outbound (so the coach's
 * timing counts it neither as a message left unanswered nor as a reply), keyed by profile.
 */
export function isConnectionTouch(touch: { channel: string; externalId?: string }): boolean {
  return touch.channel === 'other' && !!touch.externalId?.startsWith(CONNECTION_PREFIX);
}
