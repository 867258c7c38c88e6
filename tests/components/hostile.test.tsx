import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DatabaseContext } from '@/components/hooks/useDatabase';
import { OptionsPage } from '@/components/options/OptionsPage';
import { Popup } from '@/components/popup/Popup';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import type { RapportDatabase } from '@/storage/db';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { MAX_NOTE_LENGTH } from '@/storage/schema';
import { MAX_NAME_LENGTH } from '@/utils/domain/person';
import { saveTabSignal } from '@/storage/tab-signals';
import type { PageSignal } from '@/utils/messages';
import { TEXT_LIMITS } from '@/utils/text-limits';
import { cleanText } from '@/utils/sites/text';
import { HOSTILE, HOSTILE_SHORT, pwned } from '../fixtures/hostile';
import { freshDatabase } from '../helpers/db';

/**
 * Every screen with hostile people and notes: the strings show as text, and nothing in
 * them becomes markup. happy-dom runs no inline handlers, so the decisive checks here are
 * structural (no element, handler or script-bearing link came from the data); the real
 * browser test (tests/e2e/security.test.ts) checks that no payload runs.
 */

const TAB = 7;
const SLUG = 'hostile-person';

// Elements none of Rapport's screens render: any of them in the page came from data.
const FOREIGN =
  'script, iframe, object, embed, img, video, audio, source, base, meta, math, details, form[action], link, style';

function expectInert(root: ParentNode = document.body) {
  expect(root.querySelectorAll(FOREIGN)).toHaveLength(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), attr).toBe(false);
    const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
  expect(pwned()).toBe(false);
}

const storedName = (value: string) => value.trim().slice(0, MAX_NAME_LENGTH).trim() || 'Blank';
const hasBody = (value: string) => value.trim() !== '' && value.length <= MAX_NOTE_LENGTH;

function renderIn(db: RapportDatabase, ui: React.ReactElement) {
  return render(<DatabaseContext.Provider value={db}>{ui}</DatabaseContext.Provider>);
}

async function showProfile(name: string | undefined) {
  const signal: PageSignal = {
    site: 'linkedin',
    view: 'profile',
    people: [{ role: 'profile', linkedinSlug: SLUG, ...(name ? { name } : {}) }],
  };
  await saveTabSignal(TAB, { signal, url: `https://www.linkedin.com/in/${SLUG}/`, at: 1 });
}

async function personWith(db: RapportDatabase, value: string) {
  const person = await addPerson(db, {
    name: storedName(value),
    linkedinSlug: SLUG,
    company: value.trim().slice(0, 200) || undefined,
    title: value.trim().slice(0, 500) || undefined,
    tags: [value.trim().slice(0, 100) || 'tag'],
  });
  if (hasBody(value)) {
    await addNote(db, { personId: person.id, body: value, kind: 'said' }, 1);
    await addNote(db, { personId: person.id, body: value, kind: 'promise', dueAt: 2 }, 2);
  }
  return person;
}

describe.each(HOSTILE_SHORT)('the side panel with a hostile string: $label', ({ value }) => {
  it('shows a stored person’s name, company and notes as text', async () => {
    const db = freshDatabase();
    await personWith(db, value);
    await showProfile('Someone');
    renderIn(db, <SidePanel search={`?tabId=${TAB}`} />);
    // The person's own header, once the panel has resolved them (a stored person, not "New").
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(storedName(value)),
    );
    if (hasBody(value)) {
      const shown = value.slice(0, 300);
      await waitFor(() => expect(document.body.textContent).toContain(shown));
    }
    expectInert();
  });

  it('shows a detected name of someone new as the field’s text', async () => {
    const db = freshDatabase();
    // As the content script would send it: cleaned by detection.
    const name = cleanText(value, TEXT_LIMITS.name);
    await showProfile(name);
    renderIn(db, <SidePanel search={`?tabId=${TAB}`} />);
    await screen.findByRole('heading', { name: 'New to Rapport' });
    // With no readable name, the panel suggests the profile's slug.
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe(name ?? SLUG);
    expectInert();
  });
});

describe('the side panel with the largest hostile notes', () => {
  it.each(HOSTILE.filter((h) => h.value.length >= 2000))(
    '$label: folded, shown as text',
    async ({ value }) => {
      const db = freshDatabase();
      const person = await addPerson(db, { name: 'Maya Lindqvist', linkedinSlug: SLUG });
      await addNote(db, { personId: person.id, body: value.slice(0, MAX_NOTE_LENGTH) }, 1);
      await showProfile('Maya Lindqvist');
      renderIn(db, <SidePanel search={`?tabId=${TAB}`} />);
      await screen.findAllByRole('button', { name: /Show more/ });
      expect(document.body.textContent).toContain(value.slice(0, 200));
      expectInert();
    },
  );
});

describe('the popup with hostile people', () => {
  it('shows each stored person and each page candidate as text', async () => {
    for (const { value } of HOSTILE_SHORT) {
      const db = freshDatabase();
      const name = storedName(value);
      await personWith(db, value);
      await showProfile(name);
      const view = renderIn(db, <Popup search={`?tabId=${TAB}`} />);
      const about = await screen.findByRole('region', { name: 'About' });
      expect(about.textContent).toContain(name);
      expectInert();
      view.unmount();
      cleanup();

      const empty = freshDatabase();
      renderIn(empty, <Popup search={`?tabId=${TAB}`} />);
      const candidate = await screen.findByRole('region', { name: 'About' });
      expect(within(candidate).getByRole('button', { name: /^Add / }).textContent).toBe(
        `Add ${name} to Rapport`,
      );
      expectInert();
      cleanup();
    }
  }, 120_000);
});

// The options page renders everyone in its person list: slow on a loaded machine.
describe('the options page with hostile data', { timeout: 20_000 }, () => {
  it('previews a backup of hostile people and imports it, as text', async () => {
    const source = freshDatabase();
    for (const { value } of HOSTILE) {
      const person = await addPerson(source, { name: storedName(value) });
      if (hasBody(value)) await addNote(source, { personId: person.id, body: value });
    }
    const { exportBackup } = await import('@/storage/backup');
    const backup = await exportBackup(source);

    const db = freshDatabase();
    renderIn(db, <OptionsPage />);
    const user = userEvent.setup();
    const file = new File([JSON.stringify(backup)], '<img src=x onerror="window.__pwned=1">.json', {
      type: 'application/json',
    });
    await user.upload(await screen.findByLabelText('Import a Rapport backup'), file);
    expect(await screen.findByText(/<img src=x onerror/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported:/);
    expect(await db.people.count()).toBe(HOSTILE.length);
    expectInert();
  });

  it('lists the problems of a hostile file as text, naming the hostile values', async () => {
    const db = freshDatabase();
    renderIn(db, <OptionsPage />);
    const user = userEvent.setup();
    const payload = '<img src=x onerror="window.__pwned=1">';
    const file = new File(
      [
        JSON.stringify({
          format: 'rapport-backup',
          version: 1,
          people: [],
          notes: [
            {
              id: 'n1',
              personId: payload,
              body: 'x',
              kind: 'said',
              oneOff: false,
              pinned: false,
              source: 'import',
              createdAt: 1,
              updatedAt: 1,
            },
          ],
        }),
      ],
      'backup.json',
      { type: 'application/json' },
    );
    await user.upload(await screen.findByLabelText('Import a Rapport backup'), file);
    const problems = await screen.findByRole('list', { name: 'Problems in the file' });
    expect(problems.textContent).toContain(payload);
    expect(await db.notes.count()).toBe(0);
    expectInert();
  });
});
