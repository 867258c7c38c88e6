// `npm start`: builds Rapport, opens Chromium with it and an invented demo data set, and
// shows demo pages served at the real Gmail and LinkedIn addresses beside the side panel.
// With --headless, or where there is no display, it takes a screenshot of each screen
// instead, prints the paths and exits.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { demoBackup, DEMO_GMAIL_URL, DEMO_LINKEDIN_URL } from './demo/demo-data';
import { launchChromiumWithRapport, ROOT, tabIdOf } from './lib/chromium';

const headless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

async function main() {
  execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  const {
    context,
    worker,
    pageUrl: extensionPage,
  } = await launchChromiumWithRapport({
    headless,
    profileDir: headless
      ? mkdtempSync(path.join(tmpdir(), 'rapport-demo-'))
      : path.join(ROOT, '.rapport-profile'),
  });

  await serveDemoPages(context);
  await importDemoData(context, extensionPage('options.html'));

  const linkedin = await openSite(context, DEMO_LINKEDIN_URL);
  const gmail = await openSite(context, DEMO_GMAIL_URL);
  const tabIds = {
    [DEMO_LINKEDIN_URL]: await tabIdOf(worker, DEMO_LINKEDIN_URL),
    [DEMO_GMAIL_URL]: await tabIdOf(worker, DEMO_GMAIL_URL),
  };

  if (!headless) {
    // A side panel can only be opened by a click; until the rep clicks Rapport's badge,
    // show the panel in a window of its own beside the LinkedIn demo page.
    await worker.evaluate(
      (url) =>
        chrome.windows.create({ url, type: 'popup', width: 420, height: 900, left: 1300, top: 0 }),
      extensionPage(`sidepanel.html?tabId=${tabIds[DEMO_LINKEDIN_URL]}`),
    );
    await linkedin.bringToFront();
    console.log('Rapport is running with its demo data. Close Chromium to stop.');
    await new Promise((resolve) => context.on('close', resolve));
    return;
  }

  const out = path.join(ROOT, 'screenshots');
  mkdirSync(out, { recursive: true });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(600);
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    shots.push(file);
  };
  await shoot(linkedin, 'linkedin-profile');
  await shoot(gmail, 'gmail-compose');
  const panelLinkedIn = await context.newPage();
  await panelLinkedIn.setViewportSize({ width: 420, height: 900 });
  await panelLinkedIn.goto(extensionPage(`sidepanel.html?tabId=${tabIds[DEMO_LINKEDIN_URL]}`));
  await panelLinkedIn.getByRole('heading', { name: 'Maya Lindqvist' }).waitFor();
  await shoot(panelLinkedIn, 'sidepanel-linkedin');
  const panelGmail = await context.newPage();
  await panelGmail.setViewportSize({ width: 420, height: 900 });
  await panelGmail.goto(extensionPage(`sidepanel.html?tabId=${tabIds[DEMO_GMAIL_URL]}`));
  await panelGmail.getByRole('heading', { name: 'Maya Lindqvist' }).waitFor();
  await shoot(panelGmail, 'sidepanel-gmail');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(extensionPage(`popup.html?tabId=${tabIds[DEMO_LINKEDIN_URL]}`));
  await shoot(popup, 'popup');
  const options = await context.newPage();
  await options.goto(extensionPage('options.html'));
  await shoot(options, 'options');
  await context.close();
  console.log(`Screenshots:\n${shots.join('\n')}`);
}

async function serveDemoPages(context: BrowserContext) {
  const pages = path.join(ROOT, 'scripts/demo/pages');
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({
      path: path.join(pages, 'linkedin-profile.html'),
      contentType: 'text/html; charset=utf-8',
    }),
  );
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({
      path: path.join(pages, 'gmail-compose.html'),
      contentType: 'text/html; charset=utf-8',
    }),
  );
  // The demo pages are self-contained: nothing else is fetched from anywhere.
  await context.route(/^https?:\/\/(?!mail\.google\.com|www\.linkedin\.com)/, (route) =>
    route.abort(),
  );
}

/** Loads the demo data through Rapport's own import, as a rep would restore a backup. */
async function importDemoData(context: BrowserContext, optionsUrl: string) {
  const file = path.join(
    mkdtempSync(path.join(tmpdir(), 'rapport-demo-data-')),
    'rapport-demo.json',
  );
  writeFileSync(file, JSON.stringify(demoBackup(Date.now())));
  const page = await context.newPage();
  await page.goto(optionsUrl);
  await page.getByLabel('Import a Rapport backup').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/Imported/).waitFor();
  await page.close();
}

async function openSite(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
