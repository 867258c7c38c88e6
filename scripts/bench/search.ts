// Search by any word at 10,000 people and 100,000 notes: the side panel with nobody in
// focus, a query typed one character at a time as a rep types it, each keystroke timed
// from the input event to the list showing that query's results, painted. Beside each
// keystroke, in the same document, its floor: a bare input's input event, the reads the
// keystroke needs with the bare IndexedDB API (as many people as the list shows, and the
// notes of those it quotes) and as many plain rows of the same text painted.
import type { Page } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { personAt } from './data';
import { PEOPLE } from './import-export';
import { ensureSeeded } from './side-panel';
import { againstFloor, summarise, type Figure } from './stats';

/** Rapport's own work may take this many times the browser's, keystroke for keystroke. */
const RATIO_BUDGET = 2;
/** What the ratio stands for on a quiet machine: every keystroke but one in twenty within it. */
const QUIET_BUDGET_MS = 50;
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

interface Typed {
  keystrokes: number[];
  floors: number[];
}

/**
 * Types `query` into the search one character at a time; times each keystroke, then its
 * floor right after it. The floor does what any search box over the same database must:
 * an input event, the records the list shows read bare, and the rows painted. It reads
 * no word index: between writes the search keeps the index records it has read (a word's
 * first letter, then its first two, read them the first time they are typed), so most
 * keystrokes read only the people they list.
 */
function typeTimedBesideFloor(query: string): Promise<Typed> {
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

  // The floor's own field and list, beside the panel's, made once per document.
  let bareInput = document.querySelector<HTMLInputElement>('#bench-floor-input');
  if (!bareInput) {
    bareInput = document.createElement('input');
    bareInput.id = 'bench-floor-input';
    bareInput.type = 'search';
    const bareList = document.createElement('ul');
    bareList.id = 'bench-floor-list';
    bareList.className = 'people';
    list.parentElement!.append(bareInput, bareList);
  }
  const bareList = document.querySelector<HTMLElement>('#bench-floor-list')!;
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  // Kept open, as Rapport keeps its own connection open between keystrokes.
  const bench = window as unknown as { benchFloorDb?: Promise<IDBDatabase> };
  bench.benchFloorDb ??= request(indexedDB.open('rapport'));

  const floorKeystroke = (text: string, rows: string[], quoted: number) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      bareInput.addEventListener(
        'input',
        () => {
          void bench.benchFloorDb!.then((db) => {
            const tx = db.transaction(['people', 'notes'], 'readonly');
            if (rows.length) {
              // As many people as the list shows (a count of 0 would read them all).
              const people = request(tx.objectStore('people').getAll(null, rows.length));
              void people.then((found: { id: string }[]) => {
                for (const person of found.slice(0, quoted)) {
                  const range = IDBKeyRange.bound([person.id, -Infinity], [person.id, Infinity]);
                  tx.objectStore('notes').index('[personId+createdAt]').getAll(range);
                }
              });
            }
            tx.onerror = () => reject(tx.error);
            tx.oncomplete = () => {
              bareList.replaceChildren(
                ...rows.map((row) => {
                  const item = document.createElement('li');
                  item.className = 'person-option';
                  item.setAttribute('role', 'option');
                  item.textContent = row;
                  return item;
                }),
              );
              requestAnimationFrame(() => resolve(performance.now() - start));
            };
          });
        },
        { once: true },
      );
      bareInput.value = text;
      bareInput.dispatchEvent(new Event('input', { bubbles: true }));
    });

  return (async () => {
    const typed: Typed = { keystrokes: [], floors: [] };
    await keystroke('');
    for (let i = 1; i <= query.length; i += 1) {
      // A typed space changes nothing the search reads: it is not a keystroke that waits.
      if (query[i - 1] === ' ') continue;
      const text = query.slice(0, i);
      typed.keystrokes.push(await keystroke(text));
      const options = [...list.querySelectorAll('[role=option]')];
      const rows = options.map((option) => option.textContent ?? '');
      const quoted = list.querySelectorAll('.match-quote').length;
      typed.floors.push(await floorKeystroke(text, rows, quoted));
    }
    return typed;
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
  await panel.evaluate(typeTimedBesideFloor, QUERIES[0]!);
  const keystrokes: number[] = [];
  const floors: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of QUERIES) {
      const typed = await panel.evaluate(typeTimedBesideFloor, query);
      keystrokes.push(...typed.keystrokes);
      floors.push(...typed.floors);
    }
  }
  const shown = await panel.getByRole('option').count();
  if (shown === 0) throw new Error('The search found nobody: is the database seeded?');
  await panel.close();
  return [
    againstFloor(
      {
        id: 'search.keystroke',
        what: 'search by any word: keystroke → results painted',
        unit: 'ms',
        ratioBudget: RATIO_BUDGET,
        quietBudget: QUIET_BUDGET_MS,
        note: `queries typed a character at a time: ${QUERIES.join(', ')}; floor, keystroke for keystroke: a bare input's event, the people listed and the notes of those quoted read with the bare IndexedDB API, and as many plain rows painted, in the same document`,
      },
      keystrokes,
      floors,
    ),
    summarise(
      {
        id: 'search.floor',
        what: '  floor: input event, bare reads, the same rows painted',
        unit: 'ms',
      },
      floors,
    ),
  ];
}
