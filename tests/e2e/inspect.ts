import type { CDPSession, Page } from 'playwright-core';

/** Looking at Rapport's state from outside its code, for the security and fault tests. */

export interface Snapshot {
  people: unknown[];
  notes: unknown[];
  touches: unknown[];
  session: Record<string, unknown>;
}

/**
 * Every record in Rapport's database and everything in session storage, read through the
 * browser's own APIs from an extension page (the database must already exist: opening a
 * missing one here would create it empty).
 */
export async function snapshot(extensionPage: Page): Promise<Snapshot> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        if (!db.objectStoreNames.contains(store)) return resolve([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [people, notes, touches] = [
      await all('people'),
      await all('notes'),
      await all('touches'),
    ];
    db.close();
    return { people, notes, touches, session: await chrome.storage.session.get(null) };
  });
}

/** Every record of one of Rapport's object stores, read with the browser's own API. */
export async function storeRecords(extensionPage: Page, store: string): Promise<unknown[]> {
  return extensionPage.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('rapport');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records;
  }, store);
}

/** A CDP session on an extension page, whose ServiceWorker domain sees Rapport's worker. */
export async function workerControl(extensionPage: Page): Promise<{
  cdp: CDPSession;
  /** Stops Rapport's service worker, as Chrome does after 30 s idle, and waits until it has. */
  stop(): Promise<void>;
}> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const status = new Map<string, string>();
  const waiters: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (v.scriptURL.endsWith('/background.js')) status.set(v.versionId, v.runningStatus);
    }
    for (const wake of waiters.splice(0)) wake();
  });
  await cdp.send('ServiceWorker.enable');
  const allStopped = () => [...status.values()].every((s) => s === 'stopped');
  return {
    cdp,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      for (const versionId of status.keys()) {
        await cdp.send('ServiceWorker.stopWorker', { versionId }).catch(() => undefined);
      }
      while (status.size === 0 || !allStopped()) {
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

/** Runs `expression` in Rapport's content-script world of a web page (its isolated world). */
export async function inContentScript(page: Page): Promise<{
  evaluate<T>(expression: string): Promise<T>;
}> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  return {
    async evaluate<T>(expression: string) {
      const world = worlds.findLast((w) => w.origin.startsWith('chrome-extension://'));
      if (!world) throw new Error('Rapport’s content script is not running in this page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'threw');
      return result.value as T;
    },
  };
}

/**
 * Everything Rapport keeps, as one JSON text: every object store of its database (whatever
 * tables exist), extension storage (settings, drafts) and session storage (tab signals),
 * read through the browser's own APIs from an extension page. Packed numbers (the word
 * index) are written out as plain arrays.
 */
export async function everythingStored(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async () => {
    const read = async (name: string) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tables: Record<string, unknown[]> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        tables[store] = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      db.close();
      return tables;
    };
    const tables = await read('rapport');
    // Note drafts have a database of their own.
    const drafts = await read('rapport-drafts');
    const everything = {
      tables,
      drafts,
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
    };
    return JSON.stringify(everything, (_key, value: unknown) =>
      ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value,
    );
  });
}
