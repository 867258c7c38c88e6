// 4 and 7. The side panel opened on a tab whose person is in a database of 10,000 people,
// 100,000 notes and 200,000 touches: time from navigation to the person's heading, notes
// and timeline on screen, against the floor of the same IndexedDB reads done bare in the
// same page; and the panel's JS heap at that scale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, tabIdOf } from '../lib/chromium';
import { pageMetrics, serve, sleep, type BenchBrowser } from './browser';
import { personAt } from './data';
import { PEOPLE } from './import-export';
import { median, summarise, type Figure } from './stats';

const RUNS = 20;
const WARMUP = 3;
const BUDGET_MS = 150;
const RATIO_BUDGET = 2;
/** A person in the middle of the database, as average as any. */
const PERSON = Math.min(5_678, PEOPLE - 1);

interface Timings {
  rendered: number;
  domContentLoaded: number;
}

/** The reads the panel needs for a LinkedIn profile, with the bare IndexedDB API. */
function bareReads(slug: string): Promise<number> {
  const start = performance.now();
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  return (async () => {
    const db = await request(indexedDB.open('rapport'));
    const tx = db.transaction(['people', 'notes', 'touches'], 'readonly');
    const people = tx.objectStore('people');
    const found = (await request(people.index('linkedinSlug').get(slug))) as { id: string };
    const id = found.id;
    const notesRange = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
    const touchesIndex = tx.objectStore('touches').index('[personId+at]');
    const newestTouches = new Promise<unknown[]>((resolve, reject) => {
      const out: unknown[] = [];
      const cursor = touchesIndex.openCursor(notesRange, 'prev');
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c || out.length >= 50) return resolve(out);
        out.push(c.value);
        c.continue();
      };
    });
    await Promise.all([
      request(people.get(id)),
      request(tx.objectStore('notes').index('[personId+createdAt]').getAll(notesRange)),
      newestTouches,
      request(touchesIndex.count(notesRange)),
    ]);
    db.close();
    return performance.now() - start;
  })();
}

export async function benchSidePanel(browser: BenchBrowser): Promise<Figure[]> {
  const { context, worker } = browser;
  const person = personAt(PERSON);
  const slug = person.linkedinSlug!;
  const profileUrl = `https://www.linkedin.com/in/${slug}/`;
  await serve(
    context,
    'https://www.linkedin.com/**',
    readFileSync(path.join(ROOT, 'scripts/demo/pages/linkedin-profile.html'), 'utf8').replaceAll(
      'maya-lindqvist-demo',
      slug,
    ),
  );
  const tab = await context.newPage();
  await tab.goto(profileUrl);
  const tabId = await tabIdOf(worker, profileUrl);

  const panel = await context.newPage();
  // tsx names inner functions with a `__name` helper that the page does not have.
  await panel.addInitScript('window.__name = (fn) => fn;');
  const metrics = await pageMetrics(context, panel);
  const url = browser.pageUrl(`sidepanel.html?tabId=${tabId}`);
  const open: number[] = [];
  const floors: number[] = [];
  const loaded: number[] = [];
  const heaps: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    await panel.goto(url);
    // Polled every 5 ms in the page: the moment the person's heading, what they told the
    // rep and the timeline are all on screen, on the page's own clock (0 = navigation).
    await panel
      .waitForFunction(
        () => {
          const w = window as unknown as { __rendered?: number };
          if (
            document.querySelector('h2.person-name') &&
            document.querySelector('[aria-labelledby="told-heading"]') &&
            document.querySelector('ol.timeline > li')
          ) {
            w.__rendered ??= performance.now();
          }
          return w.__rendered;
        },
        null,
        { timeout: 60_000, polling: 5 },
      )
      .catch(async (error: Error) => {
        const text = await panel.evaluate(() => document.body.innerText.slice(0, 300));
        throw new Error(`The panel did not render the person: ${text}`, { cause: error });
      });
    const t = await panel.evaluate((): Timings => ({
      rendered: (window as unknown as { __rendered: number }).__rendered,
      domContentLoaded: (
        performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      ).domContentLoadedEventEnd,
    }));
    const heading = await panel.locator('h2.person-name').textContent();
    if (heading?.trim() !== person.name) {
      throw new Error(`The panel shows ${heading}, not ${person.name}`);
    }
    await sleep(100);
    const floor = await panel.evaluate(bareReads, slug);
    if (i < WARMUP) continue;
    open.push(t.rendered);
    loaded.push(t.domContentLoaded);
    floors.push(floor);
    if (i >= WARMUP + RUNS - 5) {
      await metrics.collectGarbage();
      heaps.push((await metrics.read()).JSHeapUsedSize ?? NaN);
    }
  }
  await metrics.detach();
  await panel.close();
  await tab.close();

  const floor = median(floors);
  const figure = summarise(
    {
      id: 'sidepanel.open',
      what: 'side panel: open → person, notes, timeline',
      unit: 'ms',
      budget: BUDGET_MS,
      budgetOn: 'p95',
      floor,
      ratioBudget: RATIO_BUDGET,
      note: 'floor: the same IndexedDB reads (open, slug index, person, notes, 50 newest touches, count) done bare in the same page',
    },
    open,
  );
  figure.ratioToFloor = figure.median / floor;
  return [
    figure,
    summarise(
      { id: 'sidepanel.dom-content-loaded', what: '  of which HTML + scripts loaded', unit: 'ms' },
      loaded,
    ),
    summarise(
      { id: 'sidepanel.bare-reads', what: '  floor: bare IndexedDB reads', unit: 'ms' },
      floors,
    ),
    summarise(
      {
        id: 'sidepanel.heap',
        what: 'side panel JS heap at 10k/100k/200k, after GC',
        unit: 'bytes',
        note: 'CDP Performance.getMetrics JSHeapUsedSize',
      },
      heaps,
    ),
  ];
}
