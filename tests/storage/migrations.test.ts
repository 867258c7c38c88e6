import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, SCHEMA_VERSIONS } from '@/storage/db';
import { countNotes, notesFor } from '@/storage/notes';
import {
  findPersonByEmail,
  findPersonByMemberId,
  findPersonBySlug,
  updatePerson,
} from '@/storage/people';
import { countPlan } from '@/storage/follow-ups';
import { summarise } from '@/storage/person-summary';
import { searchPeople } from '@/storage/search';
import type { Note, Person, Touch, UnattachedTouch } from '@/storage/schema';
import { touchesFor } from '@/storage/touches';
import { countUnattached } from '@/storage/unattached';

const person: Person = {
  id: 'p1',
  name: 'Maya Lindqvist',
  emails: ['maya@northwind.example'],
  linkedinSlug: 'maya-lindqvist',
  company: 'Northwind',
  consent: 'granted',
  tags: ['q3'],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_500_000,
};
// Someone whose member id a page showed: the field was written before any version indexed
// it (records keep fields the schema does not index), and version 3's index must find them.
const memberPerson: Person = {
  id: 'p2',
  name: 'Noor Haddad',
  emails: [],
  linkedinMemberId: 'ACoAAExampleNoorHaddad0001',
  consent: 'unknown',
  tags: [],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};
const note: Note = {
  id: 'n1',
  personId: 'p1',
  body: 'Lost two accounts to Q3 delays',
  kind: 'said',
  oneOff: false,
  pinned: true,
  source: 'sidepanel',
  createdAt: 1_700_000_100_000,
  updatedAt: 1_700_000_100_000,
};
const promise: Note = {
  ...note,
  id: 'n2',
  body: 'Send the route-planning case study',
  kind: 'promise',
  pinned: false,
  dueAt: 1_700_000_300_000,
};
const touch: Touch = {
  id: 't1',
  personId: 'p1',
  channel: 'email',
  direction: 'in',
  at: 1_700_000_200_000,
  subject: 'Re: Route planning',
  externalId: 'gmail:abc',
  createdAt: 1_700_000_200_000,
};
const unattached: UnattachedTouch = {
  id: 'u1',
  identity: 'email:robin@contoso.example',
  channel: 'email',
  direction: 'out',
  at: 1_700_000_300_000,
  subject: 'Pilot scope',
  messageKey: 'sent:abc',
  createdAt: 1_700_000_300_000,
};
/** Every table of a database as IndexedDB holds it: its key path, then its index names. */
function installedIndexes(idb: IDBDatabase): Record<string, string[]> {
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readonly');
  return Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      return [name, [String(store.keyPath), ...[...store.indexNames].sort()]];
    }),
  );
}

/** The tables and indexes of a database made by today's Rapport from nothing. */
async function freshIndexes(): Promise<Record<string, string[]>> {
  const db = createDatabase(`rapport-fresh-${Math.random()}`);
  await db.open();
  const indexes = installedIndexes(db.backendDB());
  db.close();
  return indexes;
}

const hasUnattached = (version: number) =>
  'unattachedTouches' in SCHEMA_VERSIONS[version as keyof typeof SCHEMA_VERSIONS];

/**
 * Every schema version ever released: a database written by that version, with realistic
 * data, must open in today's Rapport with nothing lost. A new version adds a case here.
 */
describe.each(Object.keys(SCHEMA_VERSIONS).map(Number))(
  'a database from schema version %i',
  (version) => {
    it('opens in the current version with every record and index intact', async () => {
      const name = `rapport-migration-${version}-${Math.random()}`;
      const old = new Dexie(name);
      for (let v = 1; v <= version; v += 1) {
        old.version(v).stores(SCHEMA_VERSIONS[v as keyof typeof SCHEMA_VERSIONS]);
      }
      await old.table('people').add(person);
      await old.table('people').add(memberPerson);
      await old.table('notes').bulkAdd([note, promise]);
      await old.table('touches').add(touch);
      if (hasUnattached(version)) await old.table('unattachedTouches').add(unattached);
      old.close();

      const db = createDatabase(name);
      expect(await db.people.get('p1')).toMatchObject(person);
      expect((await findPersonByEmail(db, 'maya@northwind.example'))?.id).toBe('p1');
      expect((await findPersonBySlug(db, 'maya-lindqvist'))?.id).toBe('p1');
      expect((await findPersonByMemberId(db, 'ACoAAExampleNoorHaddad0001'))?.id).toBe('p2');
      expect(await notesFor(db, 'p1')).toEqual(
        expect.arrayContaining([expect.objectContaining(note), expect.objectContaining(promise)]),
      );
      expect(await countNotes(db, 'p1')).toBe(2);
      expect(await touchesFor(db, 'p1')).toEqual([expect.objectContaining(touch)]);
      if (version < 5) {
        // Version 5 works out a summary for everyone already there, from all their records.
        const summary = await db.personSummaries.get('p1');
        expect(summary).toEqual(summarise(person, [note, promise], [touch], summary!.asOf));
        expect(summary).toMatchObject({
          replyFrom: touch.at,
          promiseDueAts: [[promise.dueAt, promise.id]],
          lastInboundAt: touch.at,
        });
        expect(await db.personSummaries.where('replyFrom').equals(touch.at).count()).toBe(1);
        const quiet = await db.personSummaries.get('p2');
        expect(quiet).toEqual(summarise(memberPerson, [], [], quiet!.asOf));
      }
      expect(await db.snoozes.count()).toBe(0);
      expect(await db.reminders.count()).toBe(0);
      // Contact with people not in Rapport: kept where the version had it, an empty table
      // ready to use where it did not.
      const kept = hasUnattached(version) ? [unattached] : [];
      expect(await db.unattachedTouches.toArray()).toEqual(kept);
      expect(await countUnattached(db, unattached.at)).toBe(kept.length);
      await db.unattachedTouches.put({ ...unattached, id: 'u2', messageKey: 'sent:def' });
      expect(await db.unattachedTouches.where('identity').equals(unattached.identity).count()).toBe(
        kept.length + 1,
      );
      // Contact kept by a member id finds, through version 3's index, the person who has it.
      await db.unattachedTouches.put({
        ...unattached,
        id: 'u3',
        identity: `linkedin-member:${memberPerson.linkedinMemberId}`,
        channel: 'linkedin',
        direction: 'in',
        messageKey: 'linkedin:m1',
      });
      await updatePerson(db, 'p2', { company: 'Fabrikam' }, unattached.at);
      expect(await touchesFor(db, 'p2')).toEqual([
        expect.objectContaining({
          channel: 'linkedin',
          direction: 'in',
          externalId: 'linkedin:m1',
        }),
      ]);
      // Whichever version it came from, the database has exactly today's tables and indexes:
      // those added since, and none of those dropped since.
      expect(installedIndexes(db.backendDB())).toEqual(await freshIndexes());
      db.close();
    });
  },
);

describe('the word index that schema version 6 brings in', () => {
  it.each([1, 2, 3, 4, 5])(
    'is built on upgrade from version %i, from every person and note already stored',
    async (version) => {
      const name = `rapport-migration-words-${version}-${Math.random()}`;
      const old = new Dexie(name);
      for (let v = 1; v <= version; v += 1) {
        old.version(v).stores(SCHEMA_VERSIONS[v as keyof typeof SCHEMA_VERSIONS]);
      }
      await old.table('people').add(person);
      await old.table('people').add(memberPerson);
      await old.table('notes').add(note);
      old.close();

      const db = createDatabase(name);
      const found = async (query: string) =>
        (await searchPeople(db, query)).matches.map((m) => m.person.id);
      expect(await found('lindqvist')).toEqual(['p1']);
      expect(await found('northwind')).toEqual(['p1']);
      expect(await found('delays')).toEqual(['p1']);
      expect(await found('haddad')).toEqual(['p2']);
      expect(await found('nobody')).toEqual([]);
      // The member id index of version 3 survives version 6.
      expect((await findPersonByMemberId(db, 'ACoAAExampleNoorHaddad0001'))?.id).toBe('p2');
      db.close();
    },
  );
});

describe('the promise keys that schema version 7 brings in', () => {
  it('rewrites a stored summary so that two promises due at the same moment are both counted', async () => {
    const name = `rapport-migration-promise-keys-${Math.random()}`;
    const old = new Dexie(name);
    for (let v = 1; v <= 6; v += 1) {
      old.version(v).stores(SCHEMA_VERSIONS[v as keyof typeof SCHEMA_VERSIONS]);
    }
    const second: Note = { ...promise, id: 'n3', body: 'Send the pricing sheet' };
    const summary = summarise(person, [promise, second], [], 1_700_000_000_000);
    // As version 6 stored it: one key per due moment.
    await old.table('people').add(person);
    await old.table('notes').bulkAdd([promise, second]);
    await old.table('personSummaries').add({ ...summary, promiseDueAts: [promise.dueAt] });
    old.close();

    const db = createDatabase(name);
    expect(await db.personSummaries.get('p1')).toEqual(summary);
    expect(summary.promiseDueAts).toEqual([
      [promise.dueAt, 'n2'],
      [promise.dueAt, 'n3'],
    ]);
    const after = promise.dueAt! + 60_000;
    expect(await countPlan(db, after)).toEqual({ overdue: 2, listed: 2 });
    db.close();
  });
});
