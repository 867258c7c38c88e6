import { describe, expect, it } from 'vitest';
import { addPerson } from '@/storage/people';
import { notesFor } from '@/storage/notes';
import { saveTabSignal } from '@/storage/tab-signals';
import { menuTitle, saveSelection } from '@/utils/background/context-menu';
import type { PageSignal } from '@/utils/messages';
import { freshDatabase } from '../../helpers/db';

const PROFILE = 'https://www.linkedin.com/in/sam-okafor/';

async function withSignal(tabId: number, signal: PageSignal | null) {
  await saveTabSignal(tabId, { signal, url: PROFILE, at: 1 });
}

const samOnScreen: PageSignal = {
  site: 'linkedin',
  view: 'profile',
  people: [{ role: 'profile', name: 'Sam Okafor', linkedinSlug: 'sam-okafor' }],
};

describe('context menu', () => {
  it('titles the item with the person in focus', async () => {
    const db = freshDatabase();
    const sam = await addPerson(db, { name: 'Sam Okafor', linkedinSlug: 'sam-okafor' });
    const page = samOnScreen.people[0]!;
    expect(menuTitle({ page, person: sam })).toBe('Save to Rapport as a note about Sam Okafor');
    expect(menuTitle({ page })).toBe(
      'Save to Rapport as a note about Sam Okafor (not in Rapport yet)',
    );
    expect(menuTitle(null)).toBe('Save to Rapport as a note (nobody in focus)');
    expect(menuTitle({ page: { role: 'to', name: 'N'.repeat(300) } }).length).toBeLessThan(120);
  });

  it('stores the selection as a said note about the known person in focus', async () => {
    const db = freshDatabase();
    const sam = await addPerson(db, { name: 'Sam Okafor', linkedinSlug: 'sam-okafor' });
    await withSignal(7, samOnScreen);
    const result = await saveSelection(db, 7, 'Hiring 3 SDRs in Q2 <b>', PROFILE);
    expect(result.saved).toBe(true);
    const [note] = await notesFor(db, sam.id);
    expect(note).toMatchObject({
      body: 'Hiring 3 SDRs in Q2 <b>',
      kind: 'said',
      source: 'linkedin',
    });
  });

  it('creates nothing when nobody known is in focus, and says why', async () => {
    const db = freshDatabase();
    await withSignal(7, samOnScreen);
    expect(await saveSelection(db, 7, 'Text', PROFILE)).toEqual({
      saved: false,
      reason: 'Sam Okafor is not in Rapport yet: add them from the Rapport button first.',
    });
    await withSignal(8, null);
    expect(await saveSelection(db, 8, 'Text', PROFILE)).toMatchObject({ saved: false });
    expect(await saveSelection(db, 9, '   ', PROFILE)).toMatchObject({ saved: false });
    expect(await db.people.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });
});
