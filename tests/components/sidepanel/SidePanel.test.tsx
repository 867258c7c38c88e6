import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { addNote, notesFor } from '@/storage/notes';
import { addPerson, findPersonByEmail } from '@/storage/people';
import { saveTabSignal } from '@/storage/tab-signals';
import { logTouch } from '@/storage/touches';
import type { PageSignal } from '@/utils/messages';
import { freshDatabase } from '../../helpers/db';
import { renderWithDatabase } from '../../helpers/render';

const DAY = 86_400_000;
const TAB = '?tabId=5';

async function showSignal(signal: PageSignal | null) {
  await saveTabSignal(5, {
    signal,
    url: 'https://mail.google.com/mail/u/0/#inbox',
    at: Date.now(),
  });
}

const compose = (people: PageSignal['people']): PageSignal => ({
  site: 'gmail',
  view: 'compose',
  people,
  draft: { subject: 'Hello', body: 'Hi there' },
  mailboxOwner: 'rep@example.com',
});

describe('the side panel', () => {
  it('with nobody in focus, shows Today, then recent people, and finds one by name', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Maya Lindqvist', company: 'Northwind' });
    await addPerson(db, { name: 'Tomás Herrera' });
    await showSignal(null);
    renderWithDatabase(db, <SidePanel search={TAB} />);
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(
      await screen.findByText('Nothing due: every promise kept, every reply sent.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'People' })).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: /^Show Maya Lindqvist/ })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Find a person'), 'tom');
    await waitFor(() =>
      expect(
        screen.queryByRole('option', { name: /^Show Maya Lindqvist/ }),
      ).not.toBeInTheDocument(),
    );
    await userEvent.click(screen.getByRole('option', { name: 'Show Tomás Herrera' }));
    expect(await screen.findByRole('heading', { name: 'Tomás Herrera' })).toBeInTheDocument();
  });

  it('offers to add an unknown recipient, with the detected fields editable', async () => {
    const db = freshDatabase();
    await showSignal(
      compose([{ role: 'to', email: 'jordan@fabrikam.example', name: 'Jordan Blake' }]),
    );
    renderWithDatabase(db, <SidePanel search={TAB} />);
    expect(await screen.findByRole('heading', { name: 'New to Rapport' })).toBeInTheDocument();
    expect(screen.getByText('jordan@fabrikam.example')).toBeInTheDocument();
    const name = screen.getByLabelText('Name');
    expect(name).toHaveValue('Jordan Blake');
    await userEvent.clear(name);
    await userEvent.type(name, 'Jordan B. Blake');
    await userEvent.type(screen.getByLabelText('Company'), 'Fabrikam');
    await userEvent.click(screen.getByRole('button', { name: 'Add to Rapport' }));
    expect(await screen.findByRole('heading', { name: 'Jordan B. Blake' })).toBeInTheDocument();
    expect(await findPersonByEmail(db, 'jordan@fabrikam.example')).toMatchObject({
      company: 'Fabrikam',
    });
  });

  it('links an unknown address to someone already in Rapport', async () => {
    const db = freshDatabase();
    const maya = await addPerson(db, { name: 'Maya Lindqvist', linkedinSlug: 'maya-l' });
    await showSignal(compose([{ role: 'to', email: 'maya@northwind.example' }]));
    renderWithDatabase(db, <SidePanel search={TAB} />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'This is someone I already have' }),
    );
    await userEvent.type(screen.getByLabelText('Who is this?'), 'may');
    await userEvent.click(await screen.findByRole('option', { name: /^Link to Maya Lindqvist/ }));
    expect(await screen.findByRole('heading', { name: 'Maya Lindqvist' })).toBeInTheDocument();
    expect((await db.people.get(maya.id))?.emails).toEqual(['maya@northwind.example']);
  });

  it('shows a known person: overdue promise first, then the coach, pinned notes, what they said, the timeline', async () => {
    const db = freshDatabase();
    const now = Date.now();
    const maya = await addPerson(db, {
      name: 'Maya Lindqvist',
      emails: ['maya@northwind.example'],
      company: 'Northwind',
      title: 'Head of Ops',
      timeZone: 'Europe/Stockholm',
    });
    await addNote(
      db,
      {
        personId: maya.id,
        body: 'Send the cross-dock case study',
        kind: 'promise',
        dueAt: now - 2 * DAY,
      },
      now - 5 * DAY,
    );
    await addNote(
      db,
      { personId: maya.id, body: 'Lost two accounts to Q3 delays', kind: 'said', pinned: true },
      now - 6 * DAY,
    );
    await addNote(
      db,
      { personId: maya.id, body: 'Prefers short emails', kind: 'preference' },
      now - 4 * DAY,
    );
    await addNote(
      db,
      { personId: maya.id, body: 'Sister’s wedding in Porto', kind: 'personal', oneOff: true },
      now - 3 * DAY,
    );
    await logTouch(db, {
      personId: maya.id,
      channel: 'call',
      direction: 'out',
      at: now - DAY,
      summary: 'Discovery call',
    });
    await showSignal(compose([{ role: 'to', email: 'maya@northwind.example' }]));
    renderWithDatabase(db, <SidePanel search={TAB} />);

    expect(await screen.findByRole('heading', { name: 'Maya Lindqvist' })).toBeInTheDocument();
    expect(screen.getByText('Head of Ops · Northwind')).toBeInTheDocument();
    expect(screen.getByText(/Their time: .* in Stockholm/)).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.slice(0, 4)).toEqual(['You promised', 'Coach', 'Pinned', 'What they told you']);
    const promises = within(screen.getByRole('region', { name: 'You promised' }));
    expect(promises.getByText('Overdue')).toBeInTheDocument();
    expect(promises.getByText('Send the cross-dock case study')).toBeInTheDocument();
    const told = within(screen.getByRole('region', { name: 'What they told you' }));
    expect(told.getByText('One-off')).toBeInTheDocument();
    const timeline = within(screen.getByRole('region', { name: 'Timeline' }));
    expect(timeline.getByText('Discovery call')).toBeInTheDocument();
    await userEvent.selectOptions(timeline.getByLabelText('Show in timeline'), 'Calls');
    expect(timeline.queryByText('Prefers short emails')).not.toBeInTheDocument();
    expect(timeline.getByText('Discovery call')).toBeInTheDocument();
  });

  it('marks a promise done, and deletes a note with undo', async () => {
    const db = freshDatabase();
    const maya = await addPerson(db, { name: 'Maya', emails: ['maya@northwind.example'] });
    await addNote(db, {
      personId: maya.id,
      body: 'Send pricing',
      kind: 'promise',
      dueAt: Date.now() + DAY,
    });
    await addNote(db, { personId: maya.id, body: 'Uses Excel today', kind: 'said' });
    await showSignal(compose([{ role: 'to', email: 'maya@northwind.example' }]));
    renderWithDatabase(db, <SidePanel search={TAB} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Mark done: Send pricing' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'You promised' })).not.toBeInTheDocument(),
    );
    expect((await notesFor(db, maya.id)).find((n) => n.kind === 'promise')?.doneAt).toBeGreaterThan(
      0,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete note: Uses Excel today' }));
    expect(await screen.findByText('Note deleted.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Uses Excel today')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    const told = within(screen.getByRole('region', { name: 'What they told you' }));
    expect(await told.findByText('Uses Excel today')).toBeInTheDocument();
  });

  it('switches between several people in one compose, starting on the first To recipient', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Maya', emails: ['maya@northwind.example'] });
    await addPerson(db, { name: 'Tomás', emails: ['tomas@brightline.example'] });
    await showSignal(
      compose([
        { role: 'to', email: 'maya@northwind.example', name: 'Maya' },
        { role: 'cc', email: 'tomas@brightline.example', name: 'Tomás' },
      ]),
    );
    renderWithDatabase(db, <SidePanel search={TAB} />);
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['To Maya', 'Cc Tomás']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'Maya' })).toBeInTheDocument();
    await userEvent.click(tabs[1]!);
    expect(await screen.findByRole('heading', { name: 'Tomás' })).toBeInTheDocument();
  });

  it('renders hostile names and notes as text, folding very long ones', async () => {
    const db = freshDatabase();
    const name = '<img src=x onerror="window.__pwned=1">\u202Eevil 🦄';
    const p = await addPerson(db, {
      name,
      emails: ['h@example.com'],
      company: '<b>Bold</b> \u202Eoc',
    });
    const long = `<script>window.__pwned=1</script>${'long '.repeat(20_000)}`;
    await addNote(db, { personId: p.id, body: long });
    await addNote(db, { personId: p.id, body: 'Loves 🏔️ hiking 👩‍👩‍👧 \u202Edrawkcab' });
    await showSignal(compose([{ role: 'to', email: 'h@example.com' }]));
    const { container } = renderWithDatabase(db, <SidePanel search={TAB} />);

    const heading = await screen.findByRole('heading', { name });
    expect(heading).toHaveTextContent(name);
    expect(heading).toHaveAttribute('dir', 'auto');
    expect(screen.getByText('<b>Bold</b> \u202Eoc')).toBeInTheDocument();
    expect(container.querySelector('img, script, b')).toBeNull();
    const told = within(screen.getByRole('region', { name: 'What they told you' }));
    const emoji = told.getByText('Loves 🏔️ hiking 👩‍👩‍👧 \u202Edrawkcab');
    expect(emoji).toHaveAttribute('dir', 'auto');

    // 100,000 characters, folded: the start shows as text, the rest behind "Show more".
    expect(long.length).toBeGreaterThanOrEqual(100_000);
    const more = told.getByRole('button', { name: /^Show more/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const folded = told.getByText(/^<script>window.__pwned=1<\/script>long/);
    expect(folded.textContent!.length).toBeLessThan(1_000);
    await userEvent.click(more);
    expect(told.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(told.getByText(/^<script>window.__pwned=1<\/script>long/).textContent).toBe(long);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('puts an overdue promise first, before later promises and everything else', async () => {
    const db = freshDatabase();
    const now = Date.now();
    const maya = await addPerson(db, { name: 'Maya', emails: ['maya@northwind.example'] });
    await addNote(db, {
      personId: maya.id,
      body: 'Intro to Contoso Freight',
      kind: 'promise',
      dueAt: now + 3 * DAY,
    });
    await addNote(db, {
      personId: maya.id,
      body: 'Send the case study',
      kind: 'promise',
      dueAt: now - DAY,
    });
    await addNote(db, { personId: maya.id, body: 'Prefers short emails', kind: 'preference' });
    await showSignal(compose([{ role: 'to', email: 'maya@northwind.example' }]));
    renderWithDatabase(db, <SidePanel search={TAB} />);

    const promised = await screen.findByRole('region', { name: 'You promised' });
    const sections = screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'));
    expect(sections[0]).toBe(promised.getAttribute('aria-labelledby'));
    const items = within(promised).getAllByRole('listitem');
    expect(items.map((li) => within(li).queryByText('Overdue') !== null)).toEqual([true, false]);
    expect(items[0]).toHaveTextContent('Send the case study');
    expect(items[1]).toHaveTextContent('Intro to Contoso Freight');
    expect(
      within(screen.getByRole('group', { name: 'Send timing' })).getByText(/Send the case study/),
    ).toBeInTheDocument();
  });

  it('coaches the draft being written: every checklist item with its verdict and evidence, then the style figures', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Maya', emails: ['maya@northwind.example'], consent: 'granted' });
    await saveTabSignal(5, {
      signal: {
        ...compose([{ role: 'to', email: 'maya@northwind.example' }]),
        draft: { subject: 'Checking in', body: 'Hi Maya, just checking in. Let me know!' },
      },
      url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
      at: Date.now(),
    });
    renderWithDatabase(db, <SidePanel search={TAB} />);
    // The checklist's chunk (the language libraries) loads after the context, as in the
    // panel; the first load in a test file transforms it, which is slow on a busy machine.
    const checklist = await screen.findByRole(
      'list',
      { name: 'Draft checklist' },
      { timeout: 15_000 },
    );
    const items = within(checklist).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    const item = (label: string) => items.find((li) => li.textContent?.includes(label));
    expect(item('Offers them something of value')).toHaveTextContent(
      'Offers them something of value: No',
    );
    // Verdicts about what the draft lacks say what was looked for.
    expect(item('Offers them something of value')).toHaveTextContent(
      '“Hi Maya, just checking in.” only asks for attention again',
    );
    expect(item('One clear next step')).toHaveTextContent(
      '“Let me know!” asks for a reply but names no step',
    );
    expect(item('Uses what they told you')).toHaveTextContent(
      'looked for: notes on this person; there are none',
    );

    const style = screen.getByRole('region', { name: 'Style' });
    const figure = (term: string) => within(style).getByText(term).parentElement;
    expect(figure('Length')).toHaveTextContent('8 words · 2 s to read');
    expect(figure('Length')).toHaveTextContent('answered most: 50–125 words');
    expect(figure('Questions')).toHaveTextContent('0answered most: 1–3');
    expect(figure('Subject')).toHaveTextContent('2 wordsanswered most: 3–4 words');
    expect(figure('On a phone')).toHaveTextContent(
      'Checking in Hi Maya, just checking in. Let me know!',
    );
  }, 20_000);

  it('follows the tab: a new signal shows the new person', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Maya', linkedinSlug: 'maya-l' });
    await addPerson(db, { name: 'Tomás', linkedinSlug: 'tomas-h' });
    const profile = (slug: string): PageSignal => ({
      site: 'linkedin',
      view: 'profile',
      people: [{ role: 'profile', linkedinSlug: slug }],
    });
    await showSignal(profile('maya-l'));
    renderWithDatabase(db, <SidePanel search={TAB} />);
    expect(await screen.findByRole('heading', { name: 'Maya' })).toBeInTheDocument();
    await showSignal(profile('tomas-h'));
    expect(await screen.findByRole('heading', { name: 'Tomás' })).toBeInTheDocument();
  });
});
