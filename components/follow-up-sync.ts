import { Dexie, type ObservabilitySet } from 'dexie';
import { askBackground } from './ask-background';

/** The tables whose changes change the follow-up plan. */
const PLAN_TABLES = ['/personSummaries/', '/snoozes/'];

/**
 * Tells the background whenever a write changes the follow-up plan, whichever screen made
 * it, so the toolbar count and the reminders follow at once. One place for every write:
 * Dexie reports each committed transaction that changed the plan's tables (its global
 * `storagemutated` event). Sent at once, not gathered: a popup may close the next moment.
 */
export function keepBackgroundInformed(): () => void {
  const listener = (parts: ObservabilitySet) => {
    if (!Object.keys(parts).some((part) => PLAN_TABLES.some((t) => part.includes(t)))) return;
    askBackground({ type: 'follow-ups-changed' }).catch((error: unknown) =>
      console.warn('Rapport: the toolbar count was not brought up to date', error),
    );
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
