import { describe, expect, it } from 'vitest';
import type { RapportDatabase } from '@/storage/db';
import { candidateDraftKey, loadDraft, saveDraft } from '@/storage/drafts';
import { deletePeople, summariseDeletion, undoDelete } from '@/storage/erase';
import { findLookAlikes } from '@/storage/look-alikes';
import { mergePeople, undoMerge } from '@/storage/merge';
import { addNote } from '@/storage/notes';
import { addPerson, markDistinct } from '@/storage/people';
import { summarise } from '@/storage/person-summary';
import { claimReminders } from '@/storage/reminders';
import { snoozePerson } from '@/storage/snoozes';
import { readTabSignal, saveTabSignal } from '@/storage/tab-signals';
import { logTouch } from '@/storage/touches';
import { freshDatabase } from '../helpers/db';

const draft = (body: string) => ({
  body,
  kind: 'said' as const,
  oneOff: false,
  due: '',
  savedAt: 1,
});

/** Every record of every table, sorted, to compare whole databases. */
async function everything(db: RapportDatabase) {
  const sort = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    people: sort(await db.people.toArray()),
    notes: sort(await db.notes.toArray()),
    touches: sort(await db.touches.toArray()),
    summaries: await db.personSummaries.orderBy('personId').toArray(),
    snoozes: await db.snoozes.orderBy('personId').toArray(),
    reminders: await db.reminders.orderBy('key').toArray(),
    unattached: sort(await db.unattachedTouches.toArray()),
  };
}

/** A snooze, a reminder shown, and contact kept under the person's address. */
async function plannedAround(db: RapportDatabase, personId: string, until: number) {
  await snoozePerson(db, personId, until, 6000);
  await claimReminders(db, [{ key: `digest:${personId}`, personId }], 6000);
  await db.unattachedTouches.add({
    id: `kept-${personId}`,
    identity: 'email:maya@northwind.example',
    channel: 'email',
    direction: 'in',
    at: 6000,
    messageKey: `kept:${personId}`,
    createdAt: 6000,
  });
}

async function twoRecordsOfMaya(db: RapportDatabase) {
  const fromGmail = await addPerson(
    db,
    { name: 'Maya Lindqvist', emails: ['maya@northwind.example'], consent: 'granted' },
    1000,
  );
  const fromLinkedIn = await addPerson(
    db,
    {
      name: 'Maya Lindquist',
      linkedinSlug: 'maya-lindquist',
      company: 'Northwind Logistics',
      title: 'Head of Operations',
      consent: 'declined',
    },
    2000,
  );
  await addNote(db, { personId: fromGmail.id, body: 'Lost two accounts to Q3 delays' }, 3000);
  await addNote(db, { personId: fromLinkedIn.id, body: 'Wants the Göteborg numbers' }, 4000);
  await logTouch(db, {
    personId: fromGmail.id,
    channel: 'email',
    direction: 'in',
    at: 5000,
    externalId: 'gmail:1',
  });
  await logTouch(db, {
    personId: fromLinkedIn.id,
    channel: 'linkedin',
    direction: 'out',
    at: 6000,
  });
  return { fromGmail, fromLinkedIn };
}

describe('looking alike', () => {
  it('finds the other record of a person met in Gmail and on LinkedIn, until told apart', async () => {
    const db = freshDatabase();
    const { fromGmail, fromLinkedIn } = await twoRecordsOfMaya(db);
    await addPerson(db, { name: 'Maya Novak', company: 'Northwind Logistics' });
    const alike = await findLookAlikes(db, fromGmail);
    expect(alike.map((a) => [a.person.id, a.likeness.kind])).toEqual([
      [fromLinkedIn.id, 'close-name-same-organisation'],
    ]);
    await markDistinct(db, fromGmail.id, fromLinkedIn.id);
    expect(await findLookAlikes(db, (await db.people.get(fromGmail.id))!)).toEqual([]);
  });
});

describe('merging two people', () => {
  it('ends with one timeline holding both histories, and undo puts both back exactly', async () => {
    const db = freshDatabase();
    const { fromGmail, fromLinkedIn } = await twoRecordsOfMaya(db);
    const third = await addPerson(db, { name: 'Maya Lind', distinctFrom: [fromLinkedIn.id] });
    await saveDraft(fromLinkedIn.id, draft('half a thought'));
    await saveDraft(fromGmail.id, draft('another thought'));
    await snoozePerson(db, fromGmail.id, 20_000, 6000);
    await snoozePerson(db, fromLinkedIn.id, 30_000, 6000);
    await claimReminders(db, [{ key: 'promise:x', personId: fromLinkedIn.id }], 6000);
    const before = await everything(db);
    expect(before.summaries.map((s) => s.personId).sort()).toEqual(
      [fromGmail.id, fromLinkedIn.id, third.id].sort(),
    );

    const { person, undo } = await mergePeople(db, fromGmail.id, fromLinkedIn.id, 9000);
    expect(person).toMatchObject({
      id: fromGmail.id,
      name: 'Maya Lindqvist',
      emails: ['maya@northwind.example'],
      linkedinSlug: 'maya-lindquist',
      company: 'Northwind Logistics',
      consent: 'declined',
    });
    const after = await everything(db);
    expect(after.people.map((p) => p.id).sort()).toEqual([fromGmail.id, third.id].sort());
    expect(after.notes.every((n) => n.personId === fromGmail.id)).toBe(true);
    expect(after.notes).toHaveLength(2);
    expect(after.touches.every((t) => t.personId === fromGmail.id)).toBe(true);
    expect(after.touches).toHaveLength(2);
    // Today reads one summary for them, of both histories; the later snooze holds.
    expect(after.summaries.map((s) => s.personId).sort()).toEqual([fromGmail.id, third.id].sort());
    const summary = after.summaries.find((s) => s.personId === fromGmail.id)!;
    expect(summary).toEqual(summarise(person, after.notes, after.touches, summary.asOf));
    expect(summary.consent).toBe('declined');
    expect(after.snoozes).toEqual([{ personId: fromGmail.id, until: 30_000, createdAt: 6000 }]);
    expect(after.reminders).toEqual([
      expect.objectContaining({ key: 'promise:x', personId: fromGmail.id }),
    ]);
    expect((await db.people.get(third.id))?.distinctFrom).toEqual([fromGmail.id]);
    expect((await loadDraft(fromGmail.id))?.body).toBe('another thought\n\nhalf a thought');
    expect(await loadDraft(fromLinkedIn.id)).toBeNull();

    await undoMerge(db, undo);
    expect(await everything(db)).toEqual(before);
    expect((await loadDraft(fromLinkedIn.id))?.body).toBe('half a thought');
    expect((await loadDraft(fromGmail.id))?.body).toBe('another thought');
  });
});

describe('deleting a person', () => {
  it('says what goes, then leaves nothing of them, and undo puts everything back', async () => {
    const db = freshDatabase();
    const { fromGmail, fromLinkedIn } = await twoRecordsOfMaya(db);
    await markDistinct(db, fromGmail.id, fromLinkedIn.id);
    await saveDraft(fromGmail.id, draft('about Maya'));
    await saveDraft(
      candidateDraftKey({ emails: ['maya@northwind.example'] }),
      draft('typed first'),
    );
    const page = {
      signal: {
        site: 'gmail' as const,
        view: 'compose' as const,
        people: [
          { role: 'to' as const, email: 'MAYA@northwind.example', name: 'Maya' },
          { role: 'cc' as const, email: 'jonas@contoso.example' },
        ],
        draft: { subject: 'Hi Maya', body: 'Dear Maya' },
      },
      url: 'https://mail.google.com/mail/u/0/#inbox?compose=1',
      at: 1,
    };
    await saveTabSignal(7, page);
    await saveTabSignal(8, {
      ...page,
      signal: { ...page.signal, people: [page.signal.people[0]!] },
    });
    await plannedAround(db, fromGmail.id, 20_000);
    const before = await everything(db);

    expect(await summariseDeletion(db, [fromGmail.id])).toMatchObject({
      notes: 1,
      touches: 1,
      drafts: 2,
    });
    const { undo } = await deletePeople(db, [fromGmail.id]);

    const after = await everything(db);
    const trace = JSON.stringify(after);
    expect(trace).not.toContain(fromGmail.id);
    expect(trace).not.toContain('maya@northwind.example');
    expect(trace).not.toContain('Q3 delays');
    expect(after.people.map((p) => p.id)).toEqual([fromLinkedIn.id]);
    expect(after.summaries.map((s) => s.personId)).toEqual([fromLinkedIn.id]);
    expect([after.snoozes, after.reminders, after.unattached]).toEqual([[], [], []]);
    expect(after.people[0]).not.toHaveProperty('distinctFrom');
    expect(await loadDraft(fromGmail.id)).toBeNull();
    expect(await loadDraft(candidateDraftKey({ emails: ['maya@northwind.example'] }))).toBeNull();
    expect((await readTabSignal(7))?.signal).toEqual({
      site: 'gmail',
      view: 'compose',
      people: [{ role: 'cc', email: 'jonas@contoso.example' }],
    });
    expect(await readTabSignal(8)).toBeNull();

    await undoDelete(db, undo);
    expect(await everything(db)).toEqual(before);
    expect((await loadDraft(fromGmail.id))?.body).toBe('about Maya');
    expect(await readTabSignal(7)).toEqual(page);
  });

  it('forgets a person known by their LinkedIn member id: record, draft and the chat naming them', async () => {
    const db = freshDatabase();
    const memberId = 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ';
    const noor = await addPerson(db, { name: 'Noor Haddad', linkedinMemberId: memberId });
    await saveDraft(candidateDraftKey({ linkedinMemberId: memberId }), draft('typed in a chat'));
    await saveTabSignal(9, {
      signal: {
        site: 'linkedin',
        view: 'compose',
        people: [{ role: 'to', linkedinMemberId: memberId, name: 'Noor Haddad' }],
      },
      url: 'https://www.linkedin.com/feed/',
      at: 1,
    });
    expect((await summariseDeletion(db, [noor.id])).drafts).toBe(1);

    await deletePeople(db, [noor.id]);
    expect(JSON.stringify(await everything(db))).not.toContain(memberId);
    expect(await loadDraft(candidateDraftKey({ linkedinMemberId: memberId }))).toBeNull();
    expect(await readTabSignal(9)).toBeNull();
  });

  it('refuses to undo, changing nothing, once their address belongs to someone new', async () => {
    const db = freshDatabase();
    const { fromGmail } = await twoRecordsOfMaya(db);
    const { undo } = await deletePeople(db, [fromGmail.id]);
    await addPerson(db, { name: 'New Maya', emails: ['maya@northwind.example'] });
    const now = await everything(db);
    await expect(undoDelete(db, undo)).rejects.toThrow(/already belongs to New Maya/);
    expect(await everything(db)).toEqual(now);
  });
});
