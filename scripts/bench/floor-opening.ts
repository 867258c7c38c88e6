// A floor opening: the side panel opened as usual, its code stopped where it would start its
// reads (its `rapport:first-read` mark), and the same reads done with the bare IndexedDB API
// there instead, at that moment and in that document. The browser then serves them under the
// load it serves the panel's under: a page still loading, whose first `indexedDB.open` took
// ~11 ms where a settled page did all the reads in 3–5 ms. Any panel pays that, however it
// reads, so a floor of the panel's reads done anywhere else would flatter the floor.
import type { Page } from 'playwright-core';
import { consoleReport } from './browser';

/** The console tag with which a floor opening reports its bare reads' time. */
const BARE_READS_REPORT = 'rapport-bench-bare-reads ';
/** The tab's sessionStorage key (Rapport's origin) that makes the next opening a floor opening. */
const FLOOR_OPENING = 'rapport-bench-floor-opening';

/**
 * Runs in the panel's document before its scripts (an init script). In a floor opening,
 * flagged in the tab's sessionStorage just before it, the panel's code stops at its first
 * read and `bareReads(...args)` runs instead; it must be self-contained (it is sent as
 * source) and resolve with its own time in ms.
 */
export function bareReadsInsteadOfPanel<Args extends unknown[]>(
  bareReads: (...args: Args) => Promise<number>,
  ...args: Args
): string {
  const call = `(${bareReads.toString()})(...${JSON.stringify(args)})`;
  return `
    if (sessionStorage.getItem(${JSON.stringify(FLOOR_OPENING)})) {
      sessionStorage.removeItem(${JSON.stringify(FLOOR_OPENING)});
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name !== 'rapport:first-read') return mark(name, options);
        ${call}.then((ms) => console.debug(${JSON.stringify(BARE_READS_REPORT)} + JSON.stringify(ms)));
        throw new Error('A bench floor opening: the panel stops at its first read.');
      };
    }`;
}

/** Opens `url` in a floor opening (see bareReadsInsteadOfPanel): its bare reads' time. */
export async function floorOpening(panel: Page, url: string): Promise<number> {
  await panel.evaluate((flag) => sessionStorage.setItem(flag, '1'), FLOOR_OPENING);
  const reported = consoleReport<number>(panel, BARE_READS_REPORT, 'bare reads');
  await panel.goto(url);
  return reported;
}
