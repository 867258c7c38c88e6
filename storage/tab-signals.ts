import { browser, storage } from '#imports';
import { parsePageSignal, type PagePerson, type PageSignal } from '../utils/messages';
import { tabIdOfSignalKey, tabSignalKey } from './tab-signal-key';

/**
 * The latest page signal per tab, in session storage: it survives the service worker
 * being stopped, is readable by the side panel and popup, and is gone when the browser
 * closes (it only ever describes open tabs).
 */
export interface TabSignal {
  signal: PageSignal | null;
  url: string;
  at: number;
}

const key = (tabId: number) => `session:${tabSignalKey(tabId)}` as const;

export async function saveTabSignal(tabId: number, value: TabSignal): Promise<void> {
  await storage.setItem(key(tabId), value);
}

export async function readTabSignal(tabId: number): Promise<TabSignal | null> {
  return toTabSignal(await storage.getItem<unknown>(key(tabId)));
}

export async function clearTabSignal(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

/** Calls back whenever the tab's signal changes. */
export function watchTabSignal(tabId: number, callback: (value: TabSignal | null) => void) {
  return storage.watch<unknown>(key(tabId), (value) => callback(toTabSignal(value)));
}

/** Storage is written only by our background, but is still read defensively. */
function toTabSignal(raw: unknown): TabSignal | null {
  if (!raw || typeof raw !== 'object') return null;
  const { signal, url, at } = raw as Record<string, unknown>;
  const parsed = parsePageSignal(signal);
  if (parsed === undefined || typeof url !== 'string' || typeof at !== 'number') return null;
  return { signal: parsed, url, at };
}

/** Every tab's recorded signal, by tab id. */
export async function allTabSignals(): Promise<Map<number, TabSignal>> {
  const stored = await browser.storage.session.get(null);
  const signals = new Map<number, TabSignal>();
  for (const [storedKey, value] of Object.entries(stored)) {
    const tabId = tabIdOfSignalKey(storedKey);
    const signal = tabId === undefined ? null : toTabSignal(value);
    if (tabId !== undefined && signal) signals.set(tabId, signal);
  }
  return signals;
}

/** A tab's signal as it was before Rapport forgot someone in it, and as it was left. */
export interface ForgottenSignal {
  tabId: number;
  before: TabSignal;
  after: TabSignal | null;
}

/**
 * Removes from every tab's signal the people `names` says are the forgotten person (a
 * deleted person must not stay named anywhere Rapport keeps data). A signal left with
 * nobody is removed; one that named them loses its draft too, which was written to them.
 */
export async function forgetInTabSignals(
  names: (person: PagePerson) => boolean,
): Promise<ForgottenSignal[]> {
  const forgotten: ForgottenSignal[] = [];
  for (const [tabId, before] of await allTabSignals()) {
    const people = before.signal?.people ?? [];
    if (!before.signal || !people.some(names)) continue;
    const { draft: _draft, ...rest } = before.signal;
    const kept = people.filter((p) => !names(p));
    const after = kept.length ? { ...before, signal: { ...rest, people: kept } } : null;
    if (after) await saveTabSignal(tabId, after);
    else await clearTabSignal(tabId);
    forgotten.push({ tabId, before, after });
  }
  return forgotten;
}

/** Puts forgotten signals back (undo), where the page has not reported anything new since. */
export async function restoreTabSignals(forgotten: readonly ForgottenSignal[]): Promise<void> {
  for (const { tabId, before, after } of forgotten) {
    const now = await readTabSignal(tabId);
    if (JSON.stringify(now) === JSON.stringify(after)) await saveTabSignal(tabId, before);
  }
}
