import { describe, expect, it } from 'vitest';
import {
  exportBackup,
  importBackup,
  importPlan,
  ImportRejectedError,
  planImport,
  type ImportPlan,
} from '@/storage/backup';
import { summarise } from '@/storage/person-summary';
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
