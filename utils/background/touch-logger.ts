import type { RapportDatabase } from '@/storage/db';
import { findPerson, findPersonByEmail } from '@/storage/people';
import { logTouch } from '@/storage/touches';
import type { LinkedInMessage, LinkedInPerson, ThreadMessage } from '@/utils/messages';

/**
 * The date a page gave a touch, no later than `now`: what the rep sees now cannot have
 * happened later, and a misread or forged date in the future would make the person's
 * history, and every list sorted by it, wrong. Undefined for a date before 1970.
 */
export function touchDate(at: number, now: number): number | undefined {
  if (!Number.isFinite(at) || at < 0) return undefined;
  return Math.min(Math.round(at), now);
}

/**
 * Logs an email the rep sent as an outbound touch for every recipient Rapport knows.
 * Unknown recipients are left alone: the side panel offers to add them. Returns the ids
 * of the people logged.
 */
export async function logSentEmail(
  db: RapportDatabase,
  email: { sendId: string; recipients: string[]; subject: string; at: number },
  now: number,
): Promise<string[]> {
  const logged: string[] = [];
  const at = touchDate(email.at, now) ?? now;
  for (const address of new Set(email.recipients.map((r) => r.toLowerCase()))) {
    const person = await findPersonByEmail(db, address);
    if (!person || logged.includes(person.id)) continue;
    await logTouch(
      db,
      {
        personId: person.id,
        channel: 'email',
        direction: 'out',
        at,
        ...(email.subject.trim() ? { subject: email.subject.trim() } : {}),
        // One send to two known people is two touches, each logged once.
        externalId: `sent:${email.sendId}:${person.id}`,
      },
      now,
    );
    logged.push(person.id);
  }
  return logged;
}

/**
 * Logs each message of an open thread that comes from a known person as an inbound
 * touch, dated by the message itself, once per Gmail message id. Returns how many messages
 * are logged for (or were already logged for) the person who sent them.
 */
export async function logThreadMessages(
  db: RapportDatabase,
  messages: ThreadMessage[],
  now: number,
  mailboxOwner?: string,
): Promise<number> {
  let count = 0;
  for (const message of messages) {
    const from = message.fromEmail.toLowerCase();
    if (from === mailboxOwner?.toLowerCase()) continue;
    const person = await findPersonByEmail(db, from);
    const at = touchDate(message.at, now);
    if (!person || at === undefined) continue;
    const stored = await logTouch(
      db,
      {
        personId: person.id,
        channel: 'email',
        direction: 'in',
        at,
        ...(message.subject?.trim() ? { subject: message.subject.trim() } : {}),
        externalId: `gmail:${message.messageId}`,
      },
      now,
    );
    // A message id already logged for someone else (a forged or confused page) is not
    // this person's touch: it is not counted as one.
    if (stored.personId === person.id) count += 1;
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
 * Logs a LinkedIn message or connection note the rep sent as an outbound `linkedin` touch
 * for every recipient Rapport knows, once per send, with the message's first line. Returns
 * the ids of the people logged.
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
  now: number,
): Promise<string[]> {
  const logged: string[] = [];
  const firstLine = sent.firstLine.trim();
  const at = touchDate(sent.at, now) ?? now;
  for (const recipient of sent.recipients) {
    const person = await findLinkedInPerson(db, recipient);
    if (!person || logged.includes(person.id)) continue;
    await logTouch(
      db,
      {
        personId: person.id,
        channel: 'linkedin',
        direction: 'out',
        at,
        ...(sent.kind === 'connection-note' ? { subject: 'Connection request' } : {}),
        ...(firstLine ? { summary: firstLine } : {}),
        externalId: `linkedin-sent:${sent.sendId}:${person.id}`,
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
 * conversation is shown. Returns how many messages are logged for (or were already logged
 * for) the known person who sent them.
 */
export async function logLinkedInMessages(
  db: RapportDatabase,
  messages: LinkedInMessage[],
  now: number,
): Promise<number> {
  let count = 0;
  for (const message of messages) {
    const at = touchDate(message.at, now);
    if (at === undefined) continue;
    const person = await findLinkedInPerson(db, message.from);
    if (!person) continue;
    const firstLine = message.firstLine.trim();
    const stored = await logTouch(
      db,
      {
        personId: person.id,
        channel: 'linkedin',
        direction: 'in',
        at,
        ...(firstLine ? { summary: firstLine } : {}),
        externalId: `linkedin:${message.messageId}`,
      },
      now,
    );
    // A message id already logged for someone else (a forged or confused page) is not
    // this person's touch: it is not counted as one.
    if (stored.personId === person.id) count += 1;
  }
  return count;
}
