import type { PersonIdentity } from '@/storage/people';
import type { Person, Settings } from '@/storage/schema';
import type { TabSignal } from '@/storage/tab-signals';
import type { PersonContext } from '@/storage/person-context';
import type { TodayRead } from '../today/read-today';

/**
 * An answer read before React mounted (the side panel's entry starts the reads), offered to
 * a live-query hook as its first value. It is used until that hook's own live query
 * answers, and dropped then, so nothing read early outlives the first live result; an
 * early read arriving after that answer is stale, and refused.
 */
export interface EarlyAnswer<T> {
  offer(key: string, value: T): void;
  /** The early answer for this key, or undefined. */
  value(key: string): T | undefined;
  /** Called by the hook once its live query answered for this key. */
  forget(key: string): void;
}

function earlyAnswer<T>(): EarlyAnswer<T> {
  let held: { key: string; value: T } | undefined;
  const answered = new Set<string>();
  return {
    offer(key, value) {
      if (!answered.has(key)) held = { key, value };
    },
    value: (key) => (held?.key === key ? held.value : undefined),
    forget(key) {
      answered.add(key);
      if (held?.key === key) held = undefined;
    },
  };
}

/** The person in focus, by page identity (`personKey`); null when not in Rapport. */
export const earlyPerson = earlyAnswer<Person | null>();
/** Their context (`contextKey`). */
export const earlyContext = earlyAnswer<PersonContext | null>();
/** Today's first rows, with nobody in focus (`todayKey`). */
export const earlyToday = earlyAnswer<TodayRead>();

export const personKey = (identity: PersonIdentity) =>
  `${identity.email ?? ''}|${identity.linkedinSlug ?? ''}|${identity.linkedinMemberId ?? ''}`;
export const contextKey = (personId: string, touchWindow: number) => `${personId}|${touchWindow}`;

const tabSignals = new Map<number, Promise<TabSignal | null>>();
/** Early reads of a tab's signal that have answered, by tab. */
const answeredTabSignals = new Map<number, TabSignal | null>();

/**
 * A read of a tab's signal started before React mounted (the side panel's entry starts it
 * first thing), so it overlaps the first render, or is done before it.
 */
export function offerTabSignal(tabId: number, read: Promise<TabSignal | null>): void {
  tabSignals.set(tabId, read);
  read.then(
    (value) => {
      if (tabSignals.get(tabId) === read) answeredTabSignals.set(tabId, value);
    },
    // A failed early read leaves the hook to read the signal itself.
    () => undefined,
  );
}

/**
 * What the early read of a tab's signal answered, when it has: the first render shows it at
 * once, with the person and their context read alongside it, instead of a render of
 * "Loading…" and another once the hook has taken the read (a frame apart).
 */
export function preloadedTabSignalAnswer(tabId: number): TabSignal | null | undefined {
  return answeredTabSignals.get(tabId);
}

/** The early read of a tab's signal, once: useTabSignal's first run takes it. */
export function takePreloadedTabSignal(tabId: number): Promise<TabSignal | null> | undefined {
  const read = tabSignals.get(tabId);
  tabSignals.delete(tabId);
  answeredTabSignals.delete(tabId);
  return read;
}

/** The rep's settings, once read before React mounted: the first render plans with them. */
let settings: Settings | undefined;

export function offerSettings(read: Promise<Settings>): Promise<void> {
  return read.then(
    (value) => {
      settings = value;
    },
    // A failed early read leaves the hook to read them itself, and show what failed.
    () => undefined,
  );
}

export function preloadedSettings(): Settings | undefined {
  return settings;
}
