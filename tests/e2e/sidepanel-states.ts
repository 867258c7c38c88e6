// The side panel's states, set up in a real Chromium from invented people: shared by the
// end-to-end accessibility check and the docs screenshots (scripts/screenshots/sidepanel.ts),
// so the pictures show exactly what axe-core checked.
import type { Page } from 'playwright-core';
import { demoBackup } from '../../scripts/demo/demo-data';
import { recordTabSignal } from '../../scripts/lib/chromium';
import type { Backup } from '../../storage/backup';
import type { Note, Person, Settings } from '../../storage/schema';
import type { PageSignal } from '../../utils/messages';
import type { Rapport } from './harness';

const DAY = 86_400_000;

/** A hostile record: markup in the name, a right-to-left override, emoji, a 100,000-character note. */
export const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1"> Ana \u202Eztiw\u202C 🦄';
const HOSTILE_EMAIL = 'ana@hostile.example';

/** The demo data plus one hostile record, as one backup to import. */
export function statesBackup(now: number): Backup {
  const backup = demoBackup(now);
  const hostile: Person = {
    id: 'state-hostile',
    name: HOSTILE_NAME,
    emails: [HOSTILE_EMAIL],
    company: '<b>Bold & Co</b> שלום',
    consent: 'unknown',
    tags: [],
    createdAt: now - 3 * DAY,
    updatedAt: now - 3 * DAY,
  };
  const note = (id: string, body: string, days: number): Note => ({
    id,
    personId: hostile.id,
    body,
    kind: 'said',
    oneOff: false,
    pinned: false,
    source: 'import',
    createdAt: now - days * DAY,
    updatedAt: now - days * DAY,
  });
  // Priya met again on LinkedIn: the same name, a second record to merge.
  const priyaOnLinkedIn: Person = {
    id: 'state-priya-linkedin',
    name: 'Priya Raman',
    emails: [],
    linkedinSlug: 'priya-raman-kestrel',
    company: 'Kestrel Health',
    title: 'VP Sales, EMEA',
    location: 'London, United Kingdom',
    consent: 'unknown',
    tags: ['conference'],
    createdAt: now - 5 * DAY,
    updatedAt: now - 5 * DAY,
  };
  return {
    ...backup,
    people: [...backup.people, hostile, priyaOnLinkedIn],
    notes: [
      ...backup.notes,
      {
        ...note('state-priya-linkedin-1', 'Met at the Lisbon health-tech summit', 5),
        personId: priyaOnLinkedIn.id,
      },
      note('state-hostile-1', `<script>window.__pwned=1</script>${'long words '.repeat(9_091)}`, 2),
      note('state-hostile-2', 'Loves 🏔️ hiking; wrote \u202Egnihtemos\u202C backwards', 1),
    ],
  };
}

/** Settings with every hour of every day a working hour, so timing depends on touches only. */
export const ALWAYS_WORKING: Pick<Settings, 'cadence' | 'confirmSendOnStop'> = {
  cadence: {
    followUpGapsDays: [3, 4, 7, 14],
    maxUnanswered: 3,
    replyWithinDays: 2,
    coldAfterDays: 14,
    workdayStartHour: 0,
    workdayEndHour: 24,
    workingDays: [0, 1, 2, 3, 4, 5, 6],
  },
  confirmSendOnStop: false,
};

/** Writes the rep's settings into extension storage, where the options page keeps them. */
export async function writeSettings(rapport: Rapport, settings: Partial<Settings>): Promise<void> {
  await rapport.worker.evaluate(async (changes) => {
    const { settings: current } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(current ?? {}), ...changes } });
  }, settings);
}

/** Imports a backup through the options page, as a rep restores one. */
export async function importThroughOptions(rapport: Rapport, backup: Backup): Promise<void> {
  const page = await rapport.openExtensionPage('options.html');
  await page.getByLabel('Import a Rapport backup').setInputFiles({
    name: 'rapport-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported/).waitFor();
  await page.close();
}

const compose = (people: PageSignal['people'], body: string): PageSignal => ({
  site: 'gmail',
  view: 'compose',
  people,
  draft: { subject: 'Cross-dock case study for Gothenburg', body },
  mailboxOwner: 'sam.rep@rapport-demo.example',
});

export interface PanelState {
  name: string;
  /** What the page in the tab reports, as the background would record it. */
  signal: PageSignal | null;
  url: string;
  /** Waits until the panel shows the state, by what the rep sees. */
  ready(panel: Page): Promise<void>;
}

export const PANEL_STATES: PanelState[] = [
  {
    name: 'unknown',
    url: 'https://www.linkedin.com/in/jordan-blake-demo/',
    signal: {
      site: 'linkedin',
      view: 'profile',
      people: [
        {
          role: 'profile',
          name: 'Jordan Blake',
          linkedinSlug: 'jordan-blake-demo',
          company: 'Fabrikam',
          headline: 'Director of Procurement at Fabrikam',
        },
      ],
    },
    ready: (panel) => panel.getByRole('heading', { name: 'New to Rapport' }).waitFor(),
  },
  {
    name: 'known',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=state-known',
    signal: compose(
      [{ role: 'to', email: 'maya@northwind.example', name: 'Maya Lindqvist' }],
      'Hi Maya,\n\nYou said the Q3 delays cost you two accounts. Here is the Gothenburg ' +
        'cross-dock case study I promised: it shows how Contoso Freight cut late loads by a ' +
        'third. Could we take 15 minutes on Tuesday at 10:00 to walk through your routes?\n\nSam',
    ),
    ready: async (panel) => {
      await panel.getByRole('heading', { name: 'Maya Lindqvist' }).waitFor();
      await panel.getByRole('list', { name: 'Draft checklist' }).waitFor();
    },
  },
  {
    name: 'stop',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=state-stop',
    signal: compose(
      [{ role: 'to', email: 'tomas@brightline.example', name: 'Tomás Herrera' }],
      'Hi Tomás,\n\nJust checking in on my last email. Let me know what you think.\n\nSam',
    ),
    ready: async (panel) => {
      await panel.getByRole('heading', { name: 'Tomás Herrera' }).waitFor();
      await panel.getByRole('group', { name: 'Send timing' }).getByText('Do not send').waitFor();
    },
  },
  {
    name: 'several',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=state-several',
    signal: compose(
      [
        { role: 'to', email: 'maya@northwind.example', name: 'Maya Lindqvist' },
        { role: 'cc', email: 'jordan.blake@fabrikam.example', name: 'Jordan Blake' },
        { role: 'cc', email: 'tomas@brightline.example', name: 'Tomás Herrera' },
      ],
      'Hi all,\n\nAgenda for Tuesday attached.',
    ),
    ready: async (panel) => {
      await panel.getByRole('tablist', { name: 'People on this page' }).waitFor();
      await panel.getByRole('heading', { name: 'Maya Lindqvist' }).waitFor();
    },
  },
  {
    // Nobody in focus: Today first, then recent people and the search.
    name: 'today',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    signal: null,
    ready: async (panel) => {
      const today = panel.getByRole('list', { name: 'Owed today, most urgent first' });
      await today.getByRole('button', { name: 'Done: Maya Lindqvist, promise overdue' }).waitFor();
      await today.getByRole('link', { name: 'Prepare for Ines Moreau' }).waitFor();
      await panel.getByRole('option', { name: /^Show Maya Lindqvist/ }).waitFor();
    },
  },
  {
    name: 'editor',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=state-editor',
    signal: compose(
      [{ role: 'to', email: 'tomas@brightline.example', name: 'Tomás Herrera' }],
      'Hi Tomás,',
    ),
    ready: async (panel) => {
      await panel.getByRole('button', { name: 'Edit Tomás Herrera' }).click();
      const editor = panel.getByRole('form', { name: 'Edit Tomás Herrera' });
      await editor.getByLabel('Location').fill('Monterrey, Nuevo León, Mexico');
      await editor.getByRole('button', { name: 'Use America/Monterrey' }).waitFor();
    },
  },
  {
    name: 'merge',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=state-merge',
    signal: compose(
      [{ role: 'to', email: 'priya@kestrel.example', name: 'Priya Raman' }],
      'Hi Priya,',
    ),
    ready: async (panel) => {
      const notice = panel.getByRole('region', { name: 'Looks like someone else in Rapport' });
      await notice.getByRole('button', { name: /^Compare and merge/ }).click();
      const preview = panel.getByRole('region', { name: 'Merge two people into one' });
      await preview.getByText(/^One timeline:/).waitFor();
    },
  },
  {
    name: 'search',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    signal: null,
    ready: async (panel) => {
      await panel.getByRole('combobox', { name: 'Find a person' }).fill('route plan');
      const results = panel.getByRole('listbox', { name: 'Matching people' });
      await results.locator('mark').first().waitFor();
    },
  },
  {
    name: 'hostile',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=state-hostile',
    signal: compose([{ role: 'to', email: HOSTILE_EMAIL }], 'Hi 👋'),
    ready: async (panel) => {
      await panel.getByRole('heading', { name: HOSTILE_NAME }).waitFor();
      await panel
        .getByRole('button', { name: /^Show more/ })
        .first()
        .waitFor();
    },
  },
];

/** Records a state's signal for a made-up tab and opens the panel pointed at that tab. */
export async function openPanelInState(
  rapport: Rapport,
  state: PanelState,
  tabId: number,
): Promise<Page> {
  await recordTabSignal(rapport.worker, tabId, {
    signal: state.signal,
    url: state.url,
    at: Date.now(),
  });
  const panel = await rapport.context.newPage();
  // The width of Chrome's side panel.
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${rapport.extensionId}/sidepanel.html?tabId=${tabId}`);
  await state.ready(panel);
  return panel;
}
