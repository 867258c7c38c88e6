import type { RapportDatabase } from '@/storage/db';
import { updateNote } from '@/storage/notes';
import { updatePerson } from '@/storage/people';
import type { Person, Touch, TouchChannel } from '@/storage/schema';
import { restoreSnooze, snoozePerson } from '@/storage/snoozes';
import { deleteTouch, logTouch } from '@/storage/touches';
import type { FollowUp } from '@/utils/coach/follow-ups';

/**
 * What the rep can do about an item of Today, each with its undo: Done (the promise kept, or
 * the reply or follow-up written), Snooze, Stop.
 */

export interface Undoable {
  /** What was done, in words, for the confirmation. */
  message: string;
  undo: () => Promise<void>;
}

/**
 * The channel a reply or follow-up marked done went out on: the channel of the message it
 * answers or follows, else the person's address, else their LinkedIn profile.
 */
export function writtenChannel(person: Person, decided: Touch | undefined): TouchChannel {
  if (decided?.channel === 'email' || decided?.channel === 'linkedin') return decided.channel;
  if (person.emails.length > 0) return 'email';
  return person.linkedinSlug ? 'linkedin' : 'email';
}

/**
 * Done: a promise is marked kept; a reply waiting, a follow-up due or a conversation going
 * cold is logged as a message the rep sent now, on the channel it belongs to, which moves
 * the plan on (the next follow-up counts from it).
 */
export async function markDone(
  db: RapportDatabase,
  item: FollowUp,
  person: Person,
  decided: Touch | undefined,
  now = Date.now(),
): Promise<Undoable> {
  if (item.noteId) {
    const noteId = item.noteId;
    await updateNote(db, noteId, { doneAt: now }, now);
    return {
      message: `Promise to ${person.name} marked kept.`,
      undo: async () => void (await updateNote(db, noteId, { doneAt: undefined })),
    };
  }
  const channel = writtenChannel(person, decided);
  const touch = await logTouch(
    db,
    {
      personId: person.id,
      channel,
      direction: 'out',
      at: now,
      summary: 'Marked done in Today',
    },
    now,
  );
  return {
    message: `Logged: you wrote to ${person.name} ${channel === 'linkedin' ? 'on LinkedIn' : 'by email'}.`,
    undo: async () => void (await deleteTouch(db, touch.id)),
  };
}

export async function snooze(
  db: RapportDatabase,
  person: Person,
  until: number,
  label: string,
  now = Date.now(),
): Promise<Undoable> {
  const previous = await snoozePerson(db, person.id, until, now);
  return {
    message: `${person.name} snoozed until ${label}.`,
    undo: () => restoreSnooze(db, person.id, previous),
  };
}

/** Stop: they asked not to be contacted; nothing about them is on the plan any more. */
export async function stopContacting(
  db: RapportDatabase,
  person: Person,
  now = Date.now(),
): Promise<Undoable> {
  const previous = person.consent;
  await updatePerson(db, person.id, { consent: 'declined' }, now);
  return {
    message: `${person.name} will not be contacted.`,
    undo: async () => void (await updatePerson(db, person.id, { consent: previous })),
  };
}

export interface WriteLink {
  label: string;
  href: string;
}

/**
 * Where to write to someone: Gmail searched for their address (their threads first), and
 * their LinkedIn profile; the one the item's conversation is on comes first.
 */
export function writeLinks(person: Person, decided?: Touch): WriteLink[] {
  const links: WriteLink[] = [];
  const email = person.emails[0];
  if (email) {
    links.push({
      label: 'Write in Gmail',
      href: `https://mail.google.com/mail/u/0/#search/${encodeURIComponent(email)}`,
    });
  }
  if (person.linkedinSlug) {
    const link = {
      label: 'Open LinkedIn profile',
      href: `https://www.linkedin.com/in/${encodeURIComponent(person.linkedinSlug)}/`,
    };
    if (decided?.channel === 'linkedin') links.unshift(link);
    else links.push(link);
  }
  return links;
}
