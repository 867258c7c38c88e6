// Rapport in a real Firefox: the Firefox build installed as a temporary add-on in Debian's
// Firefox ESR, driven over WebDriver BiDi (puppeteer-core; Playwright drives only its own
// patched Firefox). A LinkedIn profile is served at its real address; the content script
// recognises the person and shows its badge; a real click on the badge opens Rapport for
// that tab in a window of its own (Firefox's sidebar opens only from an extension page's own
// click), where the rep adds the person, written to Firefox's IndexedDB.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, ROOT } from '../../scripts/lib/chromium';

const EXTENSION = path.join(ROOT, process.env.RAPPORT_OUT_DIR || '.output', 'firefox-mv2');
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const SLUG = 'maya-lindqvist-demo';
const PROFILE_URL = `https://www.linkedin.com/in/${SLUG}/`;
const PROFILE_HTML = readFileSync(
  path.join(ROOT, 'scripts/demo/pages/linkedin-profile.html'),
  'utf8',
);

let browser: Browser;
let linkedin: Page;

beforeAll(async () => {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `No Firefox at ${FIREFOX_PATH}: on Debian, sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)`,
    );
  }
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION}: run "npx wxt build -b firefox" first`);
  }
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Nothing reaches the network: the one page the test needs is answered below.
    extraPrefsFirefox: { 'network.proxy.type': 0, 'browser.shell.checkDefaultBrowser': false },
  });
  await browser.installExtension(EXTENSION);
  linkedin = await browser.newPage();
  await linkedin.setRequestInterception(true);
  linkedin.on('request', (request) => {
    if (request.url().startsWith('https://www.linkedin.com/')) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: PROFILE_HTML,
      });
    } else void request.abort();
  });
  await linkedin.goto(PROFILE_URL);
});

afterAll(async () => {
  await browser?.close();
});

/** The newest page whose address starts with `prefix`, once one is open. */
async function pageAt(prefix: string): Promise<Page> {
  const found = await eventually(
    async () => {
      for (const page of (await browser.pages()).reverse()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(prefix)) return page;
      }
      return undefined;
    },
    (page) => page !== undefined,
    `a page at ${prefix}`,
    15_000,
  );
  return found!;
}

describe('Rapport in Firefox', () => {
  it('recognises a LinkedIn profile and shows its badge, at its one fixed size', async () => {
    const badge = await linkedin.waitForSelector('rapport-badge', { timeout: 20_000 });
    const box = await badge!.boundingBox();
    expect(box).toMatchObject({ width: 132, height: 24 });
  });

  it('opens Rapport for the tab from a click on the badge, and adds the person there', async () => {
    const badge = await linkedin.waitForSelector('rapport-badge');
    const box = (await badge!.boundingBox())!;
    await linkedin.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    const panel = await pageAt('moz-extension://');
    expect(await panel.evaluate(() => location.pathname + location.search)).toMatch(
      /^\/sidepanel\.html\?tabId=\d+$/,
    );
    await panel.waitForFunction(
      (slug) =>
        document.body.innerText.includes('New to Rapport') &&
        document.body.innerText.includes(slug),
      { timeout: 15_000 },
      `linkedin.com/in/${SLUG}`,
    );
    // The form is filled from the page: the rep only confirms.
    const name = await panel.$eval(
      'input[name="name"], #name, input',
      (input) => (input as HTMLInputElement).value,
    );
    expect(name).toBe('Maya Lindqvist');

    const add = await panel.waitForSelector('::-p-text(Add to Rapport)');
    await add!.click();
    const heading = await panel.waitForSelector('h2.person-name', { timeout: 15_000 });
    expect(await heading!.evaluate((h) => h.textContent?.trim())).toBe('Maya Lindqvist');
  });
});
