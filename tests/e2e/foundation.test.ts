import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  eventually,
  launchRapport,
  recordedSignal,
  servePage,
  CAPTURES,
  tabIdOf,
  type Rapport,
} from './harness';

const PROFILE_URL = 'https://www.linkedin.com/in/austinoboyle/';

describe('the built extension in Chromium', () => {
  let rapport: Rapport;
  beforeAll(async () => {
    rapport = await launchRapport();
  });
  afterAll(async () => rapport?.close());

  it('starts its service worker from the built manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.name).toBe('Rapport');
    expect(rapport.worker.url()).toBe(`chrome-extension://${rapport.extensionId}/background.js`);
  });

  it('injects on a LinkedIn profile address and the background records what it sent for that tab', async () => {
    await servePage(
      rapport.context,
      `${PROFILE_URL}**`,
      path.join(CAPTURES, 'linkedin/2022-03-profile-a.html'),
    );
    const page = await rapport.context.newPage();
    await page.goto(PROFILE_URL);
    const tabId = await tabIdOf(rapport, PROFILE_URL);
    const recorded = await eventually(
      () => recordedSignal(rapport, tabId),
      (v) => v !== null,
      'the profile signal',
    );
    expect(recorded).toMatchObject({
      url: PROFILE_URL,
      signal: {
        site: 'linkedin',
        view: 'profile',
        people: [{ role: 'profile', linkedinSlug: 'austinoboyle', name: "Austin O'Boyle" }],
      },
    });

    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('heading', { name: 'New to Rapport' }).waitFor();
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe("Austin O'Boyle");
    await panel.close();

    // Leaving LinkedIn for another site forgets what the tab showed.
    await rapport.context.route('https://example.com/**', (route) =>
      route.fulfill({ body: '<title>Elsewhere</title>', contentType: 'text/html' }),
    );
    await page.goto('https://example.com/');
    await eventually(
      () => recordedSignal(rapport, tabId),
      (v) => v === null,
      'the signal to be forgotten once the tab left LinkedIn',
    );
    await page.close();
  });

  it('opens the side panel from the popup, through the background', async () => {
    const page = await rapport.context.newPage();
    await page.goto(PROFILE_URL);
    const tabId = await tabIdOf(rapport, PROFILE_URL);
    const sidePanels = () =>
      rapport.worker.evaluate(async () => {
        const contexts = await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] });
        return contexts.map((c) => c.documentUrl);
      });
    expect(await sidePanels()).toEqual([]);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    // The popup closes itself once the panel is open; a tab standing in for it does too.
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    await closed;
    expect(
      // A panel's context exists a moment before its document has an address.
      await eventually(sidePanels, (panels) => panels.some(Boolean), 'a side panel document'),
    ).toEqual([`chrome-extension://${rapport.extensionId}/sidepanel.html?tabId=${tabId}`]);
    await page.close();
  });

  it('renders the popup', async () => {
    const popup = await rapport.openExtensionPage('popup.html');
    await popup.getByRole('textbox').first().waitFor();
    expect(await popup.title()).toContain('Rapport');
    await popup.close();
  });
});
