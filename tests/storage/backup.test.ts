import { describe, expect, it } from 'vitest';
import {
  exportBackup,
  importBackup,
  importPlan,
  ImportRejectedError,
  planImport,
} from '@/storage/backup';
import { CSV_HEADER, exportCsv } from '@/storage/csv';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { DEFAULT_SETTINGS } from '@/storage/schema';
import { claimReminders } from '@/storage/reminders';
import { snoozePerson } from '@/storage/snoozes';
import { logTouch } from '@/storage/touches';
import { freshDatabase } from '../helpers/db';

async function seeded() {
  const db = freshDatabase();
  const alex = await addPerson(
    db,
    { name: 'Alex Rivera', emails: ['alex@example.com'], timeZone: 'Europe/Lisbon' },
    1,
  );
  const sam = await addPerson(db, { name: 'Sam Okafor', linkedinSlug: 'sam-okafor' }, 2);
  await addNote(db, { personId: alex.id, body: 'Budget is €20k this quarter', kind: 'need' }, 3);
  await addNote(
    db,
    { personId: sam.id, body: 'Send the case study', kind: 'promise', dueAt: 99 },
    4,
  );
  await logTouch(
    db,
    { personId: alex.id, channel: 'email', direction: 'in', at: 5, externalId: 'm1' },
    5,
  );
  return { db, alex, sam };
}

describe('backup', () => {
  it('export then import into an empty profile gives back identical data', async () => {
    const { db } = await seeded();
    const backup = await exportBackup(db, DEFAULT_SETTINGS, 10);
    const empty = freshDatabase();
    const plan = await importBackup(empty, JSON.parse(JSON.stringify(backup)));
    expect(plan.people).toEqual({ new: 2, merged: 0, unchanged: 0 });
    expect(plan.notes.new).toBe(2);
    expect(plan.touches.new).toBe(1);
    expect(plan.settings).toEqual(DEFAULT_SETTINGS);
    const again = await exportBackup(empty, DEFAULT_SETTINGS, 10);
    const byId = <T extends { id: string }>(l: T[]) =>
      [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.people)).toEqual(byId(backup.people));
    expect(byId(again.notes)).toEqual(byId(backup.notes));
    expect(byId(again.touches)).toEqual(byId(backup.touches));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const { db } = await seeded();
    const backup = await exportBackup(db);
    const plan = await planImport(db, backup);
    expect(plan.people).toEqual({ new: 0, merged: 0, unchanged: 2 });
    expect(plan.notes).toEqual({ new: 0, merged: 0, unchanged: 2 });
    expect(plan.touches).toEqual({ new: 0, merged: 0, unchanged: 1 });
  });

  it('merges an incoming person into a stored one by address, moving their notes', async () => {
    const { db, alex } = await seeded();
    const file = {
      format: 'rapport-backup',
      version: 1,
      people: [
        {
          id: 'other-device-id',
          name: 'Alex R.',
          emails: ['ALEX@example.com'],
          linkedinSlug: 'alex-r',
          consent: 'unknown',
          tags: ['vip'],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      notes: [
        {
          id: 'n-remote',
          personId: 'other-device-id',
          body: 'Has two kids',
          kind: 'personal',
          oneOff: false,
          pinned: false,
          source: 'import',
          createdAt: 7,
          updatedAt: 7,
        },
      ],
    };
    const plan = await importBackup(db, file);
    expect(plan.people).toEqual({ new: 0, merged: 1, unchanged: 0 });
    const stored = await db.people.get(alex.id);
    expect(stored).toMatchObject({ name: 'Alex Rivera', linkedinSlug: 'alex-r', tags: ['vip'] });
    expect((await db.notes.get('n-remote'))?.personId).toBe(alex.id);
    expect(await db.people.count()).toBe(2);
  });

  it('keeps a member id through export and import, and matches a person by it', async () => {
    const { db } = await seeded();
    const noor = await addPerson(db, {
      name: 'Noor Haddad',
      linkedinMemberId: 'ACoAAExampleNoorHaddad0001',
    });
    const file = await exportBackup(db);
    expect(file.people.find((p) => p.id === noor.id)?.linkedinMemberId).toBe(
      'ACoAAExampleNoorHaddad0001',
    );
    const other = freshDatabase();
    await importBackup(other, file);
    expect(await other.people.get(noor.id)).toEqual(noor);

    // Another device knew her by slug and member id: one person, who gains the slug.
    const plan = await importBackup(db, {
      ...file,
      people: [
        {
          ...noor,
          id: 'other-device-noor',
          linkedinSlug: 'noor-haddad-4b2a1',
        },
      ],
      notes: [],
      touches: [],
    });
    expect(plan.people).toEqual({ new: 0, merged: 1, unchanged: 0 });
    expect(await db.people.get(noor.id)).toMatchObject({ linkedinSlug: 'noor-haddad-4b2a1' });
  });

  it('rejects a file with any bad record whole, naming each problem’s place, and writes nothing', async () => {
    const { db } = await seeded();
    const before = await exportBackup(db, undefined, 0);
    const file = {
      format: 'rapport-backup',
      version: 1,
      people: [
        {
          id: 'ok',
          name: 'Fine Person',
          emails: [],
          consent: 'unknown',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        },
        {
          id: 'bad',
          name: 'Bad Mail',
          emails: ['nope'],
          consent: 'unknown',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      notes: [
        {
          id: 'n',
          personId: 'missing',
          body: 'x',
          kind: 'said',
          oneOff: false,
          pinned: false,
          source: 'import',
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    };
    const error = await importBackup(db, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems).toEqual([
      expect.stringMatching(/^people\[1\]\.emails\[0\]: /),
      'notes[0].personId: no person missing in the file',
    ]);
    expect(await exportBackup(db, undefined, 0)).toEqual(before);
  });

  it('rejects what is not a Rapport backup, or comes from a newer version', async () => {
    const db = freshDatabase();
    expect((await planImport(db, { hello: 1 })).problems[0]).toMatch(/format/);
    expect(
      (await planImport(db, { format: 'rapport-backup', version: 99, people: [] })).problems[0],
    ).toMatch(/newer Rapport/);
    expect((await planImport(db, null)).problems.length).toBeGreaterThan(0);
  });

  it('stores a touch seen on two devices once', async () => {
    const { db, alex } = await seeded();
    const file = {
      format: 'rapport-backup',
      version: 1,
      people: [{ ...(await db.people.get(alex.id)) }],
      touches: [
        {
          id: 'other',
          personId: alex.id,
          channel: 'email',
          direction: 'in',
          at: 5,
          externalId: 'm1',
          createdAt: 5,
        },
      ],
    };
    const plan = await importBackup(db, file);
    expect(plan.touches).toEqual({ new: 0, merged: 0, unchanged: 1 });
    expect(await db.touches.count()).toBe(1);
  });

  // 240 writes, each keeping the word index: slow on a loaded machine.
  it(
    'imports many people known by name only, with their notes (no transaction lost on the way)',
    { timeout: 20_000 },
    async () => {
      // Regression: one awaited lookup per person that touched no table let Dexie lose the
      // transaction at around 50 such people (PrematureCommitError).
      const db = freshDatabase();
      for (let i = 0; i < 120; i += 1) {
        const person = await addPerson(db, { name: `Person ${i}` }, i + 1);
        await addNote(db, { personId: person.id, body: `Note ${i}` }, i + 1);
      }
      const backup = await exportBackup(db, undefined, 1_000);
      const empty = freshDatabase();
      const plan = await importBackup(empty, JSON.parse(JSON.stringify(backup)));
      expect(plan.people.new).toBe(120);
      expect(await empty.notes.count()).toBe(120);
    },
  );

  // Import reads a stored table whole when it is small next to the file, and looks each
  // record up by id, address, slug and external id when it is not: both must agree.
  it.each([
    ['a database small next to the file (read whole)', 0],
    ['a database much bigger than the file (looked up)', 30],
  ])('matches by id, address, slug and external id against %s', async (_, others) => {
    const { db, alex, sam } = await seeded();
    for (let i = 0; i < others; i += 1) {
      const other = await addPerson(db, { name: `Other ${i}`, emails: [`o${i}@x.org`] }, 10);
      await addNote(db, { personId: other.id, body: `Other note ${i}` }, 10);
      await logTouch(
        db,
        { personId: other.id, channel: 'email', direction: 'out', at: 10, externalId: `o${i}` },
        10,
      );
    }
    // Known from the same day as the stored records: only the matching is under test here.
    const person = { consent: 'unknown', tags: [], createdAt: 2, updatedAt: 2 };
    const file = {
      format: 'rapport-backup',
      version: 1,
      people: [
        { ...person, id: 'by-mail', name: 'Alex', emails: ['alex@example.com'], title: 'CFO' },
        { ...person, id: 'by-slug', name: 'Sam', emails: [], linkedinSlug: 'sam-okafor' },
        { ...person, id: 'new-one', name: 'Noor', emails: ['noor@example.com'] },
      ],
      notes: [
        {
          id: 'n-new',
          personId: 'by-slug',
          body: 'Prefers calls',
          kind: 'preference',
          oneOff: false,
          pinned: false,
          source: 'import',
          createdAt: 8,
          updatedAt: 8,
        },
      ],
      touches: [
        { id: 't-twin', personId: 'by-mail', channel: 'email', direction: 'in', at: 5 },
        { id: 't-new', personId: 'new-one', channel: 'call', direction: 'out', at: 6 },
      ].map((t, i) => ({ ...t, createdAt: 5, ...(i === 0 ? { externalId: 'm1' } : {}) })),
    };
    const plan = await importBackup(db, file);
    expect(plan.people).toEqual({ new: 1, merged: 1, unchanged: 1 });
    expect(plan.notes).toEqual({ new: 1, merged: 0, unchanged: 0 });
    expect(plan.touches).toEqual({ new: 1, merged: 0, unchanged: 1 });
    expect((await db.people.get(alex.id))?.title).toBe('CFO');
    expect((await db.notes.get('n-new'))?.personId).toBe(sam.id);
    expect(await db.touches.get('t-twin')).toBeUndefined();
    expect(await db.people.count()).toBe(3 + others);
  });

  it('imports a plan without checking the file again, matching it against the database anew', async () => {
    const db = freshDatabase();
    const file = {
      format: 'rapport-backup',
      version: 1,
      people: [
        {
          id: 'p1',
          name: 'Ines Novak',
          emails: ['ines@example.com'],
          title: 'CTO',
          consent: 'unknown',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    };
    const plan = await planImport(db, file);
    expect(plan.people).toEqual({ new: 1, merged: 0, unchanged: 0 });
    // Added in another window between the plan and the Import button.
    await addPerson(db, { name: 'Ines', emails: ['ines@example.com'] }, 2);
    const done = await importPlan(db, plan);
    expect(done.people).toEqual({ new: 0, merged: 1, unchanged: 0 });
    expect(await db.people.count()).toBe(1);
    expect((await db.people.toArray())[0]).toMatchObject({ name: 'Ines', title: 'CTO' });

    const bad = await planImport(db, { ...file, people: [{ ...file.people[0], emails: ['x'] }] });
    const error = await importPlan(db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems[0]).toMatch(/^people\[0\]\.emails\[0\]: /);
    await expect(importPlan(db, { ...plan, records: undefined })).rejects.toBeInstanceOf(
      ImportRejectedError,
    );
  });

  it('carries snoozes and the reminders shown to another profile, and reads a version 1 file as having none', async () => {
    const { db, sam } = await seeded();
    await snoozePerson(db, sam.id, 500, 6);
    await claimReminders(db, [{ key: 'promise:x:99', personId: sam.id }], 7);
    const backup = await exportBackup(db, undefined, 10);
    expect(backup.version).toBe(2);
    expect(backup.snoozes).toEqual([{ personId: sam.id, until: 500, createdAt: 6 }]);
    expect(backup.reminders).toEqual([{ key: 'promise:x:99', personId: sam.id, sentAt: 7 }]);

    const other = freshDatabase();
    await importBackup(other, JSON.parse(JSON.stringify(backup)));
    expect(await other.snoozes.toArray()).toEqual(backup.snoozes);
    expect(await other.reminders.toArray()).toEqual(backup.reminders);
    // The summaries are worked out for what came in: Sam's promise is on the plan.
    expect((await other.personSummaries.get(sam.id))?.promiseDueAts).toEqual([
      [99, expect.any(String)],
    ]);

    const { snoozes: _s, reminders: _r, ...v1 } = { ...backup, version: 1 };
    const fromV1 = freshDatabase();
    const plan = await importBackup(fromV1, JSON.parse(JSON.stringify(v1)));
    expect(plan.people.new).toBe(2);
    expect(await fromV1.snoozes.count()).toBe(0);
  });

  it('keeps the later end of two snoozes of one person, and every reminder shown', async () => {
    const { db, sam } = await seeded();
    await snoozePerson(db, sam.id, 500, 6);
    await claimReminders(db, [{ key: 'digest:2026-03-04' }], 7);
    const file = {
      ...(await exportBackup(db)),
      snoozes: [{ personId: sam.id, until: 400, createdAt: 8 }],
      reminders: [
        { key: 'digest:2026-03-04', sentAt: 1 },
        { key: 'digest:2026-03-05', sentAt: 9 },
      ],
    };
    await importBackup(db, file);
    expect((await db.snoozes.get(sam.id))?.until).toBe(500);
    expect((await db.reminders.toArray()).map((r) => [r.key, r.sentAt])).toEqual([
      ['digest:2026-03-04', 7],
      ['digest:2026-03-05', 9],
    ]);
    await importBackup(db, { ...file, snoozes: [{ personId: sam.id, until: 900, createdAt: 8 }] });
    expect((await db.snoozes.get(sam.id))?.until).toBe(900);
  });

  it('rejects a snooze of someone not in the file', async () => {
    const { db } = await seeded();
    const file = {
      ...(await exportBackup(db)),
      snoozes: [{ personId: 'nobody', until: 5, createdAt: 1 }],
    };
    await expect(importBackup(freshDatabase(), file)).rejects.toThrow(
      'snoozes[0].personId: no person nobody in the file',
    );
  });

  it('CSV export lists people with their notes, from the same data as the backup', async () => {
    const { db, alex, sam } = await seeded();
    const lines = (await exportCsv(db)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([
      [alex.id, 'Alex Rivera'],
      [sam.id, 'Sam Okafor'],
    ]);
    expect(lines[1]).toContain('Budget is €20k this quarter');
    expect(lines[2]).toContain('Send the case study');
  });
});
