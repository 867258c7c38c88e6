import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, SCHEMA_VERSIONS } from '@/storage/db';
import { countNotes, notesFor } from '@/storage/notes';
import { findPersonByEmail, findPersonByMemberId, findPersonBySlug } from '@/storage/people';
import { searchPeople } from '@/storage/search';
import { touchesFor } from '@/storage/touches';

const person = {
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
const memberPerson = {
  id: 'p2',
  name: 'Noor Haddad',
  emails: [],
  linkedinMemberId: 'ACoAAExampleNoorHaddad0001',
  consent: 'unknown',
  tags: [],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};
const note = {
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
const touch = {
  id: 't1',
  personId: 'p1',
  channel: 'email',
  direction: 'in',
  at: 1_700_000_200_000,
  subject: 'Re: Route planning',
  externalId: 'gmail:abc',
  createdAt: 1_700_000_200_000,
};

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
      await old.table('notes').add(note);
      await old.table('touches').add(touch);
      old.close();

      const db = createDatabase(name);
      expect(await db.people.get('p1')).toMatchObject(person);
      expect((await findPersonByEmail(db, 'maya@northwind.example'))?.id).toBe('p1');
      expect((await findPersonBySlug(db, 'maya-lindqvist'))?.id).toBe('p1');
      expect((await findPersonByMemberId(db, 'ACoAAExampleNoorHaddad0001'))?.id).toBe('p2');
      expect(await notesFor(db, 'p1')).toEqual([expect.objectContaining(note)]);
      expect(await countNotes(db, 'p1')).toBe(1);
      expect(await touchesFor(db, 'p1')).toEqual([expect.objectContaining(touch)]);
      db.close();
    });
  },
);

describe('the word index that schema version 4 brings in', () => {
  it.each([1, 2, 3])(
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
      // The member id index of version 3 survives version 4.
      expect((await findPersonByMemberId(db, 'ACoAAExampleNoorHaddad0001'))?.id).toBe('p2');
      db.close();
    },
  );
});
