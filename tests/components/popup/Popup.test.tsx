import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { DatabaseContext } from '@/components/hooks/useDatabase';
import type { RapportDatabase } from '@/storage/db';
import { candidateDraftKey, loadDraft, NEW_DRAFT } from '@/storage/drafts';
import { notesFor } from '@/storage/notes';
import { addPerson, findPerson } from '@/storage/people';
import { loadSettings } from '@/storage/settings';
import { saveTabSignal } from '@/storage/tab-signals';
import type { PageSignal } from '@/utils/messages';
import { routeMessage } from '@/utils/background/router';
import { routerDeps } from '@/utils/background/router-deps';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '../../helpers/db';

const TAB = 5;

/** The real background router answers the popup, as the service worker would. */
function serveBackground(db: RapportDatabase) {
  const popupPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    routeMessage(
      message,
      popupPage,
      routerDeps(() => db),
    ),
  );
}

async function showPopup(db: RapportDatabase, signal?: PageSignal) {
  serveBackground(db);
  if (signal) {
    await saveTabSignal(TAB, { signal, url: 'https://www.linkedin.com/in/x/', at: 1 });
  }
  const ui = (
    <DatabaseContext.Provider value={db}>
      <Popup search={`?tabId=${TAB}`} />
    </DatabaseContext.Provider>
  );
  const view = render(ui);
  return { user: userEvent.setup(), ui, view };
}

const profile = (person: PageSignal['people'][number]): PageSignal => ({
  site: 'linkedin',
  view: 'profile',
  people: [person],
});

const noteField = () => screen.getByRole('textbox', { name: 'Note' });
const about = () => screen.findByRole('region', { name: 'About' });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Popup', () => {
  it('opens with the tab’s person chosen and the note field focused; Enter saves', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, {
      name: 'Alex Rivera',
      emails: ['alex@example.com'],
      company: 'Acme',
    });
    const { user } = await showPopup(db, {
      site: 'gmail',
      view: 'compose',
      people: [{ role: 'to', name: 'A. Rivera', email: 'ALEX@example.com' }],
    });
    expect(within(await about()).getByText('Alex Rivera')).toBeInTheDocument();
    await waitFor(() => expect(noteField()).toHaveFocus());

    await user.keyboard('Wants the pilot in Q1{Enter}');
    await screen.findByText('Saved to Alex Rivera.');
    const notes = await notesFor(db, alex.id);
    expect(notes.map((n) => [n.body, n.source, n.kind])).toEqual([
      ['Wants the pilot in Q1', 'popup', 'said'],
    ]);
  });

  it('offers to add the page’s person in one click when they are not in Rapport', async () => {
    const db = freshDatabase();
    const { user } = await showPopup(
      db,
      profile({
        role: 'profile',
        name: 'Sam Okafor',
        linkedinSlug: 'sam-okafor',
        company: 'Globex',
      }),
    );
    expect(await screen.findByText('On this page, not in Rapport yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add Sam Okafor to Rapport' }));

    await screen.findByRole('button', { name: 'Change person' });
    const sam = await findPerson(db, { linkedinSlug: 'sam-okafor' });
    expect(sam).toMatchObject({ name: 'Sam Okafor', company: 'Globex' });
  });

  it('adds the page’s person when a note about them is saved', async () => {
    const db = freshDatabase();
    const { user } = await showPopup(
      db,
      profile({ role: 'profile', name: 'Sam Okafor', linkedinSlug: 'sam-okafor' }),
    );
    await screen.findByText('On this page, not in Rapport yet');
    await waitFor(() => expect(noteField()).toHaveFocus());
    await user.keyboard('Met at SaaStr{Enter}');
    await screen.findByText('Saved to Sam Okafor.');
    await screen.findByRole('button', { name: 'Change person' });
    const sam = await findPerson(db, { linkedinSlug: 'sam-okafor' });
    expect((await notesFor(db, sam?.id ?? '')).map((n) => n.body)).toEqual(['Met at SaaStr']);
  });

  it('searches everyone, recent people first, when the tab shows nobody', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Old Contact' }, 1);
    await addPerson(db, { name: 'Riley Chen', emails: ['riley@example.com'] }, 2);
    await addPerson(db, { name: 'Rita Moreno' }, 3);
    const { user } = await showPopup(db);

    const search = await screen.findByRole('combobox', { name: 'Find a person' });
    await waitFor(() => expect(search).toHaveFocus());
    const recent = await screen.findByRole('listbox', { name: 'Recent people' });
    expect(
      within(recent)
        .getAllByRole('option')
        .map((b) => b.textContent),
    ).toEqual(['Rita Moreno', 'Riley Chen riley@example.com', 'Old Contact']);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAccessibleDescription(
      'Choose who this note is about first.',
    );

    await user.type(search, 'ril');
    const matches = await screen.findByRole('listbox', { name: 'Matching people' });
    await waitFor(() => expect(within(matches).getAllByRole('option')).toHaveLength(1));
    await user.click(within(matches).getByRole('option', { name: /Riley Chen/ }));
    expect(within(await about()).getByText('Riley Chen')).toBeInTheDocument();
    await waitFor(() => expect(noteField()).toHaveFocus());
  });

  it('makes a new person from what was typed', async () => {
    const db = freshDatabase();
    const { user } = await showPopup(db);
    await user.type(await screen.findByRole('combobox', { name: 'Find a person' }), 'Zed Quinn');
    await user.click(screen.getByRole('button', { name: 'New person “Zed Quinn”' }));
    await user.click(screen.getByRole('button', { name: 'Add Zed Quinn to Rapport' }));
    await screen.findByRole('button', { name: 'Change person' });
    expect((await db.people.toArray()).map((p) => p.name)).toEqual(['Zed Quinn']);
  });

  it('keeps text typed before choosing someone, and gives it to them', async () => {
    const db = freshDatabase();
    const riley = await addPerson(db, { name: 'Riley Chen' });
    const { user, view, ui } = await showPopup(db);
    await screen.findByRole('combobox', { name: 'Find a person' });
    await user.type(noteField(), 'Call went well');
    view.unmount();
    await waitFor(async () => expect((await loadDraft(NEW_DRAFT))?.body).toBe('Call went well'));

    render(ui);
    await waitFor(() => expect(noteField()).toHaveValue('Call went well'));
    await user.click(await screen.findByRole('option', { name: /Riley Chen/ }));
    await within(await about()).findByText('Riley Chen');
    expect(noteField()).toHaveValue('Call went well');
    expect((await loadDraft(riley.id))?.body).toBe('Call went well');
  });

  it('shows hostile names as text, whole, in a layout-safe line', async () => {
    const db = freshDatabase();
    const name = `<img src=x onerror="window.pwned=1">${'W'.repeat(150)}`;
    await addPerson(db, { name, emails: ['h@example.com'] });
    await showPopup(db, {
      site: 'gmail',
      view: 'thread',
      people: [{ role: 'from', email: 'h@example.com' }],
    });
    const shown = within(await about()).getByText(name);
    expect(shown).toHaveClass('person-name');
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps naming who a note was saved to after the rep chooses someone else, without offering undo there', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Riley Chen' });
    const alex = await addPerson(db, { name: 'Alex Rivera', emails: ['alex@example.com'] });
    const { user } = await showPopup(db, {
      site: 'gmail',
      view: 'compose',
      people: [{ role: 'to', email: 'alex@example.com' }],
    });
    await within(await about()).findByText('Alex Rivera');
    await waitFor(() => expect(noteField()).toHaveFocus());
    await user.keyboard('Wants the pilot in Q1{Enter}');
    await screen.findByText('Saved to Alex Rivera.');

    await user.click(screen.getByRole('button', { name: 'Change person' }));
    await user.click(await screen.findByRole('option', { name: /Riley Chen/ }));
    await within(await about()).findByText('Riley Chen');
    expect(screen.getByText('Saved to Alex Rivera.')).toBeInTheDocument();
    expect(screen.queryByText('Saved to Riley Chen.')).toBeNull();
    // Undo would put Alex's words in a box about Riley: it is offered only for Alex.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(noteField()).toHaveValue('');
    expect(await notesFor(db, alex.id)).toHaveLength(1);
  });

  it('keeps a draft for someone on the page to them alone, and gives it to them when added', async () => {
    const db = freshDatabase();
    const sam = profile({ role: 'profile', name: 'Sam Okafor', linkedinSlug: 'sam-okafor' });
    const kim = profile({ role: 'profile', name: 'Kim Lee', linkedinSlug: 'kim-lee' });
    const first = await showPopup(db, sam);
    await within(await about()).findByText('Sam Okafor');
    await first.user.type(noteField(), 'Moving to Oslo');
    await waitFor(async () =>
      expect((await loadDraft(candidateDraftKey({ linkedinSlug: 'sam-okafor' })))?.body).toBe(
        'Moving to Oslo',
      ),
    );
    first.view.unmount();

    const second = await showPopup(db, kim);
    await within(await about()).findByText('Kim Lee');
    expect(noteField()).toHaveValue('');
    second.view.unmount();

    const third = await showPopup(db, sam);
    await waitFor(() => expect(noteField()).toHaveValue('Moving to Oslo'));
    await third.user.click(screen.getByRole('button', { name: 'Add Sam Okafor to Rapport' }));
    await screen.findByRole('button', { name: 'Change person' });
    expect(noteField()).toHaveValue('Moving to Oslo');
    const added = await findPerson(db, { linkedinSlug: 'sam-okafor' });
    expect((await loadDraft(added?.id ?? ''))?.body).toBe('Moving to Oslo');
  });

  it('exports a JSON backup or a CSV from the menu, and records when a backup was made', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Alex Rivera' });
    const createObjectURL = vi.fn(() => 'blob:backup');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { user } = await showPopup(db);
    const menu = screen.getByRole('button', { name: 'Menu' });
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    await user.click(menu);
    await user.click(screen.getByRole('button', { name: 'Export backup (JSON)' }));
    await screen.findByText('Backup downloaded.');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const exportedAt = (await loadSettings()).lastExportAt;
    expect(exportedAt).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Export people and notes (CSV)' }));
    await screen.findByText('CSV downloaded.');
    expect(createObjectURL).toHaveBeenCalledTimes(2);
    // A CSV is not a backup: the 30-day reminder still counts from the JSON export.
    expect((await loadSettings()).lastExportAt).toBe(exportedAt);
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();
  });

  it('asks the background to open the side panel for its tab', async () => {
    const db = freshDatabase();
    const open = vi.fn(async () => undefined);
    const setOptions = vi.fn(async () => undefined);
    vi.stubGlobal('chrome', { sidePanel: { open, setOptions } });
    const close = vi.fn();
    vi.stubGlobal('close', close);
    const { user } = await showPopup(db);
    await user.click(screen.getByRole('button', { name: 'Open side panel' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(open).toHaveBeenCalledWith({ tabId: TAB });
    expect(setOptions).toHaveBeenCalledWith(expect.objectContaining({ tabId: TAB }));
  });

  it('says so, and stays open, when the side panel does not open', async () => {
    const db = freshDatabase();
    vi.stubGlobal('chrome', {
      sidePanel: {
        open: vi.fn(async () => {
          throw new Error('sidePanel.open() may only be called in response to a user gesture.');
        }),
        setOptions: vi.fn(async () => undefined),
      },
    });
    const close = vi.fn();
    vi.stubGlobal('close', close);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = await showPopup(db);
    await user.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The side panel did not open: sidePanel.open() may only be called in response to a user gesture.',
    );
    expect(close).not.toHaveBeenCalled();
  });
});
