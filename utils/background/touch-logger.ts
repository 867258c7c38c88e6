import type { RapportDatabase } from '@/storage/db';
import { findPersonByEmail } from '@/storage/people';
import { logTouch } from '@/storage/touches';
import type { ThreadMessage } from '@/utils/messages';

/**
 * Logs an email the rep sent as an outbound touch for every recipient Rapport knows.
 * Unknown recipients are left alone: the side panel offers to add them. Returns the ids
 * of the people logged.
 */
export async function logSentEmail(
  db: RapportDatabase,
  email: { sendId: string; recipients: string[]; subject: string; at: number },
): Promise<string[]> {
  const logged: string[] = [];
  for (const address of new Set(email.recipients.map((r) => r.toLowerCase()))) {
    const person = await findPersonByEmail(db, address);
    if (!person || logged.includes(person.id)) continue;
    await logTouch(db, {
      personId: person.id,
      channel: 'email',
      direction: 'out',
      at: email.at,
      ...(email.subject.trim() ? { subject: email.subject.trim() } : {}),
      // One send to two known people is two touches, each logged once.
      externalId: `sent:${email.sendId}:${person.id}`,
    });
    logged.push(person.id);
  }
  return logged;
}

/**
 * Logs each message of an open thread that comes from a known person as an inbound
 * touch, dated by the message itself, once per Gmail message id.
 */
export async function logThreadMessages(
  db: RapportDatabase,
  messages: ThreadMessage[],
  mailboxOwner?: string,
): Promise<number> {
  let count = 0;
  for (const message of messages) {
    const from = message.fromEmail.toLowerCase();
    if (from === mailboxOwner?.toLowerCase()) continue;
    const person = await findPersonByEmail(db, from);
    if (!person || !Number.isFinite(message.at) || message.at < 0) continue;
    await logTouch(db, {
      personId: person.id,
      channel: 'email',
      direction: 'in',
      at: Math.round(message.at),
      ...(message.subject?.trim() ? { subject: message.subject.trim() } : {}),
      externalId: `gmail:${message.messageId}`,
    });
    count += 1;
  }
  return count;
}
