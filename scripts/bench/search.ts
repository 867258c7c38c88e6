// Search by any word at 10,000 people and 100,000 notes: the side panel with nobody in
// focus, a query typed one character at a time as a rep types it, each keystroke timed
// from the input event to the list showing that query's results, painted. The floor is the
// word index's own records (the document list and the shards the query needs) read with
// the bare IndexedDB API in the same page.
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { personAt } from './data';
import { PEOPLE } from './import-export';
import { ensureSeeded } from './side-panel';
import { median, summarise, type Figure } from './stats';

const BUDGET_MS = 50;
/** Typed whole each round: names, a company, note words, an address, several words. */
const QUERIES = [
  'lindqvist',
  'northwind',
  'gothenburg',
  'maya gothenburg pilot',
  'head of operations',
  `person${Math.min(4321, PEOPLE - 1)}@bench`,
  personAt(Math.min(1234, PEOPLE - 1)).name,
  'security questionnaire',
];
const ROUNDS = 3;

/** Types `query` into the search one character at a time; returns each keystroke's ms. */
function typeTimed(query: string): Promise<number[]> {
  const input = document.querySelector<HTMLInputElement>('input[role=combobox]')!;
  const list = document.querySelector<HTMLElement>('[role=listbox]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const keystroke = (text: string) =>
    new Promise<number>((resolve) => {
      const shown = () => list.dataset.query === text.trim();
      const start = performance.now();
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
      if (shown()) return done();
      new MutationObserver((_, observer) => {
        if (!shown()) return;
        observer.disconnect();
        done();
      }).observe(list, { attributes: true, childList: true, subtree: true });
    });
  return (async () => {
    const times: number[] = [];
    await keystroke('');
    for (let i = 1; i <= query.length; i += 1) {
      // A typed space changes nothing the search reads: it is not a keystroke that waits.
      if (query[i - 1] === ' ') continue;
      times.push(await keystroke(query.slice(0, i)));
    }
    return times;
  })();
}

/** The word index records a query reads (document list, shards), with the bare API. */
function bareIndexReads(query: string): Promise<number> {
  const start = performance.now();
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  return (async () => {
    const db = await request(indexedDB.open('rapport'));
    const store = db.transaction('wordIndex', 'readonly').objectStore('wordIndex');
    const shards = [...new Set(query.toLowerCase().split(/\W+/).filter(Boolean))].map(
      (word) => `w:${Array.from(word).slice(0, 2).join('')}`,
    );
    await Promise.all([
      request(store.get('docs')),
      ...shards.map((key) => request(store.get(key))),
    ]);
    db.close();
    return performance.now() - start;
  })();
}

async function openSearch(browser: BenchBrowser): Promise<Page> {
  const panel = await browser.context.newPage();
  // tsx names inner functions with a `__name` helper that the page does not have.
  await panel.addInitScript('window.__name = (fn) => fn;');
  await panel.goto(browser.pageUrl('sidepanel.html?tabId=999999'));
  await panel.getByRole('combobox', { name: 'Find a person' }).waitFor({ timeout: 60_000 });
  return panel;
}

export async function benchSearch(browser: BenchBrowser): Promise<Figure[]> {
  await ensureSeeded(browser);
  const panel = await openSearch(browser);
  // A first round warms the page (code, database open), as a rep's first search would not.
  await panel.evaluate(typeTimed, QUERIES[0]!);
  const keystrokes: number[] = [];
  const floors: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of QUERIES) {
      keystrokes.push(...(await panel.evaluate(typeTimed, query)));
      floors.push(await panel.evaluate(bareIndexReads, query));
    }
  }
  const shown = await panel.getByRole('option').count();
  if (shown === 0) throw new Error('The search found nobody: is the database seeded?');
  await panel.close();
  const floor = median(floors);
  const figure = summarise(
    {
      id: 'search.keystroke',
      what: 'search by any word: keystroke → results painted',
      unit: 'ms',
      budget: BUDGET_MS,
      budgetOn: 'p95',
      floor,
      note: `queries typed a character at a time: ${QUERIES.join(', ')}; floor: the word index records the query reads, with the bare IndexedDB API`,
    },
    keystrokes,
  );
  figure.ratioToFloor = figure.median / floor;
  return [
    figure,
    summarise(
      { id: 'search.floor', what: '  floor: bare reads of the index records', unit: 'ms' },
      floors,
    ),
  ];
}
