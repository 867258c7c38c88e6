// Import and export of 10,000 people with 100,000 notes, through the options page as
// the rep does it: choose the file (read, check, plan), press Import (one transaction),
// press Export. Then the 200,000 touches go in the same way, seeding the side panel's
// benchmark: Rapport's own import path is the only way data enters.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { backupOf } from './data';
import { summarise, type Figure } from './stats';

/** Fewer with RAPPORT_BENCH_PEOPLE, for a quick look at the harness itself. */
export const PEOPLE = Number(process.env.RAPPORT_BENCH_PEOPLE ?? 10_000);
export const NOTES_EACH = 10;
export const TOUCHES_EACH = 20;
const IMPORT_RUNS = 3;
const EXPORT_RUNS = 3;
const IMPORT_BUDGET_MS = 5_000;
const EXPORT_BUDGET_MS = 3_000;
const LONG = 300_000;

function writeFiles(): { notesFile: string; touchesFile: string } {
  const dir = path.join(os.tmpdir(), 'rapport-bench');
  mkdirSync(dir, { recursive: true });
  const backup = backupOf(PEOPLE, NOTES_EACH, TOUCHES_EACH);
  const notesFile = path.join(dir, 'people-notes.json');
  const touchesFile = path.join(dir, 'people-touches.json');
  writeFileSync(notesFile, JSON.stringify({ ...backup, touches: [] }));
  writeFileSync(touchesFile, JSON.stringify({ ...backup, notes: [] }));
  return { notesFile, touchesFile };
}

/** Imports a file through the options page; returns ms to check and plan, and to write. */
async function importThroughOptions(page: Page, file: string) {
  const start = performance.now();
  await page.getByLabel('Import a Rapport backup').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: LONG });
  const planned = performance.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/^Imported:/).waitFor({ timeout: LONG });
  const written = performance.now();
  return { plan: planned - start, write: written - planned, total: written - start };
}

/** Empties every one of Rapport's tables with the bare IndexedDB API, from an extension page. */
async function emptyDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function exportThroughOptions(page: Page): Promise<number> {
  const start = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: LONG }),
    page.getByRole('button', { name: 'Export backup (JSON)' }).click(),
  ]);
  const took = performance.now() - start;
  await download.delete();
  return took;
}

export async function benchImportExport(browser: BenchBrowser): Promise<Figure[]> {
  const { notesFile, touchesFile } = writeFiles();
  const page = await browser.context.newPage();
  const open = async () => {
    await page.goto(browser.pageUrl('options.html'));
    await page.getByLabel('Import a Rapport backup').waitFor();
  };
  const plans: number[] = [];
  const writes: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < IMPORT_RUNS; i += 1) {
    await open();
    if (i) await emptyDatabase(page);
    await open();
    const t = await importThroughOptions(page, notesFile);
    plans.push(t.plan);
    writes.push(t.write);
    totals.push(t.total);
  }
  const exports: number[] = [];
  for (let i = 0; i < EXPORT_RUNS; i += 1) exports.push(await exportThroughOptions(page));

  await open();
  const seed = await importThroughOptions(page, touchesFile);
  await open();
  const fullExport = await exportThroughOptions(page);
  await page.close();

  const scale = `${PEOPLE.toLocaleString('en')} people, ${(PEOPLE * NOTES_EACH).toLocaleString('en')} notes`;
  return [
    summarise(
      {
        id: 'import.total',
        what: `import ${scale}: choose file → imported`,
        unit: 'ms',
        budget: IMPORT_BUDGET_MS,
        budgetOn: 'p95',
        note: 'options page: read + validate + plan, then one write transaction',
      },
      totals,
    ),
    summarise({ id: 'import.plan', what: '  of which read, check and plan', unit: 'ms' }, plans),
    summarise({ id: 'import.write', what: '  of which the write transaction', unit: 'ms' }, writes),
    summarise(
      {
        id: 'export.total',
        what: `export ${scale}: click → download`,
        unit: 'ms',
        budget: EXPORT_BUDGET_MS,
        budgetOn: 'p95',
      },
      exports,
    ),
    summarise(
      {
        id: 'import.seed-touches',
        what: `seed: import ${(PEOPLE * TOUCHES_EACH).toLocaleString('en')} touches (+ people)`,
        unit: 'ms',
        note: 'the side panel benchmark’s data, through the same import',
      },
      [seed.total],
    ),
    summarise(
      {
        id: 'export.full',
        what: 'export everything (+ 200,000 touches)',
        unit: 'ms',
      },
      [fullExport],
    ),
  ];
}
