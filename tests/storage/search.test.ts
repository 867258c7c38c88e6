import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBackup, importPlan } from '@/storage/backup';
import { planContactImport } from '@/storage/contact-import';
import { readContactFile } from '@/storage/contacts';
import type { RapportDatabase } from '@/storage/db';
import { deletePeople, undoDelete } from '@/storage/erase';
import { mergePeople, undoMerge } from '@/storage/merge';
import { addNote, deleteNote, restoreNote, updateNote } from '@/storage/notes';
import { addPerson, updatePerson } from '@/storage/people';
import { searchPeople } from '@/storage/search';
import {
  DOCUMENTS_KEY,
  packPostings,
  planWordChanges,
  shardPostings,
  type DocumentList,
  type WordShard,
} from '@/storage/word-index';
import { personWordPlaces } from '@/utils/domain/search';
import { freshDatabase } from '../helpers/db';

const names = async (db: RapportDatabase, query: string) =>
  (await searchPeople(db, query)).matches.map((m) => m.person.name);

/** The word index as stored: word → person id → places. */
async function storedIndex(db: RapportDatabase) {
  const records = await db.wordIndex.toArray();
  const list = records.find((r) => r.key === DOCUMENTS_KEY) as DocumentList | undefined;
  const index: Record<string, Record<string, number>> = {};
  for (const record of records) {
    if (record.key === DOCUMENTS_KEY) continue;
    const shard = record as WordShard;
    shard.words.forEach((word, i) => {
      const { docs, places } = shardPostings(shard, i);
      docs.forEach((doc, j) => {
        const id = list?.ids[doc];
        expect(id, `posting of "${word}" for a deleted person`).toBeTruthy();
        (index[word] ??= {})[id!] = places[j]!;
      });
    });
  }
  return index;
}

/** The word index as it should be: built from every person and note stored. */
async function expectedIndex(db: RapportDatabase) {
  const [people, notes] = await Promise.all([db.people.toArray(), db.notes.toArray()]);
  const index: Record<string, Record<string, number>> = {};
  for (const person of people) {
    const bodies = notes.filter((n) => n.personId === person.id).map((n) => n.body);
    for (const [word, places] of personWordPlaces(person, bodies)) {
      (index[word] ??= {})[person.id] = places;
    }
  }
  return index;
}

async function seed(db: RapportDatabase) {
  const maya = await addPerson(
    db,
    {
      name: 'Maya Lindqvist',
      emails: ['maya@northwind.example'],
      company: 'Northwind Logistics',
      title: 'Head of Operations',
      location: 'Stockholm, Sweden',
    },
    1000,
  );
  const jonas = await addPerson(
    db,
    { name: 'Jonas Novak', company: 'Contoso', title: 'Buyer', tags: ['pilot'] },
    2000,
  );
  const ines = await addPerson(db, { name: 'Inés Northcott', company: 'Fabrikam' }, 3000);
  await addNote(db, { personId: maya.id, body: 'Lost two accounts to the Q3 delays' }, 4000);
  await addNote(db, { personId: maya.id, body: 'Wants the Göteborg pilot numbers' }, 5000);
  await addNote(db, { personId: jonas.id, body: 'Asked about Northwind as a reference' }, 6000);
  return { maya, jonas, ines };
}

describe('the packed postings of the word index', () => {
  it('read back exactly what was packed, for any person numbers and places', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 5_000_000 }), { maxLength: 200 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 200, maxLength: 200 }),
        (numbers, where) => {
          const docs = [...numbers].sort((a, b) => a - b);
          const places = docs.map((_, i) => where[i]!);
          const data = packPostings({ docs, places });
          const shard = { key: 'w:x', words: ['x'], starts: Uint32Array.of(0, data.length), data };
          expect(shardPostings(shard, 0)).toEqual({ docs, places });
        },
      ),
    );
  });

  it('take about a byte a posting when people are close together', () => {
    const docs = Array.from({ length: 1000 }, (_, i) => i * 3);
    expect(packPostings({ docs, places: docs.map(() => 5) }).length).toBe(1000);
  });
});

describe('working out a word index update before writing it', () => {
  const places = (words: Record<string, number>) => new Map(Object.entries(words));

  it('numbers new people after everyone listed and blanks the deleted, leaving the list read as it was', () => {
    const stored: DocumentList = { key: DOCUMENTS_KEY, ids: ['maya', 'jonas'] };
    const update = planWordChanges(stored, [
      { personId: 'kofi', before: null, after: places({ okafor: 1 }) },
      { personId: 'jonas', before: places({ novak: 1 }), after: null },
      { personId: 'maya', before: places({ maya: 1 }), after: places({ maya: 1 }) },
    ])!;
    expect(update.list.ids).toEqual(['maya', '', 'kofi']);
    expect(update.listChanged).toBe(true);
    expect(stored.ids).toEqual(['maya', 'jonas']);
    // Each changed word with its people's numbers and new places (0: the word is gone).
    const changed = [...update.byShard.values()].flatMap((shard) =>
      [...shard].map(([word, { docs, places }]) => [word, { docs, places }] as const),
    );
    expect(Object.fromEntries(changed)).toEqual({
      okafor: { docs: [2], places: [1] },
      novak: { docs: [1], places: [0] },
    });
  });

  it("has nothing to write when nobody's words change", () => {
    const stored: DocumentList = { key: DOCUMENTS_KEY, ids: ['maya'] };
    const same = places({ maya: 1, lindqvist: 1 });
    expect(planWordChanges(stored, [{ personId: 'maya', before: same, after: same }])).toBeNull();
  });
});

describe('searching people by any word', () => {
  it('finds a person by any word or word start of their name, details or notes', async () => {
    const db = freshDatabase();
    await seed(db);
    expect(await names(db, 'Lindqvist')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'lindq')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'operations')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'stockholm')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'maya@north')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'GOTEBORG')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'ines')).toEqual(['Inés Northcott']);
    expect(await names(db, 'pilot')).toEqual(['Jonas Novak', 'Maya Lindqvist']);
    expect(await names(db, 'zeppelin')).toEqual([]);
  });

  it('ranks name matches first, then details, then notes, and quotes the note', async () => {
    const db = freshDatabase();
    const { maya, jonas } = await seed(db);
    const results = await searchPeople(db, 'north');
    expect(results.matches.map((m) => [m.person.name, m.rank])).toEqual([
      ['Inés Northcott', 'name'],
      ['Maya Lindqvist', 'details'],
      ['Jonas Novak', 'notes'],
    ]);
    expect(results.total).toBe(3);
    const quote = results.matches[2]!.quote!;
    expect(quote.note.personId).toBe(jonas.id);
    expect(quote.pieces).toEqual([
      { text: 'Asked about ', matched: false },
      { text: 'Northwind', matched: true },
      { text: ' as a reference', matched: false },
    ]);
    expect(results.matches[1]!.quote).toBeUndefined();
    expect(maya.id).toBeTruthy();
  });

  it('needs every word of the query, each anywhere on the person or in any of their notes', async () => {
    const db = freshDatabase();
    await seed(db);
    expect(await names(db, 'maya goteborg')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'northwind delays')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'delays pilot')).toEqual(['Maya Lindqvist']);
    expect(await names(db, 'jonas goteborg')).toEqual([]);
    const [match] = (await searchPeople(db, 'maya goteborg')).matches;
    expect(match!.quote!.pieces.find((p) => p.matched)?.text).toBe('Göteborg');
  });

  it('lists the most recently active first within a rank, and counts beyond the limit', async () => {
    const db = freshDatabase();
    for (let i = 0; i < 5; i += 1) await addPerson(db, { name: `Robin Park ${i}` }, 1000 + i);
    const results = await searchPeople(db, 'robin', 3);
    expect(results.matches.map((m) => m.person.name)).toEqual([
      'Robin Park 4',
      'Robin Park 3',
      'Robin Park 2',
    ]);
    expect(results.total).toBe(5);
  });

  it('follows every write: edits, deletes, merges, undo and imports', async () => {
    const db = freshDatabase();
    const { maya, jonas, ines } = await seed(db);
    const note = await addNote(db, { personId: ines.id, body: 'Collects vintage zeppelins' });
    expect(await names(db, 'zeppelin')).toEqual(['Inés Northcott']);
    await updateNote(db, note.id, { body: 'Collects vintage gliders' });
    expect(await names(db, 'zeppelin')).toEqual([]);
    expect(await names(db, 'gliders')).toEqual(['Inés Northcott']);
    const removed = (await deleteNote(db, note.id))!;
    expect(await names(db, 'gliders')).toEqual([]);
    await restoreNote(db, removed);
    expect(await names(db, 'gliders')).toEqual(['Inés Northcott']);

    await updatePerson(db, jonas.id, { name: 'Jonas Nowak', company: undefined });
    expect(await names(db, 'novak')).toEqual([]);
    expect(await names(db, 'contoso')).toEqual([]);
    expect(await names(db, 'nowak')).toEqual(['Jonas Nowak']);

    const merged = await mergePeople(db, maya.id, ines.id);
    expect(await names(db, 'gliders')).toEqual(['Maya Lindqvist']);
    await undoMerge(db, merged.undo);
    expect(await names(db, 'gliders')).toEqual(['Inés Northcott']);

    const deleted = await deletePeople(db, [maya.id]);
    expect(await names(db, 'lindqvist')).toEqual([]);
    expect(await names(db, 'delays')).toEqual([]);
    await undoDelete(db, deleted.undo);
    expect(await names(db, 'delays')).toEqual(['Maya Lindqvist']);

    await importBackup(db, {
      format: 'rapport-backup',
      version: 1,
      people: [
        { ...maya, title: 'COO' },
        {
          id: 'imported',
          name: 'Kofi Okafor',
          emails: [],
          consent: 'unknown',
          tags: [],
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      notes: [
        {
          id: 'imported-note',
          personId: 'imported',
          body: 'Runs the Tailspin warehouse',
          kind: 'said',
          oneOff: false,
          pinned: false,
          source: 'import',
          createdAt: 1,
          updatedAt: 1,
        },
      ],
    });
    expect(await names(db, 'tailspin')).toEqual(['Kofi Okafor']);
    expect(await storedIndex(db)).toEqual(await expectedIndex(db));
  });

  it('follows an import that changes a few of the people stored, or most of them', async () => {
    const db = freshDatabase();
    const stored = [];
    for (let i = 0; i < 12; i += 1) {
      const person = await addPerson(db, { name: `Stored ${i}`, emails: [`p${i}@x.example`] });
      await addNote(db, { personId: person.id, body: `Mentioned kayaking${i} last spring` });
      stored.push(person);
    }
    const importCsv = async (rows: string[]) => {
      const text = ['Name,Email,Company,Title', ...rows].join('\n');
      const preview = await planContactImport(db, 'crm.csv', readContactFile('crm.csv', text));
      await importPlan(db, preview.plan);
    };
    // Three of twelve gain a title, two people are new: their words are worked out one by one
    // (the notes read whole: they are few).
    await importCsv([
      'Stored 0,p0@x.example,,Quartermaster (kayaking0 club)',
      'Stored 1,p1@x.example,,Quartermaster',
      'Stored 2,p2@x.example,,Quartermaster',
      'Newly Met,new@x.example,Zeppelin Works,',
      'Also New,,,Harbourmaster',
    ]);
    expect((await names(db, 'quartermaster')).sort()).toEqual(['Stored 0', 'Stored 1', 'Stored 2']);
    expect(await names(db, 'kayaking0')).toEqual(['Stored 0']);
    expect(await names(db, 'zeppelin')).toEqual(['Newly Met']);
    expect(await storedIndex(db)).toEqual(await expectedIndex(db));
    // Nine of them gain a company: the index is built anew.
    await importCsv(stored.slice(3).map((p, i) => `${p.name},p${i + 3}@x.example,Fabrikam,`));
    expect(await names(db, 'fabrikam')).toHaveLength(9);
    expect(await storedIndex(db)).toEqual(await expectedIndex(db));
    // A backup's newer version of a stored note replaces its words (the notes of one person
    // read by themselves).
    const [note] = await db.notes.where('personId').equals(stored[3]!.id).toArray();
    await importBackup(db, {
      format: 'rapport-backup',
      version: 1,
      people: [await db.people.get(stored[3]!.id)],
      notes: [{ ...note, body: 'Now into sailing', updatedAt: note!.updatedAt + 1 }],
    });
    expect(await names(db, 'kayaking3')).toEqual([]);
    expect(await names(db, 'sailing')).toEqual(['Stored 3']);
    expect(await storedIndex(db)).toEqual(await expectedIndex(db));
  });

  it('leaves no word of a deleted person in the index', async () => {
    const db = freshDatabase();
    const { maya } = await seed(db);
    await deletePeople(db, [maya.id]);
    const index = await storedIndex(db);
    for (const word of ['lindqvist', 'stockholm', 'goteborg', 'delays']) {
      expect(index[word], word).toBeUndefined();
    }
    const list = (await db.wordIndex.get(DOCUMENTS_KEY)) as DocumentList;
    expect(list.ids).not.toContain(maya.id);
    expect(await storedIndex(db)).toEqual(await expectedIndex(db));
  });

  it('stays exactly what the records say after any sequence of writes', async () => {
    const words = ['alpha', 'beta', 'gamma', 'Göteborg', 'north', 'northwind', 'q3'];
    const text = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
      .map((w) => w.join(' '));
    const action = fc.oneof(
      fc.record({ kind: fc.constant('add-person' as const), name: text }),
      fc.record({ kind: fc.constant('rename' as const), who: fc.nat(), name: text }),
      fc.record({ kind: fc.constant('add-note' as const), who: fc.nat(), body: text }),
      fc.record({ kind: fc.constant('edit-note' as const), which: fc.nat(), body: text }),
      fc.record({ kind: fc.constant('delete-note' as const), which: fc.nat() }),
      fc.record({ kind: fc.constant('merge' as const), a: fc.nat(), b: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), who: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        const db = freshDatabase();
        for (const a of actions) {
          const people = await db.people.toArray();
          const notes = await db.notes.toArray();
          const person = (n: number) => people[n % Math.max(1, people.length)];
          const note = (n: number) => notes[n % Math.max(1, notes.length)];
          if (a.kind === 'add-person') await addPerson(db, { name: a.name });
          else if (a.kind === 'rename' && person(a.who))
            await updatePerson(db, person(a.who)!.id, { name: a.name });
          else if (a.kind === 'add-note' && person(a.who))
            await addNote(db, { personId: person(a.who)!.id, body: a.body });
          else if (a.kind === 'edit-note' && note(a.which))
            await updateNote(db, note(a.which)!.id, { body: a.body });
          else if (a.kind === 'delete-note' && note(a.which))
            await deleteNote(db, note(a.which)!.id);
          else if (a.kind === 'merge' && person(a.a) && person(a.b) && person(a.a) !== person(a.b))
            await mergePeople(db, person(a.a)!.id, person(a.b)!.id);
          else if (a.kind === 'delete' && person(a.who))
            await deletePeople(db, [person(a.who)!.id]);
        }
        expect(await storedIndex(db)).toEqual(await expectedIndex(db));
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
