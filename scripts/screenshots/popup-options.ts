/**
 * Screenshots of the popup (light and dark) and the options page, from the built
 * extension in Chromium: `npm run build:chrome && npx tsx scripts/screenshots/popup-options.ts`.
 * The demo data gives the popup its Today rows; the note is made through the UI itself, the
 * way a rep would, so the pictures show real flows.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchRapport, ROOT } from '../../tests/e2e/harness';
import { importThroughOptions } from '../../tests/e2e/sidepanel-states';
import { demoBackup } from '../demo/demo-data';
import { recordTabSignal } from '../lib/chromium';

const DOCS = path.join(ROOT, 'docs');
/** Any number: the popup reads the tab's signal from session storage only. */
const TAB = 4242;

const rapport = await launchRapport();
try {
  await importThroughOptions(rapport, demoBackup(Date.now()));
  await recordTabSignal(rapport.worker, TAB, {
    signal: {
      site: 'linkedin',
      view: 'profile',
      people: [
        {
          role: 'profile',
          name: 'Alexandra Rivera-Montgomery de la Fuente',
          linkedinSlug: 'alex-rivera',
          company: 'Acme Logistics International',
          headline: 'VP Operations',
        },
      ],
    },
    url: 'https://www.linkedin.com/in/alex-rivera/',
    at: Date.now(),
  });

  const popup = await rapport.openExtensionPage(`popup.html?tabId=${TAB}`);
  // Chrome sizes a popup to its content: a short viewport lets fullPage do the same.
  await popup.setViewportSize({ width: 380, height: 200 });
  await popup.getByRole('button', { name: /^Add .* to Rapport$/ }).click();
  await popup.getByRole('button', { name: 'Change person' }).waitFor();
  const note = popup.getByRole('textbox', { name: 'Note' });
  await note.fill('Said the Q1 budget is frozen until the board meets.');
  await note.press('Enter');
  await popup.getByText(/^Saved to /).waitFor();
  await note.fill('Send the Rotterdam case study');
  await popup.getByRole('radio', { name: 'Promise' }).check();
  await popup.getByRole('textbox', { name: 'Due' }).fill('by Friday');
  await popup.getByRole('region', { name: 'Today' }).getByRole('listitem').nth(2).waitFor();
  await shoot(popup, 'popup.png');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shoot(popup, 'popup-dark.png');

  // The search state: nobody chosen, everyone in Rapport with the most recent on top.
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByRole('button', { name: 'Discard draft' }).click();
  for (const name of ['Priya Natarajan', 'Jonas Lindqvist']) {
    await popup.getByRole('button', { name: 'Change person' }).click();
    await popup.getByRole('combobox', { name: 'Find a person' }).fill(name);
    await popup.getByRole('button', { name: `New person “${name}”` }).click();
    await popup.getByRole('button', { name: `Add ${name} to Rapport` }).click();
  }
  await popup.getByRole('button', { name: 'Change person' }).click();
  // The last save's confirmation goes by itself after a few seconds; the picture shows
  // the search as a rep finds it on opening.
  await popup.getByText(/^Saved to /).waitFor({ state: 'detached', timeout: 20_000 });
  await popup.getByRole('listbox', { name: 'Recent people' }).getByRole('option').nth(2).waitFor();
  await shoot(popup, 'popup-search.png');
  await popup.emulateMedia({ colorScheme: 'dark' });
  await shoot(popup, 'popup-search-dark.png');

  const options = await rapport.openExtensionPage('options.html');
  await options.setViewportSize({ width: 900, height: 900 });
  await options.getByRole('region', { name: 'What Rapport stores' }).waitFor();
  await options.getByText(/^Storage is/).waitFor();
  await shoot(options, 'options.png');
} finally {
  await rapport.close();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(DOCS, name), fullPage: true });
  console.log(`wrote docs/${name}`);
}
