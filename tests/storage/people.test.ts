import { describe, expect, it } from 'vitest';
import { learnLinkedInIdentities, mergePeople } from '@/storage/merge';
import { addNote, notesFor } from '@/storage/notes';
import {
  addPerson,
  findPerson,
  findPersonByEmail,
  findPersonByMemberId,
  findPersonBySlug,
  IdentityTakenError,
  updatePerson,
} from '@/storage/people';
import { searchPeople } from '@/storage/search';
import { RecordValidationError } from '@/storage/schema';
import { logTouch, touchesFor } from '@/storage/touches';
import { freshDatabase } from '../helpers/db';

describe('people', () => {
  it('stores addresses lower-case and finds a person by any of them, or by slug', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, {
      name: 'Alex Rivera',
      emails: ['Alex@Example.com', 'alex.r@example.org'],
      linkedinSlug: 'Alex-Rivera',
    });
    expect(alex.emails).toEqual(['alex@example.com', 'alex.r@example.org']);
    expect((await findPersonByEmail(db, 'ALEX.R@example.org'))?.id).toBe(alex.id);
    expect((await findPersonBySlug(db, 'alex-rivera'))?.id).toBe(alex.id);
    expect(
      (await findPerson(db, { email: 'nobody@example.com', linkedinSlug: 'alex-rivera' }))?.id,
    ).toBe(alex.id);
    expect(await findPerson(db, { email: 'nobody@example.com' })).toBeUndefined();
  });

  it('rejects a record that fails its schema, naming the field and why, and writes nothing', async () => {
    const db = freshDatabase();
    await expect(addPerson(db, { name: 'Sam', emails: ['not-an-address'] })).rejects.toThrow(
      /emails\.0: .*email/i,
    );
    await expect(addPerson(db, { name: '   ' })).rejects.toBeInstanceOf(RecordValidationError);
    await expect(addPerson(db, { name: 'Sam', timeZone: 'Mars/Olympus' })).rejects.toThrow(
      /timeZone/,
    );
    expect(await db.people.count()).toBe(0);
  });

  it('refuses to give one address or profile to two people, naming who has it', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, {
      name: 'Alex',
      emails: ['alex@example.com'],
      linkedinSlug: 'alex-r',
    });
    await expect(
      addPerson(db, { name: 'Other Alex', emails: ['alex@example.com'] }),
    ).rejects.toThrow(/already belongs to Alex/);
    const other = await addPerson(db, { name: 'Other Alex' });
    const refused = await updatePerson(db, other.id, { linkedinSlug: 'alex-r' }).catch((e) => e);
    expect(refused).toBeInstanceOf(IdentityTakenError);
    expect((refused as IdentityTakenError).owner.id).toBe(alex.id);
    expect(refused.message).toMatch(/LinkedIn profile alex-r already belongs to Alex/);
  });

  it('searches by name or address prefix, case-insensitively', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Priya Natarajan', emails: ['priya@acme.example'] });
    await addPerson(db, { name: 'Pat Olsen', emails: ['pat@globex.example'] });
    await addPerson(db, { name: 'Quinn Lee', emails: ['q@initech.example'] });
    const names = async (query: string) =>
      (await searchPeople(db, query)).matches.map((m) => m.person.name);
    expect(await names('pri')).toEqual(['Priya Natarajan']);
    expect((await names('P')).sort()).toEqual(['Pat Olsen', 'Priya Natarajan']);
    expect(await names('q@init')).toEqual(['Quinn Lee']);
  });

  it('clears a field set to undefined', async () => {
    const db = freshDatabase();
    const p = await addPerson(db, { name: 'Dana', company: 'Initech', timeZone: 'Europe/Paris' });
    const next = await updatePerson(db, p.id, { company: undefined, timeZone: undefined });
    expect(next).not.toHaveProperty('company');
    expect(await db.people.get(p.id)).not.toHaveProperty('timeZone');
  });

  it('updates a person and keeps the record valid', async () => {
    const db = freshDatabase();
    const p = await addPerson(db, { name: 'Dana' }, 1000);
    const next = await updatePerson(db, p.id, { consent: 'granted', company: 'Initech' }, 2000);
    expect(next).toMatchObject({
      consent: 'granted',
      company: 'Initech',
      createdAt: 1000,
      updatedAt: 2000,
    });
    await expect(updatePerson(db, p.id, { consent: 'maybe' as never })).rejects.toThrow(/consent/);
    expect((await db.people.get(p.id))?.consent).toBe('granted');
  });

  it('merges two records of one person: identities united, notes and touches moved', async () => {
    const db = freshDatabase();
    const byMail = await addPerson(db, { name: 'Alex Rivera', emails: ['alex@example.com'] }, 1);
    const byProfile = await addPerson(
      db,
      { name: 'Alex Rivera', linkedinSlug: 'alex-rivera', company: 'Globex', consent: 'granted' },
      2,
    );
    await addNote(db, { personId: byProfile.id, body: 'Prefers short emails', kind: 'preference' });
    await logTouch(db, { personId: byProfile.id, channel: 'linkedin', direction: 'out', at: 5 });
    const { person: merged } = await mergePeople(db, byMail.id, byProfile.id);
    expect(merged).toMatchObject({
      id: byMail.id,
      emails: ['alex@example.com'],
      linkedinSlug: 'alex-rivera',
      company: 'Globex',
      consent: 'granted',
    });
    expect(await db.people.count()).toBe(1);
    expect((await findPersonBySlug(db, 'alex-rivera'))?.id).toBe(byMail.id);
    expect((await notesFor(db, byMail.id)).map((n) => n.body)).toEqual(['Prefers short emails']);
    expect(await touchesFor(db, byMail.id)).toHaveLength(1);
  });

  it('merges all or nothing: a failure leaves both people and their notes as they were', async () => {
    const db = freshDatabase();
    const a = await addPerson(db, { name: 'A', linkedinSlug: 'person-a' });
    const b = await addPerson(db, { name: 'B', linkedinSlug: 'person-b' });
    await addNote(db, { personId: b.id, body: 'note about b' });
    await expect(mergePeople(db, a.id, b.id)).rejects.toThrow(/different LinkedIn profiles/);
    expect(await db.people.count()).toBe(2);
    expect(await notesFor(db, b.id)).toHaveLength(1);
  });
});

describe('LinkedIn member ids', () => {
  const ID = 'ACoAAExampleNoorHaddad0001';
  const SLUG = 'noor-haddad-4b2a1';

  it('finds a person by either LinkedIn identity, and gives each to one person only', async () => {
    const db = freshDatabase();
    const noor = await addPerson(db, { name: 'Noor', linkedinSlug: SLUG, linkedinMemberId: ID });
    expect((await findPersonByMemberId(db, ID))?.id).toBe(noor.id);
    expect((await findPerson(db, { linkedinMemberId: ID }))?.id).toBe(noor.id);
    expect((await findPerson(db, { linkedinSlug: SLUG }))?.id).toBe(noor.id);
    await expect(addPerson(db, { name: 'Other', linkedinMemberId: ID })).rejects.toThrow(
      /already belongs to Noor/,
    );
  });

  it('a person added from their profile is known in a bubble that links only the member id', async () => {
    const db = freshDatabase();
    const noor = await addPerson(db, { name: 'Noor', linkedinSlug: SLUG }, 10);
    const learned = await learnLinkedInIdentities(db, { linkedinSlug: SLUG, linkedinMemberId: ID });
    expect(learned).toMatchObject({ id: noor.id, linkedinSlug: SLUG, linkedinMemberId: ID });
    // Learning an identity is not the rep's activity: the person keeps their place.
    expect(learned?.updatedAt).toBe(10);
    expect((await findPerson(db, { linkedinMemberId: ID }))?.id).toBe(noor.id);
  });

  it('a person added from a bubble gains their slug on their profile: no duplicate', async () => {
    const db = freshDatabase();
    const noor = await addPerson(db, { name: 'Noor', linkedinMemberId: ID });
    await learnLinkedInIdentities(db, { linkedinSlug: SLUG, linkedinMemberId: ID });
    expect(await db.people.count()).toBe(1);
    expect((await findPersonBySlug(db, SLUG))?.id).toBe(noor.id);
  });

  it('unites two records that turn out to be one profile, keeping the one with the slug', async () => {
    const db = freshDatabase();
    const fromProfile = await addPerson(db, { name: 'Noor Haddad', linkedinSlug: SLUG });
    const fromBubble = await addPerson(db, { name: 'Noor', linkedinMemberId: ID });
    await addNote(db, {
      personId: fromBubble.id,
      body: 'Reviews vendors on Fridays',
      kind: 'said',
    });
    const person = await learnLinkedInIdentities(db, { linkedinSlug: SLUG, linkedinMemberId: ID });
    expect(person).toMatchObject({ id: fromProfile.id, name: 'Noor Haddad', linkedinMemberId: ID });
    expect(await db.people.count()).toBe(1);
    expect((await notesFor(db, fromProfile.id)).map((n) => n.body)).toEqual([
      'Reviews vendors on Fridays',
    ]);
  });

  it('leaves records alone when the page shows one identity, or a record holds another', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Noor', linkedinSlug: SLUG, linkedinMemberId: ID });
    expect(await learnLinkedInIdentities(db, { linkedinSlug: SLUG })).toBeUndefined();
    const other = 'ACoAAExampleSomeoneElse9';
    await learnLinkedInIdentities(db, { linkedinSlug: SLUG, linkedinMemberId: other });
    expect((await findPersonBySlug(db, SLUG))?.linkedinMemberId).toBe(ID);
    expect(await findPersonByMemberId(db, other)).toBeUndefined();
  });
});
