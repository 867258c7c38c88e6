import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../../utils/text-limits';
import { cleanText } from '../../utils/sites/text';
import { EXTENSION_DIR, launchRapport, OWN_FIXTURES, tabIdOf, type Rapport } from './harness';
import { inContentScript, snapshot } from './inspect';

/**
 * The security boundary in the real browser: Rapport makes no network request of its own,
 * drops every malformed or misplaced message without throwing, and shows a hostile page's
 * text as text.
 */

const PROFILE_URL = 'https://www.linkedin.com/in/noor-haddad-4b2a1/';
const PROFILE_HTML = readFileSync(
  path.join(OWN_FIXTURES, 'linkedin/2026-sdui-topcard.html'),
  'utf8',
);
const PAYLOAD = '<img src=x onerror="window.__pwned=1">';
const HOSTILE_NAME = `${PAYLOAD}<script>window.__pwned=1</script> \u202Eevil\u200B ${'W'.repeat(150)}`;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Seen {
  url: string;
  from: string;
}

describe('the security boundary in Chromium', () => {
  let rapport: Rapport;
  const requests: Seen[] = [];
  let ownOrigin: string;

  beforeAll(async () => {
    rapport = await launchRapport();
    ownOrigin = `chrome-extension://${rapport.extensionId}/`;
    rapport.context.on('request', (request: Request) => {
      const from = request.serviceWorker()?.url() ?? request.frame().url();
      requests.push({ url: request.url(), from });
    });
    // Everything on the web is refused, except the one page the tests serve.
    await rapport.context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort(),
    );
    await rapport.context.route(`${PROFILE_URL}**`, (route) =>
      route.fulfill({
        body: PROFILE_HTML.replace('>Noor Haddad</h2>', `>${escapeHtml(HOSTILE_NAME)}</h2>`),
        contentType: 'text/html; charset=utf-8',
      }),
    );
  });
  afterAll(async () => rapport?.close());

  const rapportsOwn = () => requests.filter((r) => r.from.startsWith(ownOrigin));
  const leaving = (list: Seen[]) =>
    list.filter((r) => !r.url.startsWith(ownOrigin) && !r.url.startsWith(`blob:${ownOrigin}`));

  it('records requests from its pages and its service worker (the instrument works)', async () => {
    const page = await rapport.openExtensionPage('options.html');
    await page.evaluate(() => fetch('https://control.invalid/page').catch(() => undefined));
    await rapport.worker.evaluate(() =>
      fetch('https://control.invalid/worker').catch(() => undefined),
    );
    expect(leaving(rapportsOwn()).map((r) => r.url)).toEqual([
      'https://control.invalid/page',
      'https://control.invalid/worker',
    ]);
    requests.length = 0;
    await page.close();
  });

  it('shows a hostile LinkedIn name as text in the real side panel: nothing runs, layout holds', async () => {
    const linkedin = await rapport.context.newPage();
    await linkedin.goto(PROFILE_URL);
    const tabId = await tabIdOf(rapport, PROFILE_URL);
    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewportSize({ width: 360, height: 800 });
    const expected = cleanText(HOSTILE_NAME, TEXT_LIMITS.name)!;
    expect(expected.startsWith(PAYLOAD)).toBe(true);

    await panel.getByRole('heading', { name: 'New to Rapport' }).waitFor();
    expect(await panel.getByLabel('Name').inputValue()).toBe(expected);
    await panel.getByRole('button', { name: 'Add to Rapport' }).click();
    const heading = panel.getByRole('heading', { level: 2 }).first();
    await expect.poll(() => heading.textContent()).toBe(expected);

    const note = panel.getByRole('textbox', { name: 'Note' });
    await note.fill(`They said ${PAYLOAD} and javascript:window.__pwned=1`);
    await note.press('Enter');
    await panel.getByText(`They said ${PAYLOAD}`, { exact: false }).first().waitFor();

    const inert = () =>
      document.querySelectorAll('img, script:not([src]), iframe, [onerror], [onload]').length ===
        0 && (window as unknown as { __pwned?: unknown }).__pwned === undefined;
    expect(await panel.evaluate(inert)).toBe(true);
    expect(
      await linkedin.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    // Layout: the long name wraps inside the panel rather than pushing it sideways.
    const layout = await panel.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
      heading: document.querySelector('h2')!.getBoundingClientRect().right,
    }));
    expect(layout.scroll).toBeLessThanOrEqual(layout.width);
    expect(layout.heading).toBeLessThanOrEqual(layout.width);
    writeFileSync(
      path.join(path.dirname(EXTENSION_DIR), 'hostile-side-panel.png'),
      await panel.screenshot({ fullPage: true }),
    );
    await panel.close();
    await linkedin.close();
  });

  it('makes no network request of its own through a full flow: panel, popup, options, export, import', async () => {
    const linkedin = await rapport.context.newPage();
    await linkedin.goto(PROFILE_URL);
    const tabId = await tabIdOf(rapport, PROFILE_URL);

    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.getByRole('heading', { level: 2 }).first().waitFor();
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('region', { name: 'About' }).waitFor();
    await popup.getByRole('textbox', { name: 'Note' }).fill('Prefers calls on Tuesdays');
    await popup.getByRole('textbox', { name: 'Note' }).press('Enter');
    await popup.getByText(/^Saved to /).waitFor();

    const options = await rapport.openExtensionPage('options.html');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export backup (JSON)' }).click(),
    ]);
    const backupText = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(backupText).notes.length).toBeGreaterThan(0);
    const [csv] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export people and notes (CSV)' }).click(),
    ]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('Prefers calls on Tuesdays');
    await options.getByLabel('Import a Rapport backup').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backupText),
    });
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/^Imported:/).waitFor();

    const own = rapportsOwn();
    // The flow did load Rapport's own pages and scripts: the recording saw them.
    expect(own.length).toBeGreaterThan(5);
    expect(leaving(own)).toEqual([]);
    // Nor did the content script fetch anything from inside LinkedIn's page.
    const fromLinkedIn = requests.filter((r) => r.from.startsWith('https://www.linkedin.com/'));
    expect(fromLinkedIn.filter((r) => !r.url.startsWith(PROFILE_URL))).toEqual([]);
    for (const page of [panel, popup, options, linkedin]) await page.close();
  });

  describe('messages', () => {
    let linkedin: Page;
    let extensionPage: Page;
    let tabId: number;

    beforeAll(async () => {
      linkedin = await rapport.context.newPage();
      await linkedin.goto(PROFILE_URL);
      tabId = await tabIdOf(rapport, PROFILE_URL);
      extensionPage = await rapport.openExtensionPage('options.html');
      await extensionPage.getByRole('heading', { name: 'Your data' }).waitFor();
    });

    const MALFORMED = [
      'null',
      'undefined',
      '42',
      '"page-signal"',
      '[]',
      '{}',
      '{ type: "nope" }',
      '{ type: "page-signal" }',
      '{ type: "page-signal", signal: { site: "evil.example", view: "profile", people: [] } }',
      '{ type: "page-signal", signal: { site: "linkedin", view: "profile", people: [{ role: "profile", name: "x".repeat(100000) }] } }',
      '{ type: "page-signal", signal: { site: "linkedin", view: "profile", people: Array(1000).fill({ role: "profile", name: "Flood" }) } }',
      '{ type: "email-sent", sendId: "s", recipients: "maya@example.com", subject: "x", at: 1 }',
      '{ type: "email-sent", sendId: "s", recipients: ["maya@example.com"], subject: "x", at: "soon" }',
      '{ type: "thread-messages", messages: [{ messageId: 1 }] }',
      '{ type: "thread-messages", messages: Array(600).fill({ messageId: "m", fromEmail: "a@b.co", at: 1 }) }',
      'JSON.parse(\'{"type":"page-signal","__proto__":{"polluted":true},"signal":null,"x":1}\').x === 1 ? { type: "page-signal", signal: { site: "linkedin", view: "profile", people: [{ role: "admin" }] } } : null',
      '(() => { let o = {}; let p = o; for (let i = 0; i < 5000; i++) { p.next = {}; p = p.next; } return { type: "page-signal", signal: o }; })()',
    ];

    it('keeps local extension storage out of the content scripts’ reach', async () => {
      // Drafts now have their own database; whatever an earlier version left here stays hidden.
      await extensionPage.evaluate(() =>
        chrome.storage.local.set({
          'draft:e2e-secret': { body: 'Their budget is €40k', kind: 'need' },
        }),
      );
      const world = await inContentScript(linkedin);
      const seen = await world.evaluate<string>(
        `(async () => { try { return JSON.stringify(await chrome.storage.local.get(null)); } catch (e) { return 'refused: ' + e.message; } })()`,
      );
      expect(seen).not.toContain('40k');
      await extensionPage.evaluate(() => chrome.storage.local.remove('draft:e2e-secret'));
    });

    it('drops malformed messages from the content-script world without throwing or changing anything', async () => {
      const before = await snapshot(extensionPage);
      const world = await inContentScript(linkedin);
      for (const message of MALFORMED) {
        const reply = await world.evaluate<string>(
          `chrome.runtime.sendMessage(${message}).then((r) => JSON.stringify(r ?? null), (e) => 'threw: ' + e.message)`,
        );
        expect(reply, message).toBe('null');
      }
      expect(await snapshot(extensionPage)).toEqual(before);
      // The worker is alive and still answers a well-formed message.
      const answer = await world.evaluate<string>(
        `chrome.runtime.sendMessage({ type: 'badge-state' }).then((r) => JSON.stringify(r))`,
      );
      expect(JSON.parse(answer)).toMatchObject({ known: expect.any(Boolean) });
      expect(await rapport.worker.evaluate(() => 1 + 1)).toBe(2);
    });

    it('ignores content-script messages sent from an extension page, however well formed', async () => {
      const before = await snapshot(extensionPage);
      const replies = await extensionPage.evaluate(
        async ([tab]) => {
          const messages: unknown[] = [
            { type: 'page-signal', signal: null },
            { type: 'email-sent', sendId: 'x', recipients: ['a@b.co'], subject: 's', at: 1 },
            { type: 'open-side-panel' },
            { type: 'badge-state', tabId: tab },
            { type: 'nope' },
            null,
          ];
          return Promise.all(
            messages.map((m) =>
              chrome.runtime.sendMessage(m).then(
                (r) => r ?? null,
                (e: Error) => `threw: ${e.message}`,
              ),
            ),
          );
        },
        [tabId],
      );
      expect(replies).toEqual([null, null, null, null, null, null]);
      expect(await snapshot(extensionPage)).toEqual(before);
    });

    it('gives a web page no way to reach Rapport: no runtime API in the page’s own world', async () => {
      const exposed = await linkedin.evaluate(() => {
        const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } })
          .chrome;
        return typeof c?.runtime?.sendMessage;
      });
      expect(exposed).toBe('undefined');
      // And a page's own postMessage reaches no listener of Rapport's.
      const before = await snapshot(extensionPage);
      await linkedin.evaluate(() =>
        window.postMessage({ type: 'page-signal', signal: null, source: 'rapport' }, '*'),
      );
      expect(await snapshot(extensionPage)).toEqual(before);
    });
  });
});
