import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { saveTabSignal } from '@/storage/tab-signals';
import { logTouch } from '@/storage/touches';
import type { PagePerson, PageSignal } from '@/utils/messages';
import { freshDatabase } from '../../helpers/db';
import { renderWithDatabase } from '../../helpers/render';

const TAB = '?tabId=9';

// Each flow types into many fields: generous time on a shared, busy machine.
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

async function show(signal: PageSignal | null) {
  await saveTabSignal(9, { signal, url: 'https://mail.google.com/mail/u/0/#inbox', at: 1 });
}

const compose = (people: PagePerson[]): PageSignal => ({
  site: 'gmail',
  view: 'compose',
  people,
  draft: { subject: 'Hello', body: 'Hi there' },
});

const profile = (person: Omit<PagePerson, 'role'>): PageSignal => ({
  site: 'linkedin',
  view: 'profile',
  people: [{ role: 'profile', ...person }],
});

async function mayaInFocus() {
  const db = freshDatabase();
  const maya = await addPerson(db, {
    name: 'Maya Lindqvist',
    emails: ['maya@northwind.example', 'maya.old@northwind.example'],
    company: 'Northwind',
  });
  await show(compose([{ role: 'to', email: 'maya@northwind.example' }]));
  renderWithDatabase(db, <SidePanel search={TAB} />);
  await screen.findByRole('heading', { name: 'Maya Lindqvist' });
  return { db, maya, user: userEvent.setup() };
}

/** Types a new title into the open editor and saves it, then waits for the editor to close. */
async function saveTitle(
  user: ReturnType<typeof userEvent.setup>,
  form: HTMLElement,
  title: string,
) {
  await user.clear(within(form).getByLabelText('Title'));
  await user.type(within(form).getByLabelText('Title'), title);
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(form).not.toBeInTheDocument());
}

describe('editing a person from the panel', () => {
  it('changes every field, suggests a time zone from the location, and shows their local time', async () => {
    const { db, maya, user } = await mayaInFocus();
    await user.click(screen.getByRole('button', { name: 'Edit Maya Lindqvist' }));
    const form = await screen.findByRole('form', { name: 'Edit Maya Lindqvist' });
    const field = (name: string) => within(form).getByLabelText(name);

    await user.clear(field('Name'));
    await user.type(field('Name'), 'Maya K. Lindqvist');
    await user.click(
      within(form).getByRole('button', { name: 'Remove maya.old@northwind.example' }),
    );
    await user.type(field('Add an address'), 'Maya.L@Northwind-Logistics.example');
    await user.click(within(form).getByRole('button', { name: 'Add' }));
    await user.type(field('LinkedIn profile'), 'https://www.linkedin.com/in/maya-lindqvist/');
    await user.clear(field('Company'));
    await user.type(field('Company'), 'Northwind Logistics');
    await user.type(field('Title'), 'Head of Operations');
    await user.type(field('Location'), 'Stockholm, Sweden');
    await user.click(await within(form).findByRole('button', { name: 'Use Europe/Stockholm' }));
    expect(field('Time zone')).toHaveValue('Europe/Stockholm');
    expect(within(form).getByText(/^Their time now: .* in Stockholm\.$/)).toBeInTheDocument();
    await user.type(field('Tags'), 'pilot, q3');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    const name = await screen.findByRole('heading', { name: 'Maya K. Lindqvist' });
    const header = name.closest('header')!;
    expect(
      within(header).getByText('Head of Operations · Northwind Logistics'),
    ).toBeInTheDocument();
    expect(
      within(header).getByText(/^Stockholm, Sweden · Their time: .* in Stockholm$/),
    ).toBeInTheDocument();
    expect(within(header).getByText('pilot')).toBeInTheDocument();
    expect(await db.people.get(maya.id)).toMatchObject({
      name: 'Maya K. Lindqvist',
      emails: ['maya@northwind.example', 'maya.l@northwind-logistics.example'],
      linkedinSlug: 'maya-lindqvist',
      company: 'Northwind Logistics',
      title: 'Head of Operations',
      location: 'Stockholm, Sweden',
      timeZone: 'Europe/Stockholm',
      tags: ['pilot', 'q3'],
    });
  });

  it('refuses an address that is someone else’s, names them, and offers the merge', async () => {
    const { db, user } = await mayaInFocus();
    await addPerson(db, { name: 'Maya L. (LinkedIn)', emails: ['ml@northwind.example'] });
    await user.click(screen.getByRole('button', { name: 'Edit Maya Lindqvist' }));
    const form = await screen.findByRole('form', { name: 'Edit Maya Lindqvist' });
    await user.type(within(form).getByLabelText('Add an address'), 'ml@northwind.example');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('ml@northwind.example already belongs to Maya L. (LinkedIn).');
    await user.click(within(alert).getByRole('button', { name: 'Merge with Maya L. (LinkedIn)…' }));
    expect(
      await screen.findByRole('heading', { name: 'Merge two people into one' }),
    ).toBeInTheDocument();
  });

  it('keeps the LinkedIn member id with its profile, and forgets it when the profile changes', async () => {
    const { db, maya, user } = await mayaInFocus();
    const memberId = 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ';
    await db.people.update(maya.id, { linkedinSlug: 'maya-lindqvist', linkedinMemberId: memberId });
    const edit = async () => {
      await user.click(screen.getByRole('button', { name: 'Edit Maya Lindqvist' }));
      return screen.findByRole('form', { name: 'Edit Maya Lindqvist' });
    };

    let form = await edit();
    expect(within(form).getByLabelText('LinkedIn profile')).toHaveAccessibleDescription(
      new RegExp(`member id ${memberId}`),
    );
    await saveTitle(user, form, 'COO');
    expect(await db.people.get(maya.id)).toMatchObject({
      title: 'COO',
      linkedinMemberId: memberId,
    });

    form = await edit();
    await user.clear(within(form).getByLabelText('LinkedIn profile'));
    await user.type(within(form).getByLabelText('LinkedIn profile'), 'maya-k-lindqvist');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(form).not.toBeInTheDocument());
    const saved = await db.people.get(maya.id);
    expect(saved?.linkedinSlug).toBe('maya-k-lindqvist');
    expect(saved).not.toHaveProperty('linkedinMemberId');
  });

  it('writes only the fields the rep changed, so what changed underneath the open editor is kept', async () => {
    const { db, maya, user } = await mayaInFocus();
    await user.click(screen.getByRole('button', { name: 'Edit Maya Lindqvist' }));
    const form = await screen.findByRole('form', { name: 'Edit Maya Lindqvist' });
    // While the editor is open, a chat teaches Rapport her profile and member id, and another
    // window corrects her company.
    const memberId = 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ';
    await db.people.update(maya.id, {
      linkedinSlug: 'maya-lindqvist',
      linkedinMemberId: memberId,
      company: 'Northwind Freight',
    });
    await saveTitle(user, form, 'COO');
    expect(await db.people.get(maya.id)).toMatchObject({
      title: 'COO',
      linkedinSlug: 'maya-lindqvist',
      linkedinMemberId: memberId,
      company: 'Northwind Freight',
    });
  });

  it('clears a field emptied in the editor', async () => {
    const { db, maya, user } = await mayaInFocus();
    await user.click(screen.getByRole('button', { name: 'Edit Maya Lindqvist' }));
    const form = await screen.findByRole('form', { name: 'Edit Maya Lindqvist' });
    await user.clear(within(form).getByLabelText('Company'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(form).not.toBeInTheDocument());
    expect(await db.people.get(maya.id)).not.toHaveProperty('company');
  });
});

describe('two records of one person', () => {
  it('says they look alike, previews the merge, merges into one timeline, and undo restores both', async () => {
    const { db, maya, user } = await mayaInFocus();
    const linkedIn = await addPerson(db, {
      name: 'Maya Lindquist',
      linkedinSlug: 'maya-lindquist',
      company: 'Northwind Logistics',
      title: 'Head of Operations',
    });
    await addNote(db, { personId: maya.id, body: 'Lost two accounts to Q3 delays' });
    await addNote(db, { personId: linkedIn.id, body: 'Liked the Gothenburg pilot post' });
    await logTouch(db, { personId: linkedIn.id, channel: 'linkedin', direction: 'out', at: 5 });

    const notice = await screen.findByRole('region', {
      name: 'Looks like someone else in Rapport',
    });
    expect(notice).toHaveTextContent('Maya Lindquist');
    expect(notice).toHaveTextContent('A close name, at the same organisation (northwind).');
    await user.click(
      within(notice).getByRole('button', { name: 'Compare and merge with Maya Lindquist' }),
    );

    const preview = await screen.findByRole('region', { name: 'Merge two people into one' });
    const row = (label: string) =>
      within(preview).getByRole('row', { name: new RegExp(`^${label}`) });
    expect(row('Name')).toHaveTextContent('Maya Lindqvist from Maya Lindqvist');
    expect(row('LinkedIn profile')).toHaveTextContent('maya-lindquist from Maya Lindquist');
    expect(row('Title')).toHaveTextContent('Head of Operations from Maya Lindquist');
    await within(preview).findByText(/^One timeline: 2 notes and 1 touch/);
    await user.click(within(preview).getByRole('button', { name: 'Merge' }));

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await within(timeline).findByText('Liked the Gothenburg pilot post');
    expect(within(timeline).getByText('Lost two accounts to Q3 delays')).toBeInTheDocument();
    expect(await db.people.count()).toBe(1);

    await screen.findByText('Merged Maya Lindquist into Maya Lindqvist.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.people.count()).toBe(2));
    expect((await db.people.get(linkedIn.id))?.linkedinSlug).toBe('maya-lindquist');
    expect((await db.people.get(maya.id))?.linkedinSlug).toBeUndefined();
    await waitFor(() =>
      expect(screen.queryByText('Liked the Gothenburg pilot post')).not.toBeInTheDocument(),
    );
  });

  it('stops saying so once the rep says they are two people', async () => {
    const { db, user } = await mayaInFocus();
    await addPerson(db, { name: 'Maya Lindqvist', company: 'Contoso' });
    const notice = await screen.findByRole('region', {
      name: 'Looks like someone else in Rapport',
    });
    expect(notice).toHaveTextContent('Same name.');
    await user.click(within(notice).getByRole('button', { name: /^Not the same person/ }));
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Looks like someone else in Rapport' }),
      ).not.toBeInTheDocument(),
    );
  });
});

describe('deleting a person', () => {
  it('confirms what goes, deletes it, and undo brings everything back', async () => {
    const { db, maya, user } = await mayaInFocus();
    await addNote(db, { personId: maya.id, body: 'Lost two accounts to Q3 delays' });
    await logTouch(db, { personId: maya.id, channel: 'call', direction: 'out', at: 5 });
    await user.click(screen.getByRole('button', { name: 'More for Maya Lindqvist' }));
    await user.click(screen.getByRole('button', { name: 'Delete Maya Lindqvist…' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Maya Lindqvist?' });
    await within(confirm).findByText('1 note');
    expect(within(confirm).getByText('1 touch')).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Delete Maya Lindqvist' }));

    await screen.findByText('Deleted Maya Lindqvist.');
    expect(await db.people.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.touches.count()).toBe(0);
    expect(await db.personSummaries.count()).toBe(0);
    // The page's signal no longer names her: with nobody in focus, the panel shows Today.
    await screen.findByRole('heading', { name: 'Today' });

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    expect(await db.touches.count()).toBe(1);
    expect(await db.personSummaries.count()).toBe(1);
    await screen.findByRole('heading', { name: 'Maya Lindqvist' });
  });
});

describe('the timeline', () => {
  it('edits a touch and deletes one, with undo', async () => {
    const { db, maya, user } = await mayaInFocus();
    await logTouch(db, {
      personId: maya.id,
      channel: 'email',
      direction: 'out',
      at: Date.now() - 3_600_000,
      subject: 'Pilot results',
    });
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await within(timeline).findByText('Pilot results');
    await user.click(within(timeline).getByRole('button', { name: /^Actions for touch: Email/ }));
    await user.click(within(timeline).getByRole('button', { name: 'Edit touch' }));
    const form = within(timeline).getByRole('form', { name: /^Edit touch: Email/ });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Call');
    await user.type(within(form).getByLabelText('Summary'), 'Talked through the numbers');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(form).not.toBeInTheDocument());
    expect(await within(timeline).findByText('Talked through the numbers')).toBeInTheDocument();
    expect((await db.touches.toArray())[0]).toMatchObject({
      channel: 'call',
      subject: 'Pilot results',
      summary: 'Talked through the numbers',
    });

    await user.click(
      await within(timeline).findByRole('button', { name: /^Actions for touch: Call/ }),
    );
    await user.click(within(timeline).getByRole('button', { name: 'Delete touch' }));
    await waitFor(() =>
      expect(within(timeline).queryByText('Pilot results')).not.toBeInTheDocument(),
    );
    expect(await db.touches.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await within(timeline).findByText('Pilot results');
  });
});

describe('the keyboard', () => {
  it('moves through the recipients as tabs: arrows, Home and End', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Maya Lindqvist', emails: ['maya@northwind.example'] });
    await addPerson(db, { name: 'Jonas Novak', emails: ['jonas@contoso.example'] });
    await show(
      compose([
        { role: 'to', email: 'maya@northwind.example', name: 'Maya Lindqvist' },
        { role: 'cc', email: 'jonas@contoso.example', name: 'Jonas Novak' },
        { role: 'cc', email: 'nobody@fabrikam.example', name: 'New Person' },
      ]),
    );
    renderWithDatabase(db, <SidePanel search={TAB} />);
    const user = userEvent.setup();
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('To Maya Lindqvist');
    // One Tab stop past the panel's way to Today, then the recipients.
    await user.tab();
    await user.tab();
    expect(tabs[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tabs[1]).toHaveFocus();
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    await screen.findByRole('heading', { name: 'Jonas Novak' });
    await user.keyboard('{End}');
    expect(tabs[2]).toHaveFocus();
    await screen.findByRole('heading', { name: 'New to Rapport' });
    await user.keyboard('{ArrowRight}');
    expect(tabs[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}{Home}');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
  });

  it('moves through search results with the arrows, opens with Enter, clears with Escape, and quotes the matching note', async () => {
    const db = freshDatabase();
    const maya = await addPerson(db, { name: 'Maya Lindqvist', company: 'Northwind' }, 1);
    await addPerson(db, { name: 'Jonas Novak', company: 'Contoso' }, 2);
    await addNote(db, { personId: maya.id, body: 'Wants the Gothenburg pilot numbers' });
    await show(null);
    renderWithDatabase(db, <SidePanel search={TAB} />);
    const user = userEvent.setup();
    const search = await screen.findByRole('combobox', { name: 'Find a person' });

    await user.type(search, 'gothen');
    const listbox = await screen.findByRole('listbox', { name: 'Matching people' });
    const quoted = await within(listbox).findByText('Gothenburg');
    expect(quoted.tagName).toBe('MARK');
    expect(quoted.closest('[role=option]')).toHaveTextContent(
      /^Show Maya Lindqvist Northwind Wants the Gothenburg pilot numbers$/,
    );
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');

    await within(await screen.findByRole('listbox', { name: 'Recent people' })).findByRole(
      'option',
      { name: /Jonas Novak/ },
    );
    // Maya's note made her the most recent: she is first, Jonas second.
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Show Maya Lindqvist Northwind',
      'Show Jonas Novak Contoso',
    ]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(search).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Jonas Novak' })).toBeInTheDocument();
  });
});

describe('adding someone from LinkedIn', () => {
  it('follows the page’s latest reading until the rep types in a field', async () => {
    const db = freshDatabase();
    await show(profile({ linkedinSlug: 'maya-lindqvist-4b2a' }));
    renderWithDatabase(db, <SidePanel search={TAB} />);
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('maya-lindqvist-4b2a');
    expect(screen.getByLabelText('Company')).toHaveValue('');

    await act(() =>
      show(
        profile({
          linkedinSlug: 'maya-lindqvist-4b2a',
          name: 'Maya Lindqvist',
          company: 'Northwind',
          headline: 'Head of Operations',
        }),
      ),
    );
    await waitFor(() => expect(name).toHaveValue('Maya Lindqvist'));
    expect(screen.getByLabelText('Company')).toHaveValue('Northwind');
    expect(screen.getByLabelText('Title')).toHaveValue('Head of Operations');

    await user.type(screen.getByLabelText('Name'), ' (Northwind)');
    await act(() =>
      show(
        profile({ linkedinSlug: 'maya-lindqvist-4b2a', name: 'Maya L.', company: 'Northwind AB' }),
      ),
    );
    await waitFor(() => expect(screen.getByLabelText('Company')).toHaveValue('Northwind AB'));
    expect(screen.getByLabelText('Name')).toHaveValue('Maya Lindqvist (Northwind)');
  });
});
