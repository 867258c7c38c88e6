import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadPanel } from '@/components/sidepanel/preload';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { database } from '@/storage/db';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { saveTabSignal } from '@/storage/tab-signals';
import { renderWithDatabase } from '../../helpers/render';

// The side panel's entry reads the tab's signal, the person in focus and their context
// before React mounts (preloadPanel), on the one database every page shares.
describe('the side panel’s first render', () => {
  it('shows the person in focus and what they said at once, when the reads were done before it mounted', async () => {
    const db = database();
    const maya = await addPerson(db, { name: 'Maya Lindqvist', linkedinSlug: 'maya-first' });
    await addNote(db, { personId: maya.id, body: 'Prefers a call on Tuesdays.', kind: 'said' });
    await saveTabSignal(9, {
      signal: {
        site: 'linkedin',
        view: 'profile',
        people: [{ role: 'profile', linkedinSlug: 'maya-first' }],
      },
      url: 'https://www.linkedin.com/in/maya-first/',
      at: Date.now(),
    });
    await preloadPanel('?tabId=9');

    renderWithDatabase(db, <SidePanel search="?tabId=9" />);

    // No await: what the first render committed, before any effect's read could answer.
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Maya Lindqvist' })).toBeInTheDocument();
    const told = screen.getByRole('region', { name: 'What they told you' });
    expect(within(told).getByText('Prefers a call on Tuesdays.')).toBeInTheDocument();
    // The hooks' own live reads answer next, and have the last word: the same person.
    await act(() => new Promise((settled) => setTimeout(settled, 200)));
    expect(screen.getByRole('heading', { name: 'Maya Lindqvist' })).toBeInTheDocument();
    expect(within(told).getByText('Prefers a call on Tuesdays.')).toBeInTheDocument();
  });
});
