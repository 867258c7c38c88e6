/**
 * The tab an extension page was opened for, from its `?tabId=N` (Chrome's per-tab side
 * panel, tests and outside checks open pages that way): a non-negative integer, else null.
 */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
