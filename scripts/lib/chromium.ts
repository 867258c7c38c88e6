// Launching Debian's Chromium with the built extension, shared by `npm start`, the
// end-to-end tests and `npm run bench`. No browser is ever downloaded.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { TAB_SIGNAL_KEY_PREFIX, tabSignalKey } from '../../storage/tab-signal-key';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(
  path.resolve(ROOT, process.env.RAPPORT_OUT_DIR || '.output'),
  'chrome-mv3',
);
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  headless: boolean;
  /** A profile folder to keep between runs; a fresh temporary one when omitted. */
  profileDir?: string;
  /** Other unpacked extensions to load beside Rapport (the bench's bare-worker floor). */
  alsoLoad?: string[];
  /** More Chromium flags. */
  args?: string[];
}

export interface LaunchedRapport {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The address of an extension page, e.g. `sidepanel.html?tabId=3`. */
  pageUrl(pathAndQuery: string): string;
}

/**
 * Starts Chromium with Rapport loaded. The flags keep Chromium from reaching for the
 * network (this machine has none, and Rapport needs none).
 */
export async function launchChromiumWithRapport(options: LaunchOptions): Promise<LaunchedRapport> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build:chrome" first`);
  }
  const context = await chromium.launchPersistentContext(options.profileDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    viewport: options.headless ? { width: 1280, height: 800 } : null,
    args: [
      `--disable-extensions-except=${[EXTENSION_DIR, ...(options.alsoLoad ?? [])].join(',')}`,
      `--load-extension=${[EXTENSION_DIR, ...(options.alsoLoad ?? [])].join(',')}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.headless ? ['--disable-gpu'] : []),
      ...(options.args ?? []),
    ],
  });
  // Rapport's worker is WXT's background.js; another extension loaded beside it has its own.
  const isRapport = (w: Worker) => new URL(w.url()).pathname === '/background.js';
  const worker =
    context.serviceWorkers().find(isRapport) ??
    (await context.waitForEvent('serviceworker', { predicate: isRapport }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    pageUrl: (pathAndQuery) => `chrome-extension://${extensionId}/${pathAndQuery}`,
  };
}

/** Polls until `read` returns something `accept` likes, or fails with the last value seen. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/**
 * The id of the tab showing `url`, found through what the background recorded for it (Rapport
 * may not read tab addresses: it has no "tabs" permission), read by the service worker or an
 * extension page. Waits for the content script's first signal.
 */
export async function tabIdOf(reader: Worker | Page, url: string): Promise<number> {
  const found = await eventually(
    () =>
      (reader as Worker).evaluate(
        async ({ u, prefix }) => {
          const all = await chrome.storage.session.get(null);
          const key = Object.keys(all).find(
            (k) => k.startsWith(prefix) && (all[k] as { url?: string }).url === u,
          );
          return key ? Number(key.slice(prefix.length)) : null;
        },
        { u: url, prefix: TAB_SIGNAL_KEY_PREFIX },
      ),
    (id) => id !== null,
    `a signal recorded for ${url}`,
  );
  return found as number;
}

/**
 * Records a page signal for a tab as the background would, so that an extension page opened
 * with `?tabId=N` shows that state without a real page behind it.
 */
export async function recordTabSignal(
  worker: Worker,
  tabId: number,
  value: { signal: unknown; url: string; at: number },
): Promise<void> {
  await worker.evaluate(
    async ({ key, value }) => {
      await chrome.storage.session.set({ [key]: value });
    },
    { key: tabSignalKey(tabId), value },
  );
}
