import { describe, expect, it } from 'vitest';
import {
  exportBackup,
  importBackup,
  importPlan,
  ImportRejectedError,
  planImport,
  type ImportPlan,
} from '@/storage/backup';
import type { RapportDatabase } from '@/storage/db';
import { addPerson } from '@/storage/people';
import { summarise } from '@/storage/person-summary';
import { snoozePerson } from '@/storage/snoozes';
import { freshDatabase } from '../../helpers/db';

const person = (id: string, email: string, extra: object = {}) => ({
  id,
  name: `Person ${id}`,
  emails: [email],
  consent: 'unknown',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

const file = (people: object[], notes: object[] = []) => ({
  format: 'rapport-backup',
  version: 1,
  people,
  notes,
});

const note = (id: string, personId: string) => ({
  id,
  personId,
  body: `Note ${id}`,
  kind: 'said',
  oneOff: false,
  pinned: false,
  source: 'import',
  createdAt: 2,
  updatedAt: 2,
});

/** Two databases holding the same stored person. */
async function twins() {
  const stored = file([person('s1', 'kim@example.com')]);
  const a = freshDatabase();
  const b = freshDatabase();
  await importBackup(a, stored);
  await importBackup(b, stored);
  return { a, b };
}

describe('importPlan', () => {
  it('writes a copy of a plan (structuredClone) exactly as it writes the plan itself', async () => {
    const { a, b } = await twins();
    const incoming = file(
      [person('f1', 'kim@example.com', { title: 'CFO', updatedAt: 3 }), person('f2', 'lee@x.org')],
      [note('n1', 'f1'), note('n2', 'f2')],
    );
    const plan = await planImport(a, incoming);
    expect(plan.problems).toEqual([]);
    expect(plan.records?.people.map((p) => p.id)).toEqual(['f1', 'f2']);
    const copy = structuredClone(plan);
    expect(copy).toEqual(plan);

    const fromPlan = await importPlan(a, plan);
    const fromCopy = await importPlan(b, copy);
    expect(fromCopy).toEqual(fromPlan);
    expect(fromPlan.people).toEqual({ new: 1, merged: 1, unchanged: 0 });
    expect(await exportBackup(b, undefined, 0)).toEqual(await exportBackup(a, undefined, 0));
    expect(await b.people.get('s1')).toMatchObject({ title: 'CFO' });
    expect((await b.notes.get('n1'))?.personId).toBe('s1');
  });

  it('refuses a plan with problems, or one without records, and writes nothing', async () => {
    const { a } = await twins();
    const before = await exportBackup(a, undefined, 0);
    const bad = await planImport(a, file([person('f1', 'not-an-address')]));
    expect(bad.records).toBeUndefined();
    const good = await planImport(a, file([person('f2', 'lee@x.org')]));
    const handMade: ImportPlan = {
      policy: 'backup',
      notices: [],
      people: { new: 1, merged: 0, unchanged: 0 },
      notes: { new: 0, merged: 0, unchanged: 0 },
      touches: { new: 0, merged: 0, unchanged: 0 },
      problems: [],
      writes: good.writes,
    };
    const withProblems: ImportPlan = { ...good, problems: ['people[0].name: invented'] };

    for (const plan of [bad, handMade, withProblems]) {
      const error = await importPlan(a, plan).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRejectedError);
      expect((error as ImportRejectedError).problems.length).toBeGreaterThan(0);
    }
    expect((await importPlan(a, bad).catch((e: ImportRejectedError) => e)).problems[0]).toMatch(
      /^people\[0\]\.emails\[0\]: /,
    );
    expect(await exportBackup(a, undefined, 0)).toEqual(before);
  });
});

describe('importBackup and the people’s summaries', () => {
  const NOW = Date.UTC(2026, 2, 4, 15);
  const promise = (id: string, personId: string, dueAt: number) => ({
    ...note(id, personId),
    body: `Send the deck (${id})`,
    kind: 'promise',
    dueAt,
  });

  it('sums up a stored person who has no summary from all their records, old and imported', async () => {
    const db = freshDatabase();
    const kim = person('s1', 'kim@example.com');
    await importBackup(db, file([kim], [promise('n1', 's1', NOW + 1)]), NOW);
    // A summary lost (a database written before summaries were kept in every write, say).
    await db.personSummaries.delete('s1');

    await importBackup(db, file([kim], [promise('n2', 's1', NOW + 2)]), NOW);

    const stored = await db.people.get('s1');
    const notes = await db.notes.where('personId').equals('s1').toArray();
    expect(notes.map((n) => n.id).sort()).toEqual(['n1', 'n2']);
    expect(await db.personSummaries.get('s1')).toEqual(summarise(stored!, notes, [], NOW));
    expect((await db.personSummaries.get('s1'))?.promiseDueAts).toEqual([
      [NOW + 1, 'n1'],
      [NOW + 2, 'n2'],
    ]);
  });

  it('sums up people new in the file from the file, and keeps every other summary', async () => {
    const db = freshDatabase();
    await importBackup(db, file([person('s1', 'kim@example.com')]), NOW);
    const kept = await db.personSummaries.get('s1');

    await importBackup(db, file([person('f1', 'lee@x.org')], [promise('n1', 'f1', NOW)]), NOW);

    expect(await db.personSummaries.get('s1')).toEqual(kept);
    const lee = await db.people.get('f1');
    expect(await db.personSummaries.get('f1')).toEqual(
      summarise(lee!, await db.notes.toArray(), [], NOW),
    );
  });
});

/**
 * A fresh database that counts how many times the stored people are read (looked up or
 * read whole); `count` is set back to 0 to count from a moment on.
 */
function countingPeopleReads(): { db: RapportDatabase; reads: { count: number } } {
  const db = freshDatabase();
  const reads = { count: 0 };
  db.use({
    stack: 'dbcore',
    name: 'CountPeopleReads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'people') return table;
        const counted =
          <R, A extends unknown[]>(read: (...args: A) => R) =>
          (...args: A): R => {
            reads.count += 1;
            return read(...args);
          };
        return {
          ...table,
          get: counted(table.get),
          getMany: counted(table.getMany),
          query: counted(table.query),
          openCursor: counted(table.openCursor),
        };
      },
    }),
  });
  return { db, reads };
}

describe('importPlan and the matching its preview did', () => {
  const incoming = file(
    [
      person('f1', 'kim@example.com', { title: 'CFO', updatedAt: 3 }),
      person('f2', 'lee@x.org'),
      person('f3', 'ana@x.org'),
    ],
    [note('n1', 'f1'), note('n2', 'f2')],
  );

  /**
   * A database a rep has written to: ten people, Kim among them with a promise (so she has a
   * summary, updated from it rather than summed up from her records read again).
   */
  async function stored() {
    const counting = countingPeopleReads();
    const others = Array.from({ length: 9 }, (_, i) => person(`o${i}`, `other${i}@example.com`));
    const promise = { ...note('n0', 's1'), kind: 'promise', dueAt: 10 };
    await importBackup(counting.db, file([person('s1', 'kim@example.com'), ...others], [promise]));
    return counting;
  }

  it('is reused when nothing was written since: the stored people are not read again', async () => {
    const { db, reads } = await stored();
    const plan = await planImport(db, incoming);
    expect(reads.count).toBeGreaterThan(0);
    expect(plan.basis?.stamp).toEqual(expect.any(String));
    reads.count = 0;

    const done = await importPlan(db, plan);

    expect(reads.count).toBe(0);
    expect(done.people).toEqual({ new: 2, merged: 1, unchanged: 0 });
    expect(done).not.toHaveProperty('basis');
    expect(await db.people.get('s1')).toMatchObject({ title: 'CFO' });
    expect(await db.people.count()).toBe(12);
  });

  it('writes exactly what matching again would', async () => {
    const { db: reused } = await stored();
    const { db: matchedAgain } = await stored();
    const plan = await planImport(reused, incoming);
    const { basis: _dropped, ...planWithoutBasis } = await planImport(matchedAgain, incoming);

    expect(await importPlan(reused, plan)).toEqual(
      await importPlan(matchedAgain, planWithoutBasis),
    );
    expect(await exportBackup(reused, undefined, 0)).toEqual(
      await exportBackup(matchedAgain, undefined, 0),
    );
  });

  it('matches again when anything was written since, in this page or another', async () => {
    const { db, reads } = await stored();
    const plan = await planImport(db, incoming);
    // Lee added in another window between the preview and the Import button.
    await addPerson(db, { name: 'Lee', emails: ['lee@x.org'] }, 2);
    const done = await importPlan(db, plan);
    expect(done.people).toEqual({ new: 1, merged: 2, unchanged: 0 });
    expect(await db.people.count()).toBe(12);

    // A write the matching does not depend on still makes it run again: any write counts.
    const next = await planImport(db, file([person('f4', 'kofi@x.org')]));
    await snoozePerson(db, 's1', 10, 4);
    reads.count = 0;
    expect((await importPlan(db, next)).people).toEqual({ new: 1, merged: 0, unchanged: 0 });
    expect(reads.count).toBeGreaterThan(0);
  });

  it('is not reused in another database, nor from a database never written to', async () => {
    const { db: first } = await stored();
    const { db: second, reads } = await stored();
    const plan = await planImport(first, incoming);
    reads.count = 0;
    await importPlan(second, plan);
    expect(reads.count).toBeGreaterThan(0);

    const empty = freshDatabase();
    const fromNothing = await planImport(empty, incoming);
    expect(fromNothing.basis).toBeUndefined();
    expect((await importPlan(empty, fromNothing)).people).toEqual({
      new: 3,
      merged: 0,
      unchanged: 0,
    });
  });
});
