// Importing contacts into a database of 10,000 people, through the options page as the rep
// does it: a 10,000-row LinkedIn export and a 10,000-card vCard file, each a fifth of it
// people already in Rapport. Choose the file → the preview on screen (read, parse, plan,
// render); then Import → imported (the preview's matching reused, as nothing was written
// since, and written in one transaction), beside the floor: the same records written with the
// bare IndexedDB API, in the same browser, into the same 10,000 people.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { planAgainst } from '../../storage/backup/plan';
import { newChangeStamp } from '../../storage/change-stamp';
import { contactRecords } from '../../storage/contact-import';
import { readContactFile } from '../../storage/contacts';
import { summarise as summarisePerson } from '../../storage/person-summary';
import type { Person, Touch } from '../../storage/schema';
import { connectionsCsv, linkedinDate, vcardFile, type Connection } from '../demo/contact-files';
import { clickTimedUntil, type BenchBrowser } from './browser';
import {
  bareWrite,
  besideFloorInTurn,
  dropScratchDatabase,
  resetDatabase,
  SCRATCH_DATABASE,
} from './floor';
import { BENCH_NOW, personAt } from './data';
import { againstFloor, summarise, type Figure } from './stats';

/** Fewer with RAPPORT_BENCH_PEOPLE, for a quick look at the harness itself. */
const PEOPLE = Number(process.env.RAPPORT_BENCH_PEOPLE ?? 10_000);
const ROWS = PEOPLE;
// The preview is judged on its p95, which of fewer than 20 runs is the slowest one.
const PREVIEW_RUNS = 20;
/** Import and floor in pairs, taking turns going first: an even number. */
const WRITE_RUNS = 12;
const PREVIEW_BUDGET_MS = 3_000;
const WRITE_RATIO_BUDGET = 1.25;
const LONG = 300_000;

const FIRST = ['Maya', 'Alex', 'Robin', 'Sam', 'Noor', 'Jonas', 'Ines', 'Kofi', 'Lena', 'Ravi'];
const LAST = ['Lindqvist', 'Rivera', 'Park', 'Okafor', 'Haddad', 'Novak', 'Tanaka', 'Moreau'];
const COMPANIES = ['Northwind Logistics', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Litware'];

/**
 * The i-th connection: every fifth is someone in the database (the LinkedIn file by their
 * profile, the vCards by their address), the rest new people, a third of them with an address.
 */
function connectionAt(i: number, matchBy: 'slug' | 'email'): Connection {
  const known = i % 5 === 0 && i < PEOPLE;
  const stored = known ? personAt(i) : undefined;
  return {
    first: FIRST[i % FIRST.length]!,
    last: `${LAST[i % LAST.length]!}-${i}`,
    slug: stored && matchBy === 'slug' ? stored.linkedinSlug! : `connection-${i}`,
    ...(stored && matchBy === 'email'
      ? { email: stored.emails[0] }
      : i % 3 === 0
        ? { email: `connection${i}@contacts.example` }
        : {}),
    company: COMPANIES[i % COMPANIES.length],
    position: i % 2 ? 'Head of Operations' : 'VP Supply Chain, EMEA',
    connectedOn: linkedinDate(new Date(BENCH_NOW - (i % 1500) * 86_400_000)),
  };
}

interface BenchFile {
  name: string;
  what: string;
  file: string;
  /** What the import writes, worked out here by the same planner, for the floor. */
  writes: { people: Person[]; touches: Touch[] };
}

function writeFiles(seed: Person[]): BenchFile[] {
  const dir = path.join(os.tmpdir(), 'rapport-bench');
  mkdirSync(dir, { recursive: true });
  const files = [
    {
      name: 'Connections.csv',
      what: `${ROWS.toLocaleString('en')}-row LinkedIn export`,
      text: connectionsCsv(Array.from({ length: ROWS }, (_, i) => connectionAt(i, 'slug'))),
    },
    {
      name: 'contacts.vcf',
      what: `${ROWS.toLocaleString('en')}-card vCard file`,
      text: vcardFile(Array.from({ length: ROWS }, (_, i) => connectionAt(i, 'email'))),
    },
  ];
  return files.map(({ name, what, text }) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const { records } = contactRecords(readContactFile(name, text).contacts, BENCH_NOW);
    const plan = planAgainst(
      records,
      {
        people: seed,
        notes: new Map(),
        touches: new Map(),
        externalTwins: [],
        snoozes: new Map(),
        reminders: new Map(),
      },
      'contacts',
    );
    return {
      name,
      what,
      file,
      writes: { people: plan.writes!.people, touches: plan.writes!.touches },
    };
  });
}

async function openOptions(page: Page, browser: BenchBrowser): Promise<void> {
  await page.goto(browser.pageUrl('options.html'));
  await page.getByLabel('Import contacts').waitFor();
}

/** Choose the file → the preview on screen, timed. */
async function preview(page: Page, file: string): Promise<number> {
  const start = performance.now();
  await page.getByLabel('Import contacts').setInputFiles(file);
  await page.getByRole('button', { name: /^Import [\d,]+ people$/ }).waitFor({ timeout: LONG });
  return performance.now() - start;
}

export async function benchContactsImport(browser: BenchBrowser): Promise<Figure[]> {
  const seed = Array.from({ length: PEOPLE }, (_, i) => personAt(i));
  const files = writeFiles(seed);
  // Rapport keeps a summary beside every person, and the stamp of its last write: the seed
  // has them too, as a database the rep has been writing to would.
  const seeded = {
    people: seed,
    personSummaries: seed.map((person) => summarisePerson(person, [], [], BENCH_NOW)),
    changeStamps: [newChangeStamp()],
  };
  const page = await browser.context.newPage();
  // Rapport's database exists once the options page has opened it.
  await openOptions(page, browser);
  const figures: Figure[] = [];
  for (const bench of files) {
    await resetDatabase(page, 'rapport', seeded);
    const previews: number[] = [];
    for (let i = 0; i < PREVIEW_RUNS; i += 1) {
      await openOptions(page, browser);
      previews.push(await preview(page, bench.file));
    }
    const writes: number[] = [];
    const floors: number[] = [];
    await besideFloorInTurn(
      WRITE_RUNS,
      async () => {
        await resetDatabase(page, 'rapport', seeded);
        await openOptions(page, browser);
        await preview(page, bench.file);
        writes.push(await clickTimedUntil(page, /^Import [\d,]+ people$/, /^Imported from/));
      },
      async () => {
        await resetDatabase(page, SCRATCH_DATABASE, seeded);
        floors.push(await bareWrite(page, bench.writes));
      },
    );
    const counts = `${bench.writes.people.length.toLocaleString('en')} people, ${bench.writes.touches.length.toLocaleString('en')} touches written`;
    const write = againstFloor(
      {
        id: `contacts.${bench.name}.write`,
        what: `  Import → imported (${counts})`,
        unit: 'ms',
        ratioBudget: WRITE_RATIO_BUDGET,
        note: "the preview's matching reused (nothing written since) and written in one transaction; floor: the same records put with the bare IndexedDB API into the same seeded people",
      },
      writes,
      floors,
    );
    figures.push(
      summarise(
        {
          id: `contacts.${bench.name}.preview`,
          what: `contacts: ${bench.what} into ${PEOPLE.toLocaleString('en')} people: choose file → preview`,
          unit: 'ms',
          budget: PREVIEW_BUDGET_MS,
          budgetOn: 'p95',
          note: 'options page: read the file, parse (PapaParse / ical.js, loaded on first use), plan against the database, render the preview',
        },
        previews,
      ),
      write,
      summarise(
        { id: `contacts.${bench.name}.floor`, what: '  floor: bare IndexedDB write', unit: 'ms' },
        floors,
      ),
    );
  }
  await resetDatabase(page, 'rapport');
  await dropScratchDatabase(page);
  await page.close();
  return figures;
}
