/**
 * Screenshots of importing contacts on the options page, from the built extension in
 * Chromium, into docs/import-*.png: `npm run build:chrome && npx tsx
 * scripts/screenshots/contacts-import.ts`. The files are invented people: a LinkedIn export
 * previewed against someone already in Rapport, and a spreadsheet whose columns the rep maps.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchRapport, ROOT } from '../../tests/e2e/harness';
import { connectionsCsv, linkedinDate, type Connection } from '../demo/contact-files';
import { recordTabSignal } from '../lib/chromium';

const DOCS = path.join(ROOT, 'docs');
const dir = mkdtempSync(path.join(tmpdir(), 'rapport-screens-'));

const FIRST = ['Maya', 'Jonas', 'Priya', 'Kofi', 'Ines', 'Tomás', 'Lena', 'Ravi', 'Noor', 'Hana'];
const LAST = ['Lindqvist', 'Novak', 'Natarajan', 'Okafor', 'Moreau', 'García', 'Park', 'Tanaka'];
const COMPANIES = ['Northwind Logistics', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Litware'];
const plain = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\w.@-]/g, '');
const connections: Connection[] = Array.from({ length: 48 }, (_, i) => {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 3 + Math.floor(i / FIRST.length)) % LAST.length]!;
  return {
    first,
    last,
    slug: plain(`${first}-${last}-${i}`),
    ...(i % 4 === 0 ? { email: plain(`${first}.${last}@example.com`) } : {}),
    company: COMPANIES[i % COMPANIES.length],
    position: i % 3 ? 'Head of Operations' : 'VP Supply Chain, EMEA',
    connectedOn: linkedinDate(new Date(Date.UTC(2021 + (i % 4), i % 12, (i % 27) + 1))),
  };
});
// Two lines LinkedIn's export really has now and then: no one named, and a date it garbled.
const linkedin = connectionsCsv(connections).replace(
  /\r\n$/,
  '\r\n,,,,,,\r\n,,https://www.linkedin.com/in/,not-an-address,Fabrikam,,12 Jun 2024\r\n',
);
writeFileSync(path.join(dir, 'Connections.csv'), linkedin);
writeFileSync(
  path.join(dir, 'Kunden.csv'),
  'Kontakt;Adresse;Firma;Funktion\r\nJan Kowalski;jan@northwind.example;Northwind;Einkauf\r\nEwa Nowak;ewa@contoso.example;Contoso;Leitung Logistik\r\nKarl Weber;karl.weber@fabrikam.example;Fabrikam;CFO\r\n',
);

const rapport = await launchRapport();
try {
  // Someone the rep already has, added from a compose to her: merged, not overwritten.
  const tab = 4343;
  await recordTabSignal(rapport.worker, tab, {
    signal: {
      site: 'gmail',
      view: 'compose',
      people: [{ role: 'to', email: 'maya.lindqvist@example.com', name: 'Maya L. (Northwind)' }],
    },
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    at: Date.now(),
  });
  const popup = await rapport.openExtensionPage(`popup.html?tabId=${tab}`);
  await popup.getByRole('button', { name: 'Add Maya L. (Northwind) to Rapport' }).click();
  await popup.getByRole('button', { name: 'Change person' }).waitFor();
  await popup.close();

  const options = await rapport.openExtensionPage('options.html#import-contacts');
  await options.setViewportSize({ width: 900, height: 900 });

  const input = options.getByLabel('Import contacts');
  await input.setInputFiles(path.join(dir, 'Connections.csv'));
  const preview = options.getByRole('group', { name: 'Import preview' });
  await preview.waitFor();
  await shootSection(options, preview, 'import-preview.png');

  await preview.getByRole('button', { name: 'Cancel' }).click();
  await input.setInputFiles(path.join(dir, 'Kunden.csv'));
  const mapping = options.getByRole('group', { name: 'Which column holds what?' });
  await mapping.waitFor();
  await mapping.getByLabel('What “Kontakt” holds').selectOption('Full name');
  await mapping.getByLabel('What “Adresse” holds').selectOption('Email address');
  await mapping.getByLabel('What “Firma” holds').selectOption('Company');
  await mapping.getByLabel('What “Funktion” holds').selectOption('Job title');
  await shootSection(options, mapping, 'import-mapping.png');
  await options.emulateMedia({ colorScheme: 'dark' });
  await shootSection(options, mapping, 'import-mapping-dark.png');
} finally {
  await rapport.close();
}

/** The import section, from its heading to the end of the step shown. */
async function shootSection(page: Page, step: ReturnType<Page['getByRole']>, name: string) {
  const section = page.getByRole('region', { name: 'Start from your contacts' });
  await step.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(DOCS, name) });
  console.log(`wrote docs/${name}`);
}
