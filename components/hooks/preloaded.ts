import type { PersonIdentity } from '@/storage/people';
import type { Person, Settings } from '@/storage/schema';
import type { TabSignal } from '@/storage/tab-signals';
import type { PersonContext } from '@/storage/person-context';
import type { TodayRead } from '../today/read-today';

/**
 * Answers read before React mounted (the side panel's entry starts them), offered to the
 * live-query hooks as their first value. Each is used until that hook's own live query
 * answers, and dropped then, so nothing read early outlives the first live result.
 */
let person: { key: string; value: Person | null } | undefined;
let context: { key: string; value: PersonContext | null } | undefined;
let today: { key: string; value: TodayRead } | undefined;
/** Keys a live query has answered: an early read arriving after that is stale, refused. */
const answered = new Set<string>();

export const personKey = (identity: PersonIdentity) =>
  `${identity.email ?? ''}|${identity.linkedinSlug ?? ''}|${identity.linkedinMemberId ?? ''}`;
export const contextKey = (personId: string, touchWindow: number) => `${personId}|${touchWindow}`;

export function offerPerson(key: string, value: Person | null): void {
  if (!answered.has(`person:${key}`)) person = { key, value };
}

export function offerContext(key: string, value: PersonContext | null): void {
  if (!answered.has(`context:${key}`)) context = { key, value };
}

export function offerToday(key: string, value: TodayRead): void {
  if (!answered.has(`today:${key}`)) today = { key, value };
}

export function preloadedPerson(key: string): Person | null | undefined {
  return person?.key === key ? person.value : undefined;
}

export function preloadedContext(key: string): PersonContext | null | undefined {
  return context?.key === key ? context.value : undefined;
}

export function preloadedToday(key: string): TodayRead | undefined {
  return today?.key === key ? today.value : undefined;
}

export function forgetToday(key: string): void {
  answered.add(`today:${key}`);
  if (today?.key === key) today = undefined;
}

export function forgetPerson(key: string): void {
  answered.add(`person:${key}`);
  if (person?.key === key) person = undefined;
}

export function forgetContext(key: string): void {
  answered.add(`context:${key}`);
  if (context?.key === key) context = undefined;
}

const tabSignals = new Map<number, Promise<TabSignal | null>>();

/**
 * A read of a tab's signal started before React mounted (the side panel's entry starts it
 * first thing), so it overlaps the first render.
 */
export function offerTabSignal(tabId: number, read: Promise<TabSignal | null>): void {
  tabSignals.set(tabId, read);
}

/** The early read of a tab's signal, once: useTabSignal's first run takes it. */
export function takePreloadedTabSignal(tabId: number): Promise<TabSignal | null> | undefined {
  const read = tabSignals.get(tabId);
  tabSignals.delete(tabId);
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
