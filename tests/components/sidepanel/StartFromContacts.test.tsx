import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { importPlan } from '@/storage/backup';
import { planContactImport } from '@/storage/contact-import';
import { readContactFile } from '@/storage/contacts';
import { addPerson } from '@/storage/people';
import { saveTabSignal } from '@/storage/tab-signals';
import { logSentEmail } from '@/utils/background/touch-logger';
import type { PageSignal } from '@/utils/messages';
import { freshDatabase } from '../../helpers/db';
import { renderWithDatabase } from '../../helpers/render';

const TAB = '?tabId=5';

async function showSignal(
  signal: PageSignal | null,
  url = 'https://mail.google.com/mail/u/0/#inbox',
) {
  await saveTabSignal(5, { signal, url, at: Date.now() });
}

describe('the side panel and contacts', () => {
  it('offers an empty Rapport a start from the rep’s contacts, on the options page', async () => {
    const db = freshDatabase();
    await showSignal(null);
    renderWithDatabase(db, <SidePanel search={TAB} />);
    const start = await screen.findByRole('region', { name: 'Start from your contacts' });
    await userEvent.click(within(start).getByRole('button', { name: 'Import contacts' }));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(
      `${fakeBrowser.runtime.getURL('/options.html')}#import-contacts`,
    );
  });

  it('stops offering it as soon as the first person is added', async () => {
    const db = freshDatabase();
    await showSignal(null);
    renderWithDatabase(db, <SidePanel search={TAB} />);
    await screen.findByRole('region', { name: 'Start from your contacts' });
    await addPerson(db, { name: 'Maya Lindqvist' });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Start from your contacts' })).toBeNull(),
    );
  });

  it('does not offer it once anyone is in Rapport', async () => {
    const db = freshDatabase();
    await addPerson(db, { name: 'Maya Lindqvist' });
    await showSignal(null);
    renderWithDatabase(db, <SidePanel search={TAB} />);
    await screen.findByRole('option', { name: /^Show Maya Lindqvist/ });
    expect(screen.queryByRole('region', { name: 'Start from your contacts' })).toBeNull();
  });

  it('shows an imported connection as known, with the day they connected', async () => {
    const db = freshDatabase();
    const csv =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Maya,Lindqvist,https://www.linkedin.com/in/maya-lindqvist,,Northwind,COO,24 Feb 2023\n';
    const preview = await planContactImport(
      db,
      'Connections.csv',
      readContactFile('Connections.csv', csv),
    );
    await importPlan(db, preview.plan);
    await showSignal(
      {
        site: 'linkedin',
        view: 'profile',
        people: [{ role: 'profile', linkedinSlug: 'maya-lindqvist', name: 'Maya Lindqvist' }],
      },
      'https://www.linkedin.com/in/maya-lindqvist/',
    );
    renderWithDatabase(db, <SidePanel search={TAB} />);
    expect(await screen.findByRole('heading', { name: 'Maya Lindqvist' })).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const entry = within(timeline).getByText(/^Connected on LinkedIn · /);
    expect(entry).toHaveTextContent(
      new Intl.DateTimeFormat(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        weekday: 'short',
      }).format(new Date(2023, 1, 24, 12)),
    );
    expect(within(timeline).queryByText(/you → them/)).toBeNull();
  });

  it('puts an email sent before the person was added on their timeline once the rep adds them', async () => {
    const db = freshDatabase();
    await logSentEmail(db, {
      sendId: 's1',
      recipients: ['jordan@fabrikam.example'],
      subject: 'Pilot scope',
      at: Date.now() - 3_600_000,
    });
    await showSignal({
      site: 'gmail',
      view: 'compose',
      people: [{ role: 'to', email: 'jordan@fabrikam.example', name: 'Jordan Blake' }],
      draft: { subject: 'Following up', body: '' },
    });
    renderWithDatabase(db, <SidePanel search={TAB} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add to Rapport' }));
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText('Pilot scope')).toBeInTheDocument();
    expect(within(timeline).getByText(/you → them/)).toBeInTheDocument();
  });
});
