import Dexie, { type EntityTable, type Table } from 'dexie';
import { groupByPerson } from '../utils/domain/person';
import { promiseDueKeys, summarise, type PersonSummary } from './person-summary';
import type { Note, Person, Reminder, Snooze, Touch, UnattachedTouch } from './schema';
import { rebuildWordIndex, type WordIndexRecord } from './word-index';
import { changeStampMiddleware, type ChangeStampTable } from './change-stamp';

export const DATABASE_NAME = 'rapport';

/**
 * Version 6's tables and indexes, which version 7 keeps as they are (it changes data only),
 * written once so that the two are seen to be the same.
 */
const STORES_SINCE_VERSION_6 = {
  people: 'id, *emails, linkedinSlug, linkedinMemberId, name, updatedAt, *distinctFrom',
  notes: 'id, [personId+createdAt]',
  touches: 'id, [personId+at], &[channel+externalId], at',
  unattachedTouches: 'id, identity, at, &[messageKey+identity]',
  personSummaries:
    'personId, *promiseDueAts, *meetingAts, replyFrom, [followUpRun+followUpFrom], coldFrom, rollAt',
  snoozes: 'personId, until',
  reminders: 'key',
  wordIndex: 'key',
} as const;

/**
 * The schema history, one entry per Dexie version. Never edit an entry once released:
 * add a new version with its upgrade instead, and a test that opens a database built by
 * every earlier version (tests/storage/migrations.test.ts).
 */
export const SCHEMA_VERSIONS = {
  1: {
    people: 'id, *emails, linkedinSlug, name, updatedAt',
    notes: 'id, [personId+createdAt], personId',
    touches: 'id, [personId+at], &[channel+externalId], at',
  },
  // Version 2 drops the notes' own `personId` index: `[personId+createdAt]` starts with the
  // same key, and Dexie answers `where('personId')` from it. One index fewer to write is
  // about 15 % of a large import's write transaction (bench: import).
  2: {
    people: 'id, *emails, linkedinSlug, name, updatedAt',
    notes: 'id, [personId+createdAt]',
    touches: 'id, [personId+at], &[channel+externalId], at',
  },
  // Version 3 indexes LinkedIn member ids (`/in/ACoAA…/`, as chat bubbles link a person), a
  // second way to find the same profile beside the public slug.
  3: {
    people: 'id, *emails, linkedinSlug, linkedinMemberId, name, updatedAt',
    notes: 'id, [personId+createdAt]',
    touches: 'id, [personId+at], &[channel+externalId], at',
  },
  // Version 4 keeps contact with people not in Rapport yet: found by identity when someone
  // is added, expired by time, and one per message and identity.
  4: {
    people: 'id, *emails, linkedinSlug, linkedinMemberId, name, updatedAt',
    notes: 'id, [personId+createdAt]',
    touches: 'id, [personId+at], &[channel+externalId], at',
    unattachedTouches: 'id, identity, at, &[messageKey+identity]',
  },
  // Version 5 adds what Today and the toolbar count read instead of every note and touch:
  // a summary per person (storage/person-summary.ts), indexed by the moments that decide
  // what is overdue; the rep's snoozes; and the reminders already shown.
  5: {
    people: 'id, *emails, linkedinSlug, linkedinMemberId, name, updatedAt',
    notes: 'id, [personId+createdAt]',
    touches: 'id, [personId+at], &[channel+externalId], at',
    unattachedTouches: 'id, identity, at, &[messageKey+identity]',
    personSummaries:
      'personId, *promiseDueAts, *meetingAts, replyFrom, [followUpRun+followUpFrom], coldFrom, rollAt',
    snoozes: 'personId, until',
    reminders: 'key',
  },
  // Version 6 adds the word index search reads (storage/word-index.ts), and the people a
  // person was marked as not being (`distinctFrom`), so deleting someone can find the marks
  // that name them.
  6: STORES_SINCE_VERSION_6,
  // Version 7 keys each open promise in `promiseDueAts` by its due moment and its id: a
  // multi-entry index keeps one of equal keys, so two promises of one person due at the
  // same moment counted as one. Same tables and indexes; the summaries' keys are rewritten.
  7: STORES_SINCE_VERSION_6,
  // Version 8 adds the stamp every write replaces (storage/change-stamp.ts), so that an
  // import's write can tell nothing was written since its preview was matched.
  8: { ...STORES_SINCE_VERSION_6, changeStamps: 'key' },
} as const;

export type RapportDatabase = Dexie & {
  people: EntityTable<Person, 'id'>;
  notes: EntityTable<Note, 'id'>;
  touches: EntityTable<Touch, 'id'>;
  unattachedTouches: EntityTable<UnattachedTouch, 'id'>;
  personSummaries: EntityTable<PersonSummary, 'personId'>;
  snoozes: EntityTable<Snooze, 'personId'>;
  reminders: EntityTable<Reminder, 'key'>;
  wordIndex: Table<WordIndexRecord, string>;
  changeStamps: ChangeStampTable;
};

/** Opens (lazily) Rapport's database under the given name; tests use their own names. */
export function createDatabase(name = DATABASE_NAME): RapportDatabase {
  const db = new Dexie(name) as RapportDatabase;
  // Only the versions that change data, and the latest, are declared: Dexie reads the schema
  // a database actually has and brings it to the next declared version's tables and indexes
  // itself (versions 1 to 4 only added or dropped tables and indexes). Each declaration is
  // parsed on every page's start, the side panel's included.
  db.version(5)
    .stores(SCHEMA_VERSIONS[5])
    .upgrade((tx) =>
      summariseEveryone(
        tx.table('people'),
        tx.table('notes'),
        tx.table('touches'),
        tx.table('personSummaries'),
      ),
    );
  // Every person and note already stored goes into the new word index.
  db.version(6)
    .stores(SCHEMA_VERSIONS[6])
    .upgrade((tx) =>
      rebuildWordIndex({
        people: tx.table('people'),
        notes: tx.table('notes'),
        wordIndex: tx.table('wordIndex'),
      }),
    );
  db.version(7)
    .stores(SCHEMA_VERSIONS[7])
    .upgrade((tx) =>
      tx
        .table<PersonSummary, string>('personSummaries')
        .toCollection()
        .modify((summary) => {
          if (summary.promiseDueAts.length)
            summary.promiseDueAts = promiseDueKeys(summary.promises);
        }),
    );
  // Version 8 only adds a table.
  db.version(8).stores(SCHEMA_VERSIONS[8]);
  db.use(changeStampMiddleware);
  return db;
}

/** A summary for every person, from all their records: once, when version 5 arrives. */
async function summariseEveryone(
  people: Table<Person, string>,
  notes: Table<Note, string>,
  touches: Table<Touch, string>,
  summaries: Table<PersonSummary, string>,
): Promise<void> {
  const [everyone, allNotes, allTouches] = await Promise.all([
    people.toArray(),
    notes.toArray(),
    touches.toArray(),
  ]);
  const notesOf = groupByPerson(allNotes);
  const touchesOf = groupByPerson(allTouches);
  const now = Date.now();
  await summaries.bulkPut(
    everyone.map((p) => summarise(p, notesOf.get(p.id) ?? [], touchesOf.get(p.id) ?? [], now)),
  );
}

let shared: RapportDatabase | undefined;

/** The one database the extension's pages and background share. */
export function database(): RapportDatabase {
  shared ??= createDatabase();
  return shared;
}
