import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '@/storage/backup';
import { connectionTime, planContactImport } from '@/storage/contact-import';
import { readContactFile } from '@/storage/contacts';
import { addPerson, findPersonByEmail, findPersonBySlug, updatePerson } from '@/storage/people';
import { countPlan } from '@/storage/follow-ups';
import { summarise } from '@/storage/person-summary';
import { logTouch, touchesFor } from '@/storage/touches';
import { logSentEmail } from '@/utils/background/touch-logger';
import { CONNECTION_SUMMARY } from '@/utils/domain/touches';
import { freshDatabase } from '../helpers/db';

const FIXTURES = path.resolve(__dirname, '../fixtures/contacts');
const reading = (name: string) =>
  readContactFile(name, readFileSync(path.join(FIXTURES, name), 'utf8'));
const NOW = Date.UTC(2026, 10, 20, 10, 0);
const DAY = 86_400_000;

async function importFile(db: ReturnType<typeof freshDatabase>, name: string, now = NOW) {
  const preview = await planContactImport(db, name, reading(name), now);
  const written = await importPlan(db, preview.plan, now);
  return { preview, written };
}

describe('importing a contacts file', () => {
  it('adds LinkedIn connections with their connection date on the timeline, and re-importing changes nothing', async () => {
    const db = freshDatabase();
    const { preview, written } = await importFile(db, 'linkedin-Connections.csv');
    expect(preview.format).toBe('linkedin-connections');
    expect(preview.plan.people).toEqual({ new: 6, merged: 0, unchanged: 0 });
    expect(preview.plan.touches).toEqual({ new: 5, merged: 0, unchanged: 0 });
    expect(preview.problems).toEqual([
      { line: 11, message: 'Connected On: “not a date” is not a date' },
    ]);
    expect(written.people.new).toBe(6);

    const maya = await findPersonBySlug(db, 'maya-lindqvist');
    expect(maya).toMatchObject({
      name: 'Maya Lindqvist',
      company: 'Northwind Logistics',
      title: 'Head of Operations',
      consent: 'unknown',
    });
    expect(await touchesFor(db, maya!.id)).toEqual([
      expect.objectContaining({
        channel: 'other',
        direction: 'out',
        at: new Date(2023, 1, 24, 12).getTime(),
        summary: CONNECTION_SUMMARY,
      }),
    ]);

    const again = await planContactImport(
      db,
      'Connections.csv',
      reading('linkedin-Connections.csv'),
      NOW,
    );
    expect(again.plan.people).toEqual({ new: 0, merged: 0, unchanged: 6 });
    expect(again.plan.touches).toEqual({ new: 0, merged: 0, unchanged: 5 });
    await importPlan(db, again.plan, NOW);
    expect(await db.people.count()).toBe(6);
    expect(await db.touches.count()).toBe(5);
  });

  it('stores no summary for a connection with nothing to plan; the first message plans them', async () => {
    const db = freshDatabase();
    await importFile(db, 'linkedin-Connections.csv');
    const maya = (await findPersonBySlug(db, 'maya-lindqvist'))!;
    expect(await db.personSummaries.get(maya.id)).toBeUndefined();
    expect(await countPlan(db, NOW)).toEqual({ overdue: 0, listed: 0 });

    await logTouch(
      db,
      { personId: maya.id, channel: 'email', direction: 'in', at: NOW - DAY / 24 },
      NOW,
    );
    const person = (await db.people.get(maya.id))!;
    expect(await db.personSummaries.get(maya.id)).toEqual(
      summarise(person, [], await touchesFor(db, maya.id), NOW),
    );
    expect(await countPlan(db, NOW)).toEqual({ overdue: 1, listed: 1 });
  });

  it('never overwrites what the rep wrote, never changes consent, only fills gaps', async () => {
    const db = freshDatabase();
    const jorg = await addPerson(
      db,
      {
        name: 'Jörg (Fabrikam buyer)',
        emails: ['joerg.mueller@fabrikam.example'],
        company: 'Fabrikam GmbH',
      },
      NOW - DAY,
    );
    await updatePerson(db, jorg.id, { consent: 'declined' }, NOW - DAY);
    const { preview } = await importFile(db, 'linkedin-Connections.csv');
    expect(preview.plan.people).toEqual({ new: 5, merged: 1, unchanged: 0 });
    expect(await db.people.get(jorg.id)).toMatchObject({
      name: 'Jörg (Fabrikam buyer)',
      company: 'Fabrikam GmbH',
      consent: 'declined',
      linkedinSlug: 'jörg-müller-4a1b2c',
      title: 'VP Sales, DACH',
      emails: ['joerg.mueller@fabrikam.example'],
    });
  });

  it('never gives an address or profile someone has to anyone else, and says so at the line', async () => {
    const db = freshDatabase();
    // The rep has Noor's LinkedIn profile on another person by mistake.
    await addPerson(db, { name: 'N. Haddad (old)', linkedinSlug: 'noorhaddad' }, NOW - DAY);
    await addPerson(
      db,
      { name: 'Ines', emails: ['ines@litware.example'], linkedinSlug: 'ines-m' },
      NOW - DAY,
    );
    const { preview } = await importFile(db, 'linkedin-Connections.csv');
    // Noor's row matches the person holding the profile; Ines's row matches by address, and
    // Ines keeps her own profile (gaining the company and title she lacked).
    expect(preview.plan.people).toEqual({ new: 4, merged: 2, unchanged: 0 });
    expect(preview.notices).toEqual([
      {
        line: 11,
        message:
          'linkedin.com/in/ines-moreau is not added to Ines, who has another LinkedIn profile (linkedin.com/in/ines-m)',
      },
    ]);
    expect((await findPersonByEmail(db, 'ines@litware.example'))?.linkedinSlug).toBe('ines-m');
    expect(await findPersonBySlug(db, 'ines-moreau')).toBeUndefined();
  });

  it('matches a profile by the member id a chat showed, and keeps that id with its holder', async () => {
    const db = freshDatabase();
    const member = 'ACoAAExampleNoorHaddad0001';
    const noor = await addPerson(db, { name: 'Noor', linkedinMemberId: member }, NOW - DAY);
    await addPerson(db, { name: 'Someone', emails: ['someone@contoso.example'] }, NOW - DAY);
    const text = `Name,Email,Company,LinkedIn\nNoor Haddad,noor@fabrikam.example,Fabrikam,https://www.linkedin.com/in/${member}\nSomeone,someone@contoso.example,,${member}\n`;
    const preview = await planContactImport(db, 'x.csv', readContactFile('x.csv', text), NOW);
    // Someone's row carries Noor's member id: it matches Someone by address, the id stays Noor's.
    expect(preview.plan.people).toEqual({ new: 0, merged: 1, unchanged: 1 });
    expect(preview.notices).toEqual([
      {
        line: 3,
        message: `LinkedIn member ${member} stays with Noor, who has it already: Someone is imported without it (merge the two in Rapport if they are one person)`,
      },
    ]);
    await importPlan(db, preview.plan, NOW);
    expect(await db.people.get(noor.id)).toMatchObject({
      name: 'Noor',
      emails: ['noor@fabrikam.example'],
      company: 'Fabrikam',
      linkedinMemberId: member,
    });
    expect(
      (await findPersonByEmail(db, 'someone@contoso.example'))?.linkedinMemberId,
    ).toBeUndefined();
  });

  it('adds one person for two rows with one address, and matches people known by name only on a second import', async () => {
    const db = freshDatabase();
    const text =
      'Name,Email,Company\nAna Ruiz,ana@fabrikam.example,\nAna R.,ANA@fabrikam.example,Fabrikam\nKofi Okafor,,Tailspin\n';
    const first = await planContactImport(db, 'x.csv', readContactFile('x.csv', text), NOW);
    expect(first.plan.people).toEqual({ new: 2, merged: 1, unchanged: 0 });
    await importPlan(db, first.plan, NOW);
    expect(await findPersonByEmail(db, 'ana@fabrikam.example')).toMatchObject({
      name: 'Ana Ruiz',
      company: 'Fabrikam',
    });
    const second = await planContactImport(db, 'x.csv', readContactFile('x.csv', text), NOW);
    expect(second.plan.people).toEqual({ new: 0, merged: 0, unchanged: 3 });
  });

  it('gives the people it adds the mail Rapport kept for them, in the same write', async () => {
    const db = freshDatabase();
    await logSentEmail(
      db,
      {
        sendId: 's1',
        recipients: ['dana@acme.example'],
        subject: 'Following up',
        at: NOW - 5 * DAY,
      },
      NOW,
    );
    const { written } = await importFile(db, 'hubspot-contacts.csv');
    expect(written.attached).toBe(1);
    const dana = await findPersonByEmail(db, 'dana@acme.example');
    expect((await touchesFor(db, dana!.id)).map((t) => t.subject)).toEqual(['Following up']);
  });

  it('puts a connection on the calendar day LinkedIn gives, and refuses one in the future', async () => {
    expect(new Date(connectionTime('2023-02-24')).getDate()).toBe(24);
    const db = freshDatabase();
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,https://www.linkedin.com/in/ana-ruiz,,,,24 Dec 2026\n';
    const preview = await planContactImport(
      db,
      'Connections.csv',
      readContactFile('Connections.csv', text),
      NOW,
    );
    expect(preview.problems).toEqual([
      { line: 2, message: 'Connected On: 2026-12-24 is in the future' },
    ]);
    expect(preview.plan.people.new).toBe(1);
    expect(preview.plan.touches.new).toBe(0);
  });
});
