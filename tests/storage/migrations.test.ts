import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, SCHEMA_VERSIONS } from '@/storage/db';
import { countNotes, notesFor } from '@/storage/notes';
import { findPersonByEmail, findPersonByMemberId, findPersonBySlug } from '@/storage/people';
import { summarise } from '@/storage/person-summary';
import type { Note, Person, Touch } from '@/storage/schema';
import { touchesFor } from '@/storage/touches';

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
      if (version < 4) {
        // Version 4 works out a summary for everyone already there, from all their records.
        const summary = await db.personSummaries.get('p1');
        expect(summary).toEqual(summarise(person, [note, promise], [touch], summary!.asOf));
        expect(summary).toMatchObject({
          replyFrom: touch.at,
          promiseDueAts: [promise.dueAt],
          lastInboundAt: touch.at,
        });
        expect(await db.personSummaries.where('replyFrom').equals(touch.at).count()).toBe(1);
        const quiet = await db.personSummaries.get('p2');
        expect(quiet).toEqual(summarise(memberPerson, [], [], quiet!.asOf));
      }
      expect(await db.snoozes.count()).toBe(0);
      expect(await db.reminders.count()).toBe(0);
      db.close();
    });
  },
);
