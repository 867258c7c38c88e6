// Import and export of 10,000 people with 100,000 notes, through the options page as
// the rep does it: choose the file (read, check, plan), press Import (one transaction),
// press Export. Then the 200,000 touches go in the same way, seeding the side panel's
// benchmark: Rapport's own import path is the only way data enters.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clickTimedUntil, type BenchBrowser } from './browser';
import { backupOf } from './data';
import {
  bareWrite,
  besideFloorInTurn,
  dropScratchDatabase,
  resetDatabase,
  SCRATCH_DATABASE,
} from './floor';
import { againstFloor, summarise, type Figure } from './stats';

/** Fewer with RAPPORT_BENCH_PEOPLE, for a quick look at the harness itself. */
export const PEOPLE = Number(process.env.RAPPORT_BENCH_PEOPLE ?? 10_000);
export const NOTES_EACH = 10;
export const TOUCHES_EACH = 20;
// Imports and floors in pairs, taking turns going first: an even number. A write is seconds
// long and varied by under 5 % either side of its median over three runs on a quiet machine
// (7.7–8.4 s bare).
const IMPORT_RUNS = 6;
// The export is judged on its p95, which of fewer than 20 runs is the slowest one; one
// export first, not counted, as the first after the imports meets their leftovers (a
// database just dropped, a heap full of what they read).
const EXPORT_RUNS = 20;
const EXPORT_WARMUP = 1;
/** The import's write beside the same records put with the bare IndexedDB API. */
const WRITE_RATIO_BUDGET = 1.25;
const EXPORT_BUDGET_MS = 3_000;
const LONG = 300_000;

function writeFiles() {
  const dir = path.join(os.tmpdir(), 'rapport-bench');
  mkdirSync(dir, { recursive: true });
  const backup = backupOf(PEOPLE, NOTES_EACH, TOUCHES_EACH);
  const notesFile = path.join(dir, 'people-notes.json');
  const touchesFile = path.join(dir, 'people-touches.json');
  writeFileSync(notesFile, JSON.stringify({ ...backup, touches: [] }));
  writeFileSync(touchesFile, JSON.stringify({ ...backup, notes: [] }));
  // Into an empty database the import writes the file's people and notes as they are.
  return { notesFile, touchesFile, written: { people: backup.people, notes: backup.notes } };
}

/**
 * Imports a file through the options page; returns ms to check and plan (until the Import
 * button shows), and to write (Import → the status saying it is done, timed in the page).
 */
async function importThroughOptions(page: Page, file: string) {
  const start = performance.now();
  await page.getByLabel('Import a Rapport backup').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: LONG });
  const plan = performance.now() - start;
  const write = await clickTimedUntil(page, /^Import$/, /^Imported:/, LONG);
  return { plan, write, total: plan + write };
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
  const { notesFile, touchesFile, written } = writeFiles();
  const page = await browser.context.newPage();
  const open = async () => {
    await page.goto(browser.pageUrl('options.html'));
    await page.getByLabel('Import a Rapport backup').waitFor();
  };
  const plans: number[] = [];
  const writes: number[] = [];
  const totals: number[] = [];
  const floors: number[] = [];
  await besideFloorInTurn(
    IMPORT_RUNS,
    async (pair) => {
      await open();
      if (pair) await resetDatabase(page, 'rapport');
      await open();
      const t = await importThroughOptions(page, notesFile);
      plans.push(t.plan);
      writes.push(t.write);
      totals.push(t.total);
    },
    async () => {
      await resetDatabase(page, SCRATCH_DATABASE);
      floors.push(await bareWrite(page, written));
    },
  );
  await dropScratchDatabase(page);
  const exports: number[] = [];
  for (let i = 0; i < EXPORT_WARMUP + EXPORT_RUNS; i += 1) {
    const took = await exportThroughOptions(page);
    if (i >= EXPORT_WARMUP) exports.push(took);
  }

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
        note: 'options page: read + validate + plan, then one write transaction',
      },
      totals,
    ),
    summarise({ id: 'import.plan', what: '  of which read, check and plan', unit: 'ms' }, plans),
    againstFloor(
      {
        id: 'import.write',
        what: '  of which Import → imported (one transaction)',
        unit: 'ms',
        ratioBudget: WRITE_RATIO_BUDGET,
        note: 'planned again, written with every person’s summary; floor: the same people and notes put with the bare IndexedDB API into an empty database',
      },
      writes,
      floors,
    ),
    summarise({ id: 'import.floor', what: '  floor: bare IndexedDB write', unit: 'ms' }, floors),
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
