import type { Person } from '@/storage/schema';
import type { PersonContext } from './usePersonContext';

/**
 * Answers read before React mounted (the side panel's entry starts them), offered to the
 * live-query hooks as their first value. Each is used until that hook's own live query
 * answers, and dropped then, so nothing read early outlives the first live result.
 */
let person: { key: string; value: Person | null } | undefined;
let context: { key: string; value: PersonContext | null } | undefined;
/** Keys a live query has answered: an early read arriving after that is stale, refused. */
const answered = new Set<string>();

export const personKey = (email: string | undefined, slug: string | undefined) =>
  `${email ?? ''}|${slug ?? ''}`;
export const contextKey = (personId: string, touchWindow: number) => `${personId}|${touchWindow}`;

export function offerPerson(key: string, value: Person | null): void {
  if (!answered.has(`person:${key}`)) person = { key, value };
}

export function offerContext(key: string, value: PersonContext | null): void {
  if (!answered.has(`context:${key}`)) context = { key, value };
}

export function preloadedPerson(key: string): Person | null | undefined {
  return person?.key === key ? person.value : undefined;
}

export function preloadedContext(key: string): PersonContext | null | undefined {
  return context?.key === key ? context.value : undefined;
}

export function forgetPerson(key: string): void {
  answered.add(`person:${key}`);
  if (person?.key === key) person = undefined;
}

export function forgetContext(key: string): void {
  answered.add(`context:${key}`);
  if (context?.key === key) context = undefined;
}
