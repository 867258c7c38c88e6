// Today at 10,000 people, 100,000 notes and 200,000 touches: the side panel with nobody in
// focus, from navigation to the list painted, against the floor of an empty extension page
// opened plus the IndexedDB reads Today needs done bare in the panel's document where it
// would start its own; and the toolbar badge brought up to date after a write (a page's
// message, the background's index counts, the badge set), beside the same counts done bare.
import { firstRowsFor } from '../../components/today/first-rows';
import { recordTabSignal } from '../lib/chromium';
import {
  blankPageTab,
  QUIET_PAGE,
  reportedFrame,
  reportFrameWhen,
  type BenchBrowser,
} from './browser';
import { ensureSeeded } from './side-panel';
import { bareReadsInsteadOfPanel, floorOpening } from './floor-opening';
import { againstFloor, median, summarise, type Figure } from './stats';

// As many openings as the side panel's (see there).
const RUNS = 40;
const WARMUP = 3;
/**
 * The same page as the side panel's, held to the same 2× its floor. On a quiet machine that
 * is a p95 within 200 ms.
 */
const TODAY_RATIO_BUDGET = 2;
const TODAY_QUIET_BUDGET_MS = 200;
const BADGE_BUDGET_MS = 50;
const BADGE_RUNS = 30;
/** A tab whose page shows nobody: the panel opens on Today. */
const EMPTY_TAB = 777_001;
/** The panel's size here: a side panel of a window on a 1080p screen. */
const PANEL = { width: 400, height: 900 };
/** Rows Today reads and paints first in a panel that tall. */
const FIRST_ROWS = firstRowsFor(PANEL.height);

/** Runs in the panel before its scripts: reports the frame that paints the first rows. */
const REPORT_RENDER = reportFrameWhen(`document.querySelector('ol.today-list > li')`);

/**
 * The reads Today needs, bare: the snoozes in force, the first keys of each index range
 * (as many as rows are painted), those people's summaries, the counts stopped at 100, and
 * the first rows' people (the rows' links need their addresses).
 */
function bareTodayReads(firstRows: number): Promise<number> {
  const start = performance.now();
  const day = 86_400_000;
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const ranges = (now: number, by: number, inclusive: boolean): [string, IDBKeyRange][] => [
    // Promise keys are [due moment, note id].
    ['promiseDueAts', IDBKeyRange.upperBound(inclusive ? [by, []] : [by], !inclusive)],
    ['replyFrom', IDBKeyRange.upperBound(by, !inclusive)],
    ['coldFrom', IDBKeyRange.upperBound(by - 14 * day, !inclusive)],
    [
      '[followUpRun+followUpFrom]',
      IDBKeyRange.bound([1, -Infinity], [1, by - 3 * day], false, !inclusive),
    ],
    [
      '[followUpRun+followUpFrom]',
      IDBKeyRange.bound([2, -Infinity], [2, by - 4 * day], false, !inclusive),
    ],
    ...(by > now
      ? [['meetingAts', IDBKeyRange.bound(now, by, true, false)] as [string, IDBKeyRange]]
      : []),
  ];
  return (async () => {
    const now = Date.now();
    const db = await request(indexedDB.open('rapport'));
    const tx = db.transaction(['personSummaries', 'snoozes', 'people'], 'readonly');
    const summaries = tx.objectStore('personSummaries');
    await request(
      tx.objectStore('snoozes').index('until').getAll(IDBKeyRange.lowerBound(now, true)),
    );
    const keys = async (list: [string, IDBKeyRange][], limit: number) => {
      const ids: IDBValidKey[] = [];
      for (const [index, range] of list) {
        if (ids.length >= limit) break;
        ids.push(...(await request(summaries.index(index).getAllKeys(range, limit - ids.length))));
      }
      return ids;
    };
    const firstIds = new Set<IDBValidKey>();
    for (const [index, range] of ranges(now, now + day, true)) {
      for (const id of await request(summaries.index(index).getAllKeys(range, firstRows))) {
        firstIds.add(id);
      }
    }
    const first = await Promise.all([...firstIds].map((id) => request(summaries.get(id))));
    await keys(ranges(now, now, false), 100);
    await keys(ranges(now, now + day, true), 100);
    const people = tx.objectStore('people');
    await Promise.all(
      (first as { personId: string }[])
        .slice(0, firstRows)
        .map((s) => request(people.get(s.personId))),
    );
    db.close();
    return performance.now() - start;
  })();
}

/** The toolbar count with the bare API: the same index keys as the background's, stopped at 100, then the badge. */
function bareBadgeCount(now: number): Promise<{ ms: number; count: number; text: string }> {
  const start = performance.now();
  const request = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const day = 86_400_000;
  const cap = 100;
  return (async () => {
    const db = await request(indexedDB.open('rapport'));
    const tx = db.transaction(['personSummaries', 'snoozes'], 'readonly');
    const s = tx.objectStore('personSummaries');
    // The snoozes in force, whose people's items the background takes away (none here).
    await request(
      tx.objectStore('snoozes').index('until').getAll(IDBKeyRange.lowerBound(now, true)),
    );
    const below = (at: number) => IDBKeyRange.upperBound(at, true);
    // Default cadence: the 1st and 2nd follow-ups, after 3 and 4 days.
    const ranges: [string, IDBKeyRange][] = [
      ['promiseDueAts', IDBKeyRange.upperBound([now], true)],
      ['replyFrom', below(now)],
      ['coldFrom', below(now - 14 * day)],
      [
        '[followUpRun+followUpFrom]',
        IDBKeyRange.bound([1, -Infinity], [1, now - 3 * day], false, true),
      ],
      [
        '[followUpRun+followUpFrom]',
        IDBKeyRange.bound([2, -Infinity], [2, now - 4 * day], false, true),
      ],
    ];
    let count = 0;
    for (const [index, range] of ranges) {
      if (count >= cap) break;
      count += (await request(s.index(index).getAllKeys(range, cap - count))).length;
    }
    // As the toolbar shows it (utils/background/toolbar-badge.ts).
    const text = count >= cap ? '99+' : count > 0 ? String(count) : '';
    await chrome.action.setBadgeText({ text });
    db.close();
    return { ms: performance.now() - start, count, text };
  })();
}

export async function benchToday(browser: BenchBrowser): Promise<Figure[]> {
  const { context, worker } = browser;
  await ensureSeeded(browser);
  await recordTabSignal(worker, EMPTY_TAB, {
    signal: null,
    url: 'https://mail.google.com/mail/u/0/#inbox',
    at: Date.now(),
  });

  const panel = await context.newPage();
  await panel.setViewportSize(PANEL);
  // tsx names inner functions with a `__name` helper that the page does not have.
  await panel.addInitScript('window.__name = (fn) => fn;');
  await panel.addInitScript(REPORT_RENDER);
  await panel.addInitScript(bareReadsInsteadOfPanel(bareTodayReads, FIRST_ROWS));
  const url = browser.pageUrl(`sidepanel.html?tabId=${EMPTY_TAB}`);
  const blankPage = await blankPageTab(browser);
  const blanks: number[] = [];
  const open: number[] = [];
  const loaded: number[] = [];
  const floors: number[] = [];
  let rows = 0;
  let listed: string | null = null;
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const frame = reportedFrame(panel);
    await panel.goto(url);
    const rendered = (await frame).now;
    const t = await panel.evaluate(() => ({
      domContentLoaded: (
        performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      ).domContentLoadedEventEnd,
      rows: document.querySelectorAll('ol.today-list > li').length,
    }));
    rows = t.rows;
    listed = await panel.locator('.today .section-head [role=status]').textContent();
    await panel.goto(browser.pageUrl(QUIET_PAGE));
    const floor = await floorOpening(panel, url);
    await panel.goto(browser.pageUrl(QUIET_PAGE));
    const blank = await blankPage.open();
    if (i < WARMUP) continue;
    blanks.push(blank);
    open.push(rendered);
    loaded.push(t.domContentLoaded);
    floors.push(floor);
  }
  // The floor reads as many rows as the panel painted, or it is no floor for it.
  if (rows !== FIRST_ROWS) {
    throw new Error(`Today painted ${rows} rows first; its floor reads ${FIRST_ROWS}`);
  }
  // The badge after a write: the message every page sends once its write has committed,
  // sent from the panel as Today's own buttons do.
  await panel.goto(url);
  const badge: number[] = [];
  const badgeFloors: number[] = [];
  let shownText = '';
  for (let i = 0; i < WARMUP + BADGE_RUNS; i += 1) {
    const ms = await panel.evaluate(async () => {
      const start = performance.now();
      await chrome.runtime.sendMessage({ type: 'follow-ups-changed' });
      return performance.now() - start;
    });
    const shown = await worker.evaluate(() => chrome.action.getBadgeText({}));
    const floor = await panel.evaluate(bareBadgeCount, Date.now());
    if (floor.text !== shown) {
      throw new Error(`The badge says ${shown}, the bare count ${floor.count}`);
    }
    shownText = shown;
    if (i < WARMUP) continue;
    badge.push(ms);
    badgeFloors.push(floor.ms);
  }
  // The toolbar shows the count again, as the background sets it.
  await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'follow-ups-changed' }));
  await panel.close();
  await blankPage.close();

  // The floor of the whole, run for run: the browser opening an empty extension page, then
  // the reads.
  const today = againstFloor(
    {
      id: 'today.open',
      what: 'Today: open → list painted (nobody in focus)',
      unit: 'ms',
      ratioBudget: TODAY_RATIO_BUDGET,
      quietBudget: TODAY_QUIET_BUDGET_MS,
      note: `navigation → the frame after the first rows are in the DOM; ${rows} rows painted of ${listed?.trim()}; floor: an empty extension page (navigation → first frame), plus the same reads bare in the panel’s document from the moment it would start its own, its code stopped there (snoozes, the first ${FIRST_ROWS} keys of each index and those summaries, the counts stopped at 100, the rows' people)`,
    },
    open,
    floors.map((reads, i) => reads + blanks[i]!),
  );
  const badgeFloor = median(badgeFloors);
  const badgeFigure = summarise(
    {
      id: 'today.badge-after-write',
      what: 'toolbar badge after a write (message → recount → badge)',
      unit: 'ms',
      budget: BADGE_BUDGET_MS,
      budgetOn: 'p95',
      floor: badgeFloor,
      note: `a page’s follow-ups-changed message to the background, which settles touches logged ahead, counts through the summaries’ indexes (keys only, stopped at 100: the badge said “${shownText}”), sets the badge and replies (the reminders and the next alarm follow, unawaited); floor: the same index keys and setBadgeText, bare, in the page`,
    },
    badge,
  );
  badgeFigure.ratioToFloor = badgeFigure.median / badgeFloor;
  return [
    today,
    summarise(
      { id: 'today.dom-content-loaded', what: '  of which HTML + scripts loaded', unit: 'ms' },
      loaded,
    ),
    summarise(
      {
        id: 'today.blank-page',
        what: '  floor: empty extension page, to its first frame',
        unit: 'ms',
      },
      blanks,
    ),
    summarise(
      { id: 'today.bare-reads', what: '  floor: + bare IndexedDB reads', unit: 'ms' },
      floors,
    ),
    badgeFigure,
    summarise(
      { id: 'today.badge-floor', what: '  floor: bare index counts + setBadgeText', unit: 'ms' },
      badgeFloors,
    ),
  ];
}
