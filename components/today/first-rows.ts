/**
 * The rows Today reads and paints first: as many as the panel can show at once, so the list
 * on screen comes from the fewest reads and the smallest first render; "Show all" brings the
 * rest. Counted by a short row (a name, one line of message and the row's padding), so
 * that the first rows fill the panel even when most messages are short.
 */
const SHORT_ROW_PX = 64;
/** A panel too small to measure (not yet laid out) still gets a useful list. */
const FEWEST_FIRST_ROWS = 8;
/** However tall the panel, the first read stays small. */
const MOST_FIRST_ROWS = 25;

/** How many of Today's rows to read and paint first in a panel `viewportHeight` pixels tall. */
export function firstRowsFor(viewportHeight: number): number {
  const fit = Number.isFinite(viewportHeight) ? Math.ceil(viewportHeight / SHORT_ROW_PX) : 0;
  return Math.min(MOST_FIRST_ROWS, Math.max(FEWEST_FIRST_ROWS, fit));
}
