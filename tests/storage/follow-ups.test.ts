import { describe, expect, it } from 'vitest';
import { importBackup } from '@/storage/backup';
import { countOverdue, nextOverdueChange, planStart, rollSummaries } from '@/storage/follow-ups';
import { addNote, updateNote } from '@/storage/notes';
import { addPerson, updatePerson } from '@/storage/people';
import { claimReminders } from '@/storage/reminders';
import type { Note, Person } from '@/storage/schema';
import { restoreSnooze, snoozePerson } from '@/storage/snoozes';
import { logTouch } from '@/storage/touches';
import { freshDatabase } from '../helpers/db';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 2, 4, 15);

async function dana() {
  const db = freshDatabase();
  const person = await addPerson(db, { name: 'Dana Whitfield' }, NOW - 10 * DAY);
  return { db, person };
}

describe('the toolbar count', () => {
  it('stops at 100, the badge showing "99+"', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 105; i += 1) {
      const p = await addPerson(db, { name: `Person ${i}` }, NOW - DAY);
      await logTouch(db, { personId: p.id, channel: 'email', direction: 'in', at: NOW - DAY }, NOW);
    }
    expect(await countOverdue(db, NOW)).toBe(100);
    expect(await countOverdue(db, NOW, undefined, 200)).toBe(105);
  });

  it('counts what is overdue, and counts again when the rep acts', async () => {
    const { db, person } = await dana();
    expect(await countOverdue(db, NOW)).toBe(0);
    const promise = await addNote(
      db,
      { personId: person.id, body: 'Send the deck', kind: 'promise', dueAt: NOW - HOUR },
      NOW - DAY,
    );
    await logTouch(
      db,
      { personId: person.id, channel: 'email', direction: 'in', at: NOW - DAY },
      NOW,
    );
    expect(await countOverdue(db, NOW)).toBe(2);
    await updateNote(db, promise.id, { doneAt: NOW }, NOW);
    expect(await countOverdue(db, NOW)).toBe(1);
    await updatePerson(db, person.id, { consent: 'declined' }, NOW);
    expect(await countOverdue(db, NOW)).toBe(0);
  });

  it('counts two promises due at the same moment as two, and lists both', async () => {
    const { db, person } = await dana();
    for (const body of ['Send the deck', 'Send the pricing sheet']) {
      await addNote(
        db,
        { personId: person.id, body, kind: 'promise', dueAt: NOW - HOUR },
        NOW - DAY,
      );
    }
    expect(await countOverdue(db, NOW)).toBe(2);
    const { items } = await planStart(db, NOW, 5);
    expect(items.map((i) => i.reason)).toEqual(['promise-overdue', 'promise-overdue']);
    expect(await nextOverdueChange(db, NOW - 2 * HOUR)).toBe(NOW - HOUR + 1);
  });

  it('lists someone due at the same moment as the last row read, when one person holds several rows', async () => {
    const db = freshDatabase();
    // Ids chosen so that the index (by due moment, then note) reads the holder's promise due
    // at 13:00 before Sam's, while Today lists equal moments by person: Sam's first.
    const person = (id: string, name: string): Person => ({
      id,
      name,
      emails: [],
      consent: 'unknown',
      tags: [],
      createdAt: NOW - DAY,
      updatedAt: NOW - DAY,
    });
    const promise = (id: string, personId: string, dueAt: number): Note => ({
      id,
      personId,
      body: 'Send the deck',
      kind: 'promise',
      oneOff: false,
      pinned: false,
      dueAt,
      source: 'import',
      createdAt: NOW - DAY,
      updatedAt: NOW - DAY,
    });
    await importBackup(
      db,
      {
        format: 'rapport-backup',
        version: 2,
        people: [person('person-b', 'Dana Whitfield'), person('person-a', 'Sam Okafor')],
        notes: [
          promise('note-1', 'person-b', NOW - 3 * HOUR),
          promise('note-2', 'person-b', NOW - 2 * HOUR),
          promise('note-3', 'person-b', NOW - HOUR),
          promise('note-9', 'person-a', NOW - 2 * HOUR),
        ],
        touches: [],
      },
      NOW,
    );
    const rows = (await planStart(db, NOW, 2)).items;
    expect(rows.map((i) => [i.personId, i.dueAt])).toEqual([
      ['person-b', NOW - 3 * HOUR],
      ['person-a', NOW - 2 * HOUR],
    ]);
  });

  it('follows time: a follow-up falling due, a message logged ahead coming to pass', async () => {
    const { db, person } = await dana();
    await logTouch(db, { personId: person.id, channel: 'email', direction: 'out', at: NOW }, NOW);
    expect(await countOverdue(db, NOW)).toBe(0);
    // The 1st follow-up falls due 3 days after the message: overdue a moment later.
    expect(await nextOverdueChange(db, NOW)).toBe(NOW + 3 * DAY + 1);
    expect(await countOverdue(db, NOW + 3 * DAY)).toBe(0);
    expect(await countOverdue(db, NOW + 3 * DAY + 1)).toBe(1);

    const other = await addPerson(db, { name: 'Sam Okafor' }, NOW);
    await logTouch(
      db,
      { personId: other.id, channel: 'linkedin', direction: 'in', at: NOW + 2 * HOUR },
      NOW,
    );
    expect(await nextOverdueChange(db, NOW)).toBe(NOW + 2 * HOUR);
    expect(await countOverdue(db, NOW + HOUR)).toBe(0);
    // Today lists it as soon as it has come to pass; the count, once the background has
    // settled the summaries (it sets its alarm for that moment).
    expect((await planStart(db, NOW + 3 * HOUR, 5)).items.map((i) => i.reason)).toEqual([
      'reply-waiting',
    ]);
    await rollSummaries(db, NOW + 3 * HOUR);
    expect(await countOverdue(db, NOW + 3 * HOUR)).toBe(1);
  });

  it('leaves out a snoozed person until the snooze ends, and undo puts them back', async () => {
    const { db, person } = await dana();
    await addNote(
      db,
      { personId: person.id, body: 'Send the deck', kind: 'promise', dueAt: NOW - HOUR },
      NOW - DAY,
    );
    const previous = await snoozePerson(db, person.id, NOW + DAY, NOW);
    expect(previous).toBeUndefined();
    expect(await countOverdue(db, NOW)).toBe(0);
    expect((await planStart(db, NOW, 5)).items).toEqual([]);
    expect(await nextOverdueChange(db, NOW)).toBe(NOW + DAY);
    expect(await countOverdue(db, NOW + DAY)).toBe(1);
    await restoreSnooze(db, person.id, previous);
    expect(await countOverdue(db, NOW)).toBe(1);
  });
});

describe('reminders shown', () => {
  it('are claimed once: a second claim of the same reminder gets nothing', async () => {
    const { db, person } = await dana();
    const first = await claimReminders(db, [
      { key: 'promise:n1:1', personId: person.id },
      { key: 'digest:2026-03-04' },
    ]);
    expect(first.map((r) => r.key)).toEqual(['promise:n1:1', 'digest:2026-03-04']);
    const again = await claimReminders(db, [
      { key: 'promise:n1:1', personId: person.id },
      { key: 'meeting:t1:5', personId: person.id },
    ]);
    expect(again.map((r) => r.key)).toEqual(['meeting:t1:5']);
  });
});
