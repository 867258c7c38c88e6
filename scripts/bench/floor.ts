// Floors for writes: what the browser's own IndexedDB takes to put the same records, with the
// bare API, in the same browser and the same run. An import measured beside its floor is
// judged on what Rapport adds to the browser's own cost, not on the machine's speed.
import type { Page } from 'playwright-core';
import { SCHEMA_VERSIONS } from '../../storage/db';

/** The scratch database the floors write into, beside Rapport's own. */
export const SCRATCH_DATABASE = 'rapport-bench-floor';
/** Rapport's current schema: the scratch database has the same stores and indexes. */
const LATEST = Object.values(SCHEMA_VERSIONS).at(-1)! as Record<string, string>;

/** Records by table name, e.g. `{ people, notes }`. */
export type TableRecords = Record<string, readonly unknown[]>;

/**
 * Puts a database into a state with the bare IndexedDB API: every table emptied, then
 * `records` put, creating its stores first (by Rapport's latest schema) when it has none, as
 * the scratch database does. Works on Rapport's own database too (`'rapport'`), which the
 * extension created.
 */
export function resetDatabase(page: Page, name: string, records: TableRecords = {}): Promise<void> {
  return page.evaluate(
    ({ name, records, schema }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onupgradeneeded = () => {
          // Dexie's schema syntax: the first key is the primary key; `*` multi-entry, `&`
          // unique, `[a+b]` compound.
          for (const [table, spec] of Object.entries(schema)) {
            const [primary, ...indexes] = spec.split(',').map((s: string) => s.trim());
            const store = open.result.createObjectStore(table, { keyPath: primary });
            for (const index of indexes) {
              const bare = index.replace(/^[*&]/, '');
              const keyPath = bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
              store.createIndex(bare, keyPath, {
                multiEntry: index.startsWith('*'),
                unique: index.startsWith('&'),
              });
            }
          }
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tables = [...db.objectStoreNames];
          const tx = db.transaction(tables, 'readwrite');
          for (const table of tables) tx.objectStore(table).clear();
          for (const [table, list] of Object.entries(records)) {
            const store = tx.objectStore(table);
            for (const record of list) store.put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name, records, schema: LATEST },
  );
}

/**
 * The floor: `records` put with the bare API in one transaction into the scratch database
 * (reset beforehand by the caller), timed in the page from the first put to the commit.
 */
export function bareWrite(page: Page, records: TableRecords): Promise<number> {
  return page.evaluate(
    ({ name, records }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const start = performance.now();
          const tx = db.transaction(Object.keys(records), 'readwrite');
          for (const [table, list] of Object.entries(records)) {
            const store = tx.objectStore(table);
            for (const record of list) store.put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(performance.now() - start);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: SCRATCH_DATABASE, records },
  );
}

/** Deletes the scratch database. */
export async function dropScratchDatabase(page: Page): Promise<void> {
  await page.evaluate((name) => indexedDB.deleteDatabase(name), SCRATCH_DATABASE);
}

/**
 * Runs a measurement and its floor `pairs` times, one right beside the other, which of the
 * two goes first alternating: neither always meets the other's leftovers (the browser
 * compacting what was just written, say). `againstFloor` then judges each pair by its own
 * ratio. `measure` gets the pair's number.
 */
export async function besideFloorInTurn(
  pairs: number,
  measure: (pair: number) => Promise<void>,
  floor: () => Promise<void>,
): Promise<void> {
  for (let pair = 0; pair < pairs; pair += 1) {
    if (pair % 2) await floor();
    await measure(pair);
    if (pair % 2 === 0) await floor();
  }
}
