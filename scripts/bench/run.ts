// `npm run bench`: Rapport measured against its performance budgets (set in each measurement
// file here), each figure as median and p95 beside its budget and, where one exists, a floor
// measured in the same run. Prints a table, writes bench-results/latest.json, exits 1 when a
// figure is over.
// Expects a built extension (.output, or RAPPORT_OUT_DIR); `npm run bench` builds first.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, ROOT } from '../lib/chromium';
import { launchBench, type BenchBrowser } from './browser';
import { benchBusyPage } from './busy-page';
import { benchCoach } from './coach';
import { benchCoachLive } from './coach-live';
import { benchColdStart } from './cold-start';
import { benchContactsImport } from './contacts-import';
import { benchDetection } from './detection';
import { benchImportExport } from './import-export';
import { describeMachine } from './machine';
import { benchSearch } from './search';
import { benchSidePanel } from './side-panel';
import { benchSizes } from './size';
import { benchToday } from './today';
import { overBudget, slowerThanQuiet, table, type Figure } from './stats';

async function main(): Promise<number> {
  const started = Date.now();
  const figures: Figure[] = [];
  // RAPPORT_BENCH_ONLY=import,sizes runs only the steps with those ids. The live coach reads
  // the database the import seeds, so asking for it runs the import too; the side panel,
  // search, Today and the cold start seed it themselves when it is not already seeded.
  const only = new Set((process.env.RAPPORT_BENCH_ONLY ?? '').split(',').filter(Boolean));
  if (only.has('coach-live')) only.add('import');
  const selected = (id: string) => !only.size || only.has(id);
  const step = async (id: string, name: string, run: () => Promise<Figure[]> | Figure[]) => {
    if (!selected(id)) return;
    const t = Date.now();
    process.stderr.write(`bench: ${name}…`);
    figures.push(...(await run()));
    process.stderr.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  };

  await step('sizes', 'content-script sizes', benchSizes);
  await step('coach', 'coach', benchCoach);
  // One profile for the whole run, kept when RAPPORT_BENCH_PROFILE names it (see launchBench).
  const profileDir =
    process.env.RAPPORT_BENCH_PROFILE ?? mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-'));
  let browser = await launchBench(profileDir);
  // A step in the browser; the pages it served are not served to the next (see launchBench).
  const browserStep = (
    id: string,
    name: string,
    run: (browser: BenchBrowser) => Promise<Figure[]>,
  ) =>
    step(id, name, async () => {
      try {
        return await run(browser);
      } finally {
        await browser.context.unrouteAll();
      }
    });
  try {
    await browserStep('detection', 'detection latency', benchDetection);
    await browserStep('busy', 'busy page', benchBusyPage);
    await browserStep('contacts', 'contacts import', benchContactsImport);
    await browserStep('import', 'import and export (seeds the database)', benchImportExport);
    // The steps that open pages run in a new browser session on the database just seeded, as
    // a rep opens them on any day but the one of a 200,000-record import. Right after the
    // import, in the same session, the side panel's reads (more script than their floor) stood
    // at 1.5–2.0× their floor (five runs), against 1.1–1.5× in a new session on the same
    // database (three runs): the README says what was measured.
    if (selected('import')) {
      await browser.close();
      browser = await launchBench(profileDir);
    }
    await browserStep('panel', 'side panel and memory', benchSidePanel);
    await browserStep('search', 'search by any word', benchSearch);
    await browserStep('today', 'today and the toolbar badge', benchToday);
    await browserStep('coach-live', 'coach live in the panel', benchCoachLive);
    // Last: it stops the service worker that the steps before it talk to.
    await browserStep('cold', 'cold start', benchColdStart);
  } finally {
    await browser.close();
    if (!process.env.RAPPORT_BENCH_PROFILE) rmSync(profileDir, { recursive: true, force: true });
  }

  const over = figures.flatMap((f) => {
    const why = overBudget(f);
    return why ? [{ id: f.id, why }] : [];
  });
  const results = {
    date: new Date(started).toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: describeMachine(browser.version),
    extension: path.relative(ROOT, EXTENSION_DIR) || EXTENSION_DIR,
    figures,
    overBudget: over,
  };
  const dir = path.join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  console.log(
    `\nRapport bench, ${results.date}: ${m.os}, ${m.cpuCount} × ${m.cpus}, ${m.memoryGB} GB, ` +
      `Node ${m.node}, Chromium ${m.chromium}, load ${m.loadAverage.join(' ')}\n`,
  );
  console.log(table(figures));
  for (const f of figures) if (f.note) console.log(`- ${f.what.trim()}: ${f.note}`);
  console.log(`\nWritten to ${path.relative(ROOT, path.join(dir, 'latest.json'))}.`);
  const slow = figures.flatMap((f) => {
    const why = slowerThanQuiet(f);
    return why ? [`  ${f.id}: ${why}`] : [];
  });
  if (slow.length) {
    console.log(
      `\nSlower than on a quiet machine (judged against the floor, not this):\n${slow.join('\n')}`,
    );
  }
  if (over.length) {
    console.log(`\nOver budget:\n${over.map((o) => `  ${o.id}: ${o.why}`).join('\n')}`);
    return 1;
  }
  console.log('\nEvery figure is within its budget.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
