// The browser session the in-browser measurements share: Debian's Chromium, headless,
// with the built extension, and helpers to watch what the background records.
import type { BrowserContext, ConsoleMessage, Page, Route, Worker } from 'playwright-core';
import { TAB_SIGNAL_KEY_PREFIX, tabSignalKey } from '../../storage/tab-signal-key';
import { launchChromiumWithRapport, type LaunchedRapport } from '../lib/chromium';
import { BARE_PAGE, BARE_WORKER, writeBareExtension } from './bare-extension';

export interface BenchBrowser extends LaunchedRapport {
  /** Chromium's version string, for the machine description. */
  version: string;
  close(): Promise<void>;
}

/**
 * The bench's browser on the profile folder `profileDir`, which the bench keeps between
 * launches (and between runs, with RAPPORT_BENCH_PROFILE=<dir>: the side panel step then finds
 * its 10k-people database already seeded). The bare extension, the cold start's floor, is
 * loaded beside Rapport.
 *
 * Nothing reaches the network: no host name resolves, and every page a benchmark needs is
 * served by `serve`. Not by a catch-all route: while any route is set, Playwright intercepts
 * every request the browser makes, an extension page's own scripts and stylesheets
 * included, and each waits on a round trip to this process. A rep's browser has no such
 * detour; it made each extension page opening 15–80 ms slower here (panel openings with and
 * without it, alternated).
 */
export async function launchBench(profileDir: string): Promise<BenchBrowser> {
  const launched = await launchChromiumWithRapport({
    headless: true,
    profileDir,
    alsoLoad: [writeBareExtension()],
    args: ['--host-resolver-rules=MAP * ~NOTFOUND'],
  });
  const version = launched.context.browser()?.version() ?? (await chromiumVersion(launched));
  return { ...launched, version, close: () => launched.context.close() };
}

async function chromiumVersion(launched: LaunchedRapport): Promise<string> {
  const page = await launched.context.newPage();
  const cdp = await launched.context.newCDPSession(page);
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
  await page.close();
  return product;
}

/** The address of a file of the bare extension (the floors' extension), once its worker runs. */
export async function bareExtensionUrl(browser: BenchBrowser): Promise<(file: string) => string> {
  const isBare = (w: Worker) => w.url().endsWith(`/${BARE_WORKER}`);
  const worker =
    browser.context.serviceWorkers().find(isBare) ??
    (await browser.context.waitForEvent('serviceworker', { predicate: isBare }));
  const id = new URL(worker.url()).host;
  return (file) => `chrome-extension://${id}/${file}`;
}

/** The console.debug tag with which a page's init script reports a painted frame. */
const FRAME_REPORT = 'rapport-bench-frame ';

/** A frame as a page reported it: on its own clock (0 = navigation) and on the machine's. */
export interface ReportedFrame {
  now: number;
  epoch: number;
}

/** Page code (a string, for init scripts) that reports the frame after the current one. */
const REPORT_NEXT_FRAME = `requestAnimationFrame(() => console.debug(${JSON.stringify(FRAME_REPORT)} +
  JSON.stringify({ now: performance.now(), epoch: performance.timeOrigin + performance.now() })))`;

/**
 * Runs in a page before its scripts: reports the first frame after `condition` (a page
 * expression) holds, checked at each DOM change: a MutationObserver sees React's commit at
 * once, and the frame after it is the one that paints it.
 */
export function reportFrameWhen(condition: string): string {
  return `
    new MutationObserver((_, observer) => {
      if (!(${condition})) return;
      observer.disconnect();
      ${REPORT_NEXT_FRAME};
    }).observe(document, { childList: true, subtree: true });
  `;
}

/** Runs in a page before its scripts: reports the first frame after its HTML and scripts. */
const REPORT_FIRST_FRAME = `document.addEventListener('DOMContentLoaded', () => ${REPORT_NEXT_FRAME});`;

/**
 * The next frame `page` reports (see reportFrameWhen); call before navigating. The report
 * arrives as a console event: waiting by polling the page instead would inject Playwright's
 * own script (~12 ms of parsing and running on the page's main thread) into the very
 * opening being timed, which no rep's browser has.
 */
export function reportedFrame(page: Page, timeoutMs = 60_000): Promise<ReportedFrame> {
  return consoleReport<ReportedFrame>(page, FRAME_REPORT, 'a painted frame', timeoutMs);
}

/**
 * The next value `page` reports by `console.debug(tag + JSON.stringify(value))`: how a
 * page's init script tells the bench what it measured without the bench touching the page.
 */
export function consoleReport<T>(
  page: Page,
  tag: string,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      page.off('console', onConsole);
    };
    const onConsole = (message: ConsoleMessage) => {
      const text = message.text();
      if (message.type() !== 'debug' || !text.startsWith(tag)) return;
      stop();
      resolve(JSON.parse(text.slice(tag.length)) as T);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`${page.url()} reported no ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    page.on('console', onConsole);
  });
}

/**
 * The browser's own cost of opening an extension page: a tab of its own (so that a measured
 * panel's tab stays on Rapport's pages, as a side panel does) whose `open()` opens the bare
 * extension's empty page and times navigation → its first frame.
 */
export async function blankPageTab(browser: BenchBrowser) {
  const tab = await browser.context.newPage();
  await tab.addInitScript(REPORT_FIRST_FRAME);
  const url = (await bareExtensionUrl(browser))(BARE_PAGE);
  return {
    async open(): Promise<number> {
      const frame = reportedFrame(tab);
      await tab.goto(url);
      return (await frame).now;
    },
    close: () => tab.close(),
  };
}

/**
 * A document of Rapport's origin that runs none of Rapport's code (its toolbar icon): bare
 * reads run there on a quiet main thread, with the database not yet open in the document
 * (Today's floor, and the side panel's reads in a settled document); and a panel tab sent
 * there between two openings starts the next one, as a side panel does, without first
 * unloading the last panel.
 */
export const QUIET_PAGE = 'icon/16.png';

/**
 * Clicks the button whose text matches `button` and times, on the page's own clock, the
 * click → the first frame after a status (`role="status"`) reads `done`. Seen by a
 * MutationObserver in the page, the moment is exact; Playwright waiting for the text from
 * outside would poll it at intervals up to half a second, counted as part of a write.
 */
export function clickTimedUntil(
  page: Page,
  button: RegExp,
  done: RegExp,
  timeoutMs = 300_000,
): Promise<number> {
  return page.evaluate(
    ({ button, done, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const buttonText = new RegExp(button);
        const doneText = new RegExp(done);
        const target = [...document.querySelectorAll('button')].find((b) =>
          buttonText.test(b.textContent ?? ''),
        );
        if (!target) return reject(new Error(`no button ${buttonText}`));
        // No named helpers in here: the page has none of the bundler's naming shims.
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const statuses = [...document.querySelectorAll('[role="status"]')];
          if (!statuses.some((s) => doneText.test(s.textContent ?? ''))) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(
          () => reject(new Error(`no status ${doneText} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        target.click();
      }),
    { button: button.source, done: done.source, timeoutMs },
  );
}

/**
 * Serves `html` at every address `url` matches (the real match patterns then apply), until
 * the returned function is called: a step that times extension pages stops serving first
 * (see launchBench), and the bench stops every step's serving when the step ends.
 */
export async function serve(
  context: BrowserContext,
  url: string | RegExp,
  html: string,
): Promise<() => Promise<void>> {
  const handler = (route: Route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
  await context.route(url, handler);
  return () => context.unroute(url, handler);
}

export interface RecordedChange {
  key: string;
  /** Date.now() in the service worker when storage reported the change. */
  t: number;
  value: { signal: unknown; url: string; at: number } | undefined;
}

/**
 * Starts logging, in the service worker, every change to a recorded tab signal with the
 * worker's Date.now() at that moment. Safe to call again (a restarted worker gets a new log).
 */
export async function watchSignals(worker: Worker): Promise<void> {
  await worker.evaluate((prefix) => {
    const g = globalThis as unknown as { __rapportBenchLog?: unknown[] };
    if (g.__rapportBenchLog) return;
    const log: unknown[] = [];
    g.__rapportBenchLog = log;
    chrome.storage.session.onChanged.addListener((changes) => {
      const t = Date.now();
      for (const [key, change] of Object.entries(changes)) {
        if (key.startsWith(prefix)) log.push({ key, t, value: change.newValue });
      }
    });
  }, TAB_SIGNAL_KEY_PREFIX);
}

/**
 * Waits for the first change to the tab's signal logged at or after `since` whose
 * signal's first person has `field` equal to `expected` (or whose signal is null, for
 * `expected === null`).
 */
export async function waitForSignal(
  worker: Worker,
  tabId: number,
  since: number,
  expected: {
    field: 'email' | 'linkedinSlug' | 'linkedinMemberId' | 'name' | 'draft';
    value: string;
  } | null,
  timeoutMs = 5_000,
): Promise<RecordedChange> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await worker.evaluate(
      ({ key, since, expected }) => {
        const log = (globalThis as unknown as { __rapportBenchLog?: RecordedChange[] })
          .__rapportBenchLog;
        if (!log) return 'no-log' as const;
        return (
          log.find((c) => {
            if (c.key !== key || c.t < since || !c.value) return false;
            const signal = c.value.signal as {
              people?: Record<string, string>[];
              draft?: { body: string };
            } | null;
            if (expected === null) return signal === null;
            if (expected.field === 'draft') return signal?.draft?.body === expected.value;
            return signal?.people?.[0]?.[expected.field] === expected.value;
          }) ?? null
        );
      },
      { key: tabSignalKey(tabId), since, expected },
    );
    if (found === 'no-log') await watchSignals(worker);
    else if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(
        `No signal ${JSON.stringify(expected)} for tab ${tabId} within ${timeoutMs} ms`,
      );
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Empties the worker's change log, so lookups stay quick over many runs. */
export async function clearSignalLog(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const log = (globalThis as unknown as { __rapportBenchLog?: unknown[] }).__rapportBenchLog;
    if (log) log.length = 0;
  });
}

/** Main-thread metrics of a page from the DevTools protocol, in ms and bytes. */
export async function pageMetrics(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    async read(): Promise<Record<string, number>> {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: Array<{ name: string; value: number }>;
      };
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
    async collectGarbage(): Promise<void> {
      await cdp.send('HeapProfiler.collectGarbage');
    },
    detach: () => cdp.detach(),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
