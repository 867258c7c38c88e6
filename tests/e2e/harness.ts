import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { DATABASE_NAME } from '../../storage/db';
import { tabSignalKey } from '../../storage/tab-signal-key';
import {
  eventually,
  EXTENSION_DIR,
  launchChromiumWithRapport,
  ROOT,
  tabIdOf as tabIdOfUrl,
} from '../../scripts/lib/chromium';

export { eventually, EXTENSION_DIR, ROOT };
export const CAPTURES = path.join(ROOT, 'tests/fixtures/captures');
export const OWN_FIXTURES = path.join(ROOT, 'tests/fixtures');

export interface Rapport {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. `sidepanel.html?tabId=3`) as an ordinary tab. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium, headless, with the built extension and a fresh profile. */
export async function launchRapport(): Promise<Rapport> {
  const launched = await launchChromiumWithRapport({ headless: true });
  return {
    ...launched,
    async openExtensionPage(pathAndQuery) {
      const page = await launched.context.newPage();
      await page.goto(launched.pageUrl(pathAndQuery));
      return page;
    },
    close: () => launched.context.close(),
  };
}

/** Serves a saved page at its real address, so the manifest's match patterns apply. */
export async function servePage(context: BrowserContext, url: string, file: string): Promise<void> {
  const body = readFileSync(file);
  await context.route(url, (route) =>
    route.fulfill({ body, contentType: 'text/html; charset=utf-8' }),
  );
}

/** The id of the tab showing `url`, once its content script has reported. */
export function tabIdOf(rapport: Rapport, url: string): Promise<number> {
  return tabIdOfUrl(rapport.worker, url);
}

/** Reads what the background recorded for a tab in session storage. */
export async function recordedSignal(rapport: Rapport, tabId: number): Promise<unknown> {
  return rapport.worker.evaluate(
    async (key) => (await chrome.storage.session.get(key))[key] ?? null,
    tabSignalKey(tabId),
  );
}

/**
 * Every record of one of Rapport's tables, read straight from IndexedDB in the service
 * worker, as the browser stores it (the database must exist: the tests seed it first).
 */
export async function readStore<T>(
  rapport: Rapport,
  store: 'people' | 'notes' | 'touches' | 'unattachedTouches',
): Promise<T[]> {
  return rapport.worker.evaluate(
    ({ name, store }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => {
            db.close();
            reject(request.error);
          };
        };
      }),
    { name: DATABASE_NAME, store },
  );
}
