import { describe, expect, it } from 'vitest';
import { addNote, deleteNote, notesFor, restoreNote, updateNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { MAX_NOTE_LENGTH } from '@/storage/schema';
import { logTouch, touchesFor } from '@/storage/touches';
import { freshDatabase } from '../helpers/db';

describe('notes', () => {
  it('lists a person’s notes newest first and only theirs', async () => {
    const db = freshDatabase();
    const a = await addPerson(db, { name: 'A' });
    const b = await addPerson(db, { name: 'B' });
    await addNote(db, { personId: a.id, body: 'first' }, 100);
    await addNote(db, { personId: b.id, body: 'other person' }, 150);
    await addNote(db, { personId: a.id, body: 'second', kind: 'need' }, 200);
    expect((await notesFor(db, a.id)).map((n) => n.body)).toEqual(['second', 'first']);
    expect((await notesFor(db, a.id, 1)).map((n) => n.body)).toEqual(['second']);
  });

  it('stores any text intact, markup included, and refuses an empty note', async () => {
    const db = freshDatabase();
    const p = await addPerson(db, { name: 'P' });
    const hostile = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe 👋 '.repeat(3);
    const note = await addNote(db, { personId: p.id, body: hostile });
    expect((await db.notes.get(note.id))?.body).toBe(hostile);
    await expect(addNote(db, { personId: p.id, body: '  \n ' })).rejects.toThrow(
      /body: a note cannot be empty/,
    );
    await expect(
      addNote(db, { personId: p.id, body: 'x'.repeat(MAX_NOTE_LENGTH + 1) }),
    ).rejects.toThrow(/body/);
  });

  it('edits, marks a promise done, deletes and restores a note', async () => {
    const db = freshDatabase();
    const p = await addPerson(db, { name: 'P' });
    const promise = await addNote(db, {
      personId: p.id,
      body: 'Send the case study',
      kind: 'promise',
      dueAt: 5000,
    });
    const done = await updateNote(db, promise.id, { doneAt: 6000 });
    expect(done).toMatchObject({ kind: 'promise', dueAt: 5000, doneAt: 6000 });
    const reopened = await updateNote(db, promise.id, { doneAt: undefined });
    expect(reopened.doneAt).toBeUndefined();
    const deleted = await deleteNote(db, promise.id);
    expect(await notesFor(db, p.id)).toHaveLength(0);
    await restoreNote(db, deleted!);
    expect((await notesFor(db, p.id))[0]).toEqual(deleted);
  });

  it('will not attach a note to a person who does not exist', async () => {
    const db = freshDatabase();
    await expect(addNote(db, { personId: 'ghost', body: 'hello' })).rejects.toThrow(
      /no longer exists/,
    );
    expect(await db.notes.count()).toBe(0);
  });
});

describe('touches', () => {
  it('logs the same Gmail message once, however often it is seen', async () => {
    const db = freshDatabase();
    const p = await addPerson(db, { name: 'P', emails: ['p@example.com'] });
    const fields = {
      personId: p.id,
      channel: 'email' as const,
      direction: 'in' as const,
      at: 10,
      externalId: 'msg-1',
    };
    const first = await logTouch(db, fields);
    const again = await logTouch(db, fields);
    expect(again.id).toBe(first.id);
    await logTouch(db, { ...fields, channel: 'linkedin', externalId: 'msg-1' });
    expect(await touchesFor(db, p.id)).toHaveLength(2);
  });

  it('lists touches newest first and rejects an unknown channel', async () => {
    const db = freshDatabase();
    const p = await addPerson(db, { name: 'P' });
    await logTouch(db, { personId: p.id, channel: 'call', direction: 'out', at: 1 });
    await logTouch(db, { personId: p.id, channel: 'meeting', direction: 'in', at: 3 });
    await logTouch(db, { personId: p.id, channel: 'email', direction: 'out', at: 2 });
    expect((await touchesFor(db, p.id)).map((t) => t.at)).toEqual([3, 2, 1]);
    await expect(
      logTouch(db, { personId: p.id, channel: 'fax' as never, direction: 'out', at: 4 }),
    ).rejects.toThrow(/channel/);
  });

  it('refuses a date the browser cannot show, and a touch dated more than a day ahead', async () => {
    const db = freshDatabase();
    const p = await addPerson(db, { name: 'P' });
    const now = Date.UTC(2026, 11, 2);
    const touch = { personId: p.id, channel: 'email' as const, direction: 'in' as const };
    await expect(logTouch(db, { ...touch, at: 9e15 }, now)).rejects.toThrow(/at:/);
    await expect(logTouch(db, { ...touch, at: now + 2 * 86_400_000 }, now)).rejects.toThrow(
      /more than a day ahead/,
    );
    await logTouch(db, { ...touch, at: now + 3_600_000 }, now);
    expect(await touchesFor(db, p.id)).toHaveLength(1);
    expect((await db.people.get(p.id))?.updatedAt).toBe(now + 3_600_000);
    await expect(
      addNote(db, { personId: p.id, body: 'Call back', dueAt: Date.UTC(2200, 0, 1) }),
    ).rejects.toThrow(/dueAt: a date before 2200/);
  });
});
