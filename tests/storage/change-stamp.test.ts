import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CHANGE_STAMPS_TABLE, readChangeStamp } from '@/storage/change-stamp';
import { createDatabase, type RapportDatabase } from '@/storage/db';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { snoozePerson } from '@/storage/snoozes';
import { logTouch } from '@/storage/touches';
import { freshDatabase } from '../helpers/db';

const stampOf = (db: RapportDatabase) => readChangeStamp(db.changeStamps);

/** Every table of the database but the stamp's own, by name. */
const dataTables = (db: RapportDatabase) =>
  db.tables.filter((table) => table.name !== CHANGE_STAMPS_TABLE);

describe('the change stamp', () => {
  it('is absent from a new database until its first write', async () => {
    const db = freshDatabase();
    await db.people.count();
    expect(await stampOf(db)).toBeUndefined();
    await addPerson(db, { name: 'Ines Novak', emails: ['ines@example.com'] }, 1);
    expect(await stampOf(db)).toEqual(expect.any(String));
  });

  it('changes with every kind of write, to every table, and never with a read', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, { name: 'Ines Novak', emails: ['ines@example.com'] }, 1);
    const seen = new Set([await stampOf(db)]);
    const changes = async (write: () => Promise<unknown>) => {
      await write();
      const stamp = await stampOf(db);
      expect(seen.has(stamp), 'a write left the stamp as it was').toBe(false);
      seen.add(stamp);
    };
    await changes(() => addNote(db, { personId: person.id, body: 'Asked for the deck' }, 2));
    await changes(() =>
      logTouch(db, { personId: person.id, channel: 'email', direction: 'out', at: 3 }, 3),
    );
    await changes(() => snoozePerson(db, person.id, 10, 4));
    for (const table of dataTables(db)) {
      const key = `probe-${table.name}`;
      const record = { [table.schema.primKey.keyPath as string]: key };
      await changes(() => table.put(record));
      await changes(() => table.where(':id').equals(key).modify({ probed: true }));
      await changes(() => table.delete(key));
    }
    await changes(() => db.reminders.clear());

    const before = await stampOf(db);
    await db.people.toArray();
    await db.transaction('r', db.people, db.notes, () => db.notes.count());
    await db.transaction('rw', db.people, () => db.people.get(person.id));
    expect(await stampOf(db)).toBe(before);
  });

  it('changes with a transaction that commits, and not with one that aborts', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Ines Novak', emails: ['ines@example.com'] }, 1);
    const before = await stampOf(db);
    const failed = await db
      .transaction('rw', db.people, db.notes, async () => {
        await db.people.put({ id: 'p2', name: 'Sam Park' } as never);
        throw new Error('the rep closed the window');
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect(await db.people.count()).toBe(1);
    expect(await stampOf(db)).toBe(before);

    await db.transaction('rw', db.people, db.notes, async () => {
      await db.people.put({ id: 'p2', name: 'Sam Park' } as never);
      await db.notes.bulkPut([{ id: 'n1' }, { id: 'n2' }] as never);
    });
    expect(await stampOf(db)).not.toBe(before);
    expect(await db.changeStamps.count()).toBe(1);
  });

  it('is seen by every page of Rapport that opens the database', async () => {
    const name = `rapport-stamp-${Math.random()}`;
    const options = createDatabase(name);
    const background = createDatabase(name);
    await addPerson(options, { name: 'Ines Novak', emails: ['ines@example.com'] }, 1);
    const before = await stampOf(options);
    await addPerson(background, { name: 'Sam Park', emails: ['sam@example.com'] }, 2);
    expect(await stampOf(options)).not.toBe(before);
    expect(await stampOf(options)).toBe(await stampOf(background));
    options.close();
    background.close();
    await Dexie.delete(name);
  });
});
