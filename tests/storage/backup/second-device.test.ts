import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, ImportRejectedError, planImport } from '@/storage/backup';
import { logSentEmail } from '@/utils/background/touch-logger';
import { notesFor } from '@/storage/notes';
import {
  addPerson,
  findPersonByEmail,
  findPersonByMemberId,
  findPersonBySlug,
  updatePerson,
} from '@/storage/people';
import { touchesFor } from '@/storage/touches';
import { freshDatabase } from '../../helpers/db';

// What an honest backup from a second device does to the database it is imported into: the
// rep works on a laptop and a desktop and moves a backup between them.

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 10, 0);

const person = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  emails: [],
  consent: 'unknown',
  tags: [],
  createdAt: NOW - 30 * DAY,
  updatedAt: NOW - 30 * DAY,
  ...extra,
});
const note = (id: string, personId: string, body: string, extra: object = {}) => ({
  id,
  personId,
  body,
  kind: 'said',
  oneOff: false,
  pinned: false,
  source: 'sidepanel',
  createdAt: NOW - 10 * DAY,
  updatedAt: NOW - 10 * DAY,
  ...extra,
});
const file = (people: object[], notes: object[] = [], touches: object[] = []) => ({
  format: 'rapport-backup',
  version: 1,
  exportedAt: NOW - DAY,
  people,
  notes,
  touches,
});

describe('a backup from a second device', () => {
  it('never gives one address to two people: it stays with the person who has it here', async () => {
    const db = freshDatabase();
    await importBackup(
      db,
      file([
        person('kim', 'Kim Tanaka', { emails: ['kim@contoso.example'] }),
        person('lee', 'Lee Novak', { emails: ['lee@contoso.example'] }),
      ]),
      NOW,
    );
    // On the other device the rep added Lee's address to Kim by mistake, and a title.
    const laptop = file([
      person('kim', 'Kim Tanaka', {
        emails: ['kim@contoso.example', 'lee@contoso.example'],
        title: 'CFO',
        updatedAt: NOW - DAY,
      }),
    ]);
    const plan = await planImport(db, laptop, NOW);
    expect(plan.people).toEqual({ new: 0, merged: 1, unchanged: 0 });
    expect(plan.notices).toEqual([
      {
        person: 0,
        message: expect.stringMatching(/^lee@contoso\.example stays with Lee Novak, who has it/),
      },
    ]);
    await importBackup(db, laptop, NOW);

    expect(await db.people.get('kim')).toMatchObject({
      emails: ['kim@contoso.example'],
      title: 'CFO',
    });
    expect((await findPersonByEmail(db, 'lee@contoso.example'))?.id).toBe('lee');
    // Both can still be edited: no address is held twice.
    await updatePerson(db, 'kim', { company: 'Contoso' }, NOW);
    await updatePerson(db, 'lee', { company: 'Contoso' }, NOW);
  });

  it('never gives one LinkedIn profile to two people, whichever person the record matches', async () => {
    const db = freshDatabase();
    await importBackup(
      db,
      file([
        person('kim', 'Kim Tanaka', { emails: ['kim@contoso.example'] }),
        person('lee', 'Lee Novak', { linkedinSlug: 'lee-novak' }),
      ]),
      NOW,
    );
    const laptop = file([
      person('kim-laptop', 'Kim Tanaka', {
        emails: ['kim@contoso.example'],
        linkedinSlug: 'lee-novak',
      }),
    ]);
    await importBackup(db, laptop, NOW);
    expect(await db.people.count()).toBe(2);
    expect((await findPersonBySlug(db, 'lee-novak'))?.id).toBe('lee');
    expect((await db.people.get('kim'))?.linkedinSlug).toBeUndefined();
  });

  it('never gives one LinkedIn member id to two people, nor the slug beside it', async () => {
    const db = freshDatabase();
    const member = 'ACoAAExampleLeeNovak000001';
    await importBackup(
      db,
      file([
        person('kim', 'Kim Tanaka', { emails: ['kim@contoso.example'] }),
        person('lee', 'Lee Novak', { linkedinMemberId: member }),
      ]),
      NOW,
    );
    // The laptop gave Kim the profile a chat bubble showed for Lee, by its slug and id.
    const laptop = file([
      person('kim-laptop', 'Kim Tanaka', {
        emails: ['kim@contoso.example'],
        linkedinSlug: 'lee-novak',
        linkedinMemberId: member,
      }),
    ]);
    const plan = await planImport(db, laptop, NOW);
    expect(plan.notices.map((n) => n.message)).toEqual([
      `LinkedIn member ${member} stays with Lee Novak, who has it already: Kim Tanaka is imported without it (merge the two in Rapport if they are one person)`,
      `linkedin.com/in/lee-novak is not added to Kim Tanaka: it names the same LinkedIn profile as LinkedIn member ${member}, which is not added either`,
    ]);
    await importBackup(db, laptop, NOW);
    expect((await findPersonByMemberId(db, member))?.id).toBe('lee');
    const kim = await db.people.get('kim');
    expect(kim?.linkedinSlug).toBeUndefined();
    expect(kim?.linkedinMemberId).toBeUndefined();
  });

  it('keeps two people of one file apart even when the file gives them one address', async () => {
    const db = freshDatabase();
    const broken = file([
      person('a', 'Ana Ruiz', { emails: ['sales@fabrikam.example', 'ana@fabrikam.example'] }),
      person('b', 'Ben Ruiz', { emails: ['sales@fabrikam.example'] }),
    ]);
    const plan = await planImport(db, broken, NOW);
    expect(plan.people).toEqual({ new: 2, merged: 0, unchanged: 0 });
    expect(plan.notices.map((n) => n.person)).toEqual([1]);
    await importBackup(db, broken, NOW);
    expect((await db.people.get('b'))?.emails).toEqual([]);
    expect((await findPersonByEmail(db, 'sales@fabrikam.example'))?.id).toBe('a');
  });

  it('never moves a note to another person when a note id is taken here', async () => {
    const db = freshDatabase();
    await importBackup(
      db,
      file(
        [person('kim', 'Kim Tanaka', { emails: ['kim@contoso.example'] })],
        [note('n1', 'kim', 'Budget frozen until March')],
      ),
      NOW,
    );
    // The same note id, about someone this database does not have (Kim's record was merged
    // into Robin's on the laptop, say, and Robin has no address to match).
    const laptop = file(
      [person('robin', 'Robin Park')],
      [note('n1', 'robin', 'Budget frozen until March, confirmed', { updatedAt: NOW - DAY })],
    );
    const plan = await planImport(db, laptop, NOW);
    expect(plan.notes).toEqual({ new: 1, merged: 0, unchanged: 0 });
    await importBackup(db, laptop, NOW);
    await importBackup(db, laptop, NOW);

    expect((await notesFor(db, 'kim')).map((n) => [n.id, n.body])).toEqual([
      ['n1', 'Budget frozen until March'],
    ]);
    expect((await notesFor(db, 'robin')).map((n) => n.body)).toEqual([
      'Budget frozen until March, confirmed',
    ]);
    expect(await db.notes.count()).toBe(2);
  });

  it('still updates a note it shares with this database when the file’s copy is newer', async () => {
    const db = freshDatabase();
    const kim = person('kim', 'Kim Tanaka', { emails: ['kim@contoso.example'] });
    await importBackup(db, file([kim], [note('n1', 'kim', 'Budget frozen')]), NOW);
    // The laptop knows Kim under its own id, matched here by address.
    const laptop = file(
      [{ ...kim, id: 'kim-laptop' }],
      [note('n1', 'kim-laptop', 'Budget frozen until March', { updatedAt: NOW - DAY })],
    );
    await importBackup(db, laptop, NOW);
    expect((await notesFor(db, 'kim')).map((n) => [n.id, n.body])).toEqual([
      ['n1', 'Budget frozen until March'],
    ]);
  });

  it('rejects times more than a day in the future, naming each one’s place', async () => {
    const db = freshDatabase();
    const ahead = NOW + 3 * DAY;
    const error = await importBackup(
      db,
      file(
        [person('kim', 'Kim Tanaka', { updatedAt: ahead })],
        [
          note('n1', 'kim', 'Call on Monday', { dueAt: NOW + 30 * DAY }),
          note('n2', 'kim', 'Sent the deck', { createdAt: ahead }),
        ],
        [
          {
            id: 't1',
            personId: 'kim',
            channel: 'call',
            direction: 'out',
            at: ahead,
            createdAt: NOW,
          },
        ],
      ),
      NOW,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const problems = (error as ImportRejectedError).problems;
    expect(problems).toEqual([
      expect.stringMatching(
        /^people\[0\]\.updatedAt: 2026-11-23T10:00:00\.000Z is more than a day/,
      ),
      expect.stringMatching(/^notes\[1\]\.createdAt: /),
      expect.stringMatching(/^touches\[0\]\.at: /),
    ]);
    expect(await db.people.count()).toBe(0);
    // A clock a few hours ahead is not a problem, nor is a due date next month.
    const fine = file(
      [person('kim', 'Kim Tanaka', { updatedAt: NOW + 5 * 3_600_000 })],
      [note('n1', 'kim', 'Call on Monday', { dueAt: NOW + 30 * DAY })],
    );
    await importBackup(db, fine, NOW);
    expect(await db.notes.count()).toBe(1);
  });

  it('gives its new people the mail Rapport kept for their addresses, in the same write', async () => {
    const db = freshDatabase();
    await logSentEmail(
      db,
      { sendId: 's1', recipients: ['robin@contoso.example'], subject: 'Intro', at: NOW - 2 * DAY },
      NOW,
    );
    const plan = await importBackup(
      db,
      file([person('robin', 'Robin Park', { emails: ['robin@contoso.example'] })]),
      NOW,
    );
    expect(plan.attached).toBe(1);
    expect((await touchesFor(db, 'robin')).map((t) => t.subject)).toEqual(['Intro']);
    expect(await db.unattachedTouches.count()).toBe(0);
  });

  it('round-trips a database made on this device (what it exports, it imports)', async () => {
    const db = freshDatabase();
    const kim = await addPerson(db, { name: 'Kim', emails: ['kim@contoso.example'] }, NOW);
    await updatePerson(db, kim.id, { title: 'CFO' }, NOW + 3_600_000);
    const backup = await exportBackup(db, undefined, NOW);
    await importBackup(freshDatabase(), JSON.parse(JSON.stringify(backup)), NOW);
  });
});
