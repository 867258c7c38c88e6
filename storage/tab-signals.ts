import { storage } from '#imports';
import { parsePageSignal, type PageSignal } from '../utils/messages';
import { tabSignalKey } from './tab-signal-key';

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
