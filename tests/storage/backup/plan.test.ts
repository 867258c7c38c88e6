import { describe, expect, it } from 'vitest';
import { importBackup, planImport } from '@/storage/backup';
import type { Consent } from '@/utils/domain/person';
import { freshDatabase } from '../../helpers/db';

const fileWith = (id: string, consent: Consent, updatedAt: number) => ({
  format: 'rapport-backup',
  version: 1,
  people: [
    {
      id,
      name: 'Robin Vale',
      emails: ['robin@example.com'],
      consent,
      tags: [],
      createdAt: 1,
      updatedAt,
    },
  ],
});

/** The consent a stored person ends with after a newer file record of them is imported. */
async function consentAfterImport(stored: Consent, incoming: Consent) {
  const db = freshDatabase();
  await importBackup(db, fileWith('stored', stored, 1));
  const newer = fileWith('from-file', incoming, 5);
  const plan = await planImport(db, newer);
  // A record the plan leaves unchanged is not among its writes: it keeps what is stored.
  const planned = (
    plan.writes?.people.find((p) => p.id === 'stored') ?? (await db.people.get('stored'))
  )?.consent;
  await importBackup(db, newer);
  const people = await db.people.toArray();
  expect(people.map((p) => p.id)).toEqual(['stored']);
  return { planned, written: people[0]?.consent };
}

describe('planImport: consent', () => {
  it('keeps a decline when a newer file record, matched by address, says granted', async () => {
    expect(await consentAfterImport('declined', 'granted')).toEqual({
      planned: 'declined',
      written: 'declined',
    });
  });

  it('takes a decline from the file over a stored grant', async () => {
    expect(await consentAfterImport('granted', 'declined')).toEqual({
      planned: 'declined',
      written: 'declined',
    });
  });
});
