import type { RapportDatabase } from '@/storage/db';
import { findPerson } from '@/storage/people';
import { logTouch } from '@/storage/touches';
import { recordSeenMessage, type SeenMessage } from '@/storage/unattached';
import {
  emailIdentity,
  normaliseEmail,
  normaliseMemberId,
  normaliseSlug,
  profileIdentity,
} from '@/utils/domain/person';
import {
  linkedinMessageKey,
  linkedinSentKey,
  messageTouchId,
  pageTouchDate,
  sentMessageKey,
  threadMessageKey,
} from '@/utils/domain/touches';
import type { LinkedInMessage, LinkedInPerson, ThreadMessage } from '@/utils/messages';

/**
 * Logs the email and LinkedIn messages Rapport sees: what the rep sends, and the messages of
 * a conversation the rep opens. Each becomes a touch of the person whose address or profile
 * it is; one no one in Rapport has is remembered as unattached contact, which becomes that
 * person's touch when they are added.
 */

/** Records one message for each address once; returns the ids of the people it was logged for. */
async function recordForAddresses(
  db: RapportDatabase,
  addresses: readonly string[],
  message: Omit<SeenMessage, 'identity'>,
  now: number,
): Promise<string[]> {
  const logged: string[] = [];
  const keys = new Set(addresses.flatMap((a) => normaliseEmail(a) ?? []));
  for (const address of keys) {
    const outcome = await recordSeenMessage(
      db,
      { ...message, identity: emailIdentity(address) },
      now,
    );
    if (outcome.kind === 'logged' && !logged.includes(outcome.personId)) {
      logged.push(outcome.personId);
    }
  }
  return logged;
}

/**
 * Logs an email the rep sent as an outbound touch for each recipient: a touch of the person
 * Rapport knows by that address, else contact kept for when they are added. Returns the ids
 * of the people logged.
 */
export async function logSentEmail(
  db: RapportDatabase,
  email: { sendId: string; recipients: string[]; subject: string; at: number },
  now = Date.now(),
): Promise<string[]> {
  const subject = email.subject.trim();
  return recordForAddresses(
    db,
    email.recipients,
    {
      channel: 'email',
      direction: 'out',
      at: pageTouchDate(email.at, now) ?? now,
      ...(subject ? { subject } : {}),
      messageKey: sentMessageKey(email.sendId),
    },
    now,
  );
}

/**
 * Logs each message of an open thread once per Gmail message id, dated by the message: one
 * from someone else as an inbound touch from its sender; one the mailbox owner sent (from a
 * phone, or before Rapport was installed) as an outbound touch to each of its recipients,
 * unless it is a send Rapport already logged. Returns how many people's touches it logged.
 */
export async function logThreadMessages(
  db: RapportDatabase,
  messages: ThreadMessage[],
  mailboxOwner?: string,
  now = Date.now(),
): Promise<number> {
  const owner = mailboxOwner ? normaliseEmail(mailboxOwner) : undefined;
  let count = 0;
  for (const message of messages) {
    const at = pageTouchDate(message.at, now);
    if (at === undefined) continue;
    const subject = message.subject?.trim();
    const seen = {
      channel: 'email' as const,
      at,
      ...(subject ? { subject } : {}),
      messageKey: threadMessageKey(message.messageId),
    };
    const from = normaliseEmail(message.fromEmail);
    const logged =
      owner && from === owner
        ? await recordForAddresses(
            db,
            (message.recipients ?? []).filter((r) => normaliseEmail(r) !== owner),
            { ...seen, direction: 'out' },
            now,
          )
        : from
          ? await recordForAddresses(db, [from], { ...seen, direction: 'in' }, now)
          : [];
    count += logged.length;
  }
  return count;
}

/** The Rapport record for someone in a LinkedIn conversation, by slug, then member id. */
function findLinkedInPerson(db: RapportDatabase, who: LinkedInPerson) {
  return who.linkedinSlug || who.linkedinMemberId
    ? findPerson(db, { linkedinSlug: who.linkedinSlug, linkedinMemberId: who.linkedinMemberId })
    : Promise.resolve(undefined);
}

/**
 * Keeps a LinkedIn message with someone no one in Rapport is, by their profile (its slug,
 * else the member id the conversation shows), without its text, for when they are added.
 */
async function keepLinkedIn(
  db: RapportDatabase,
  who: LinkedInPerson,
  message: Omit<SeenMessage, 'identity' | 'channel'>,
  now: number,
): Promise<void> {
  const identity = profileIdentity({
    linkedinSlug: who.linkedinSlug ? normaliseSlug(who.linkedinSlug) : undefined,
    linkedinMemberId: who.linkedinMemberId ? normaliseMemberId(who.linkedinMemberId) : undefined,
  });
  if (identity) await recordSeenMessage(db, { ...message, identity, channel: 'linkedin' }, now);
}

/**
 * Logs a LinkedIn message or connection note the rep sent as an outbound `linkedin` touch
 * for every recipient Rapport knows, once per send, with the message's first line; for a
 * recipient it does not know, keeps the send (never its text) for when they are added.
 * Returns the ids of the people logged.
 */
export async function logSentLinkedIn(
  db: RapportDatabase,
  sent: {
    sendId: string;
    recipients: LinkedInPerson[];
    kind: 'message' | 'connection-note';
    firstLine: string;
    at: number;
  },
  now = Date.now(),
): Promise<string[]> {
  const logged: string[] = [];
  const firstLine = sent.firstLine.trim();
  const subject = sent.kind === 'connection-note' ? { subject: 'Connection request' } : {};
  const messageKey = linkedinSentKey(sent.sendId);
  const at = pageTouchDate(sent.at, now) ?? now;
  for (const recipient of sent.recipients) {
    const person = await findLinkedInPerson(db, recipient);
    if (!person) {
      await keepLinkedIn(db, recipient, { direction: 'out', at, ...subject, messageKey }, now);
      continue;
    }
    if (logged.includes(person.id)) continue;
    await logTouch(
      db,
      {
        personId: person.id,
        channel: 'linkedin',
        direction: 'out',
        at,
        ...subject,
        ...(firstLine ? { summary: firstLine } : {}),
        externalId: messageTouchId(messageKey, 'out', person.id),
      },
      now,
    );
    logged.push(person.id);
  }
  return logged;
}

/**
 * Logs each message from a known person in an open LinkedIn conversation as an inbound
 * `linkedin` touch, dated by the message itself, once per message id however often the
 * conversation is shown; a message from someone Rapport does not know is kept (never its
 * text) for when they are added. Returns how many messages are logged for (or were already
 * logged for) the known person who sent them.
 */
export async function logLinkedInMessages(
  db: RapportDatabase,
  messages: LinkedInMessage[],
  now = Date.now(),
): Promise<number> {
  let count = 0;
  for (const message of messages) {
    const at = pageTouchDate(message.at, now);
    if (at === undefined) continue;
    const messageKey = linkedinMessageKey(message.messageId);
    const person = await findLinkedInPerson(db, message.from);
    if (!person) {
      await keepLinkedIn(db, message.from, { direction: 'in', at, messageKey }, now);
      continue;
    }
    const firstLine = message.firstLine.trim();
    const stored = await logTouch(
      db,
      {
        personId: person.id,
        channel: 'linkedin',
        direction: 'in',
        at,
        ...(firstLine ? { summary: firstLine } : {}),
        externalId: messageTouchId(messageKey, 'in', person.id),
      },
      now,
    );
    // A message id already logged for someone else (a forged or confused page) is not
    // this person's touch: it is not counted as one.
    if (stored.personId === person.id) count += 1;
  }
  return count;
}
