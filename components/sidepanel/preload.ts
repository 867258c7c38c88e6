import { database } from '@/storage/db';
import { readTabSignal } from '@/storage/tab-signals';
import { FIRST_TOUCH_WINDOW, readPersonContext } from '@/storage/person-context';
import { resolvePagePerson } from '@/storage/person-in-focus';
import {
  contextKey,
  offerContext,
  offerPerson,
  offerTabSignal,
  personKey,
} from '../hooks/preloaded';
import { tabIdFromQuery } from '../tab-query';

/**
 * Starts the side panel's reads before React mounts, chained as the panel would make
 * them (the tab's signal, the person in focus, their context), each offered to the hook
 * that would otherwise start it only after a render. The hooks' live queries still run
 * and have the last word. Resolves when the reads are done, whether or not they found
 * anyone; never rejects.
 */
export function preloadPanel(search: string): Promise<void> {
  const db = database();
  db.open().catch(() => undefined);
  const tabId = tabIdFromQuery(search);
  if (tabId === null) return Promise.resolve();
  const signal = readTabSignal(tabId).catch(() => null);
  offerTabSignal(tabId, signal);
  return (
    signal
      .then(async (tab) => {
        const focus = tab?.signal?.people[0];
        if (!focus) return;
        const person = await resolvePagePerson(db, focus);
        offerPerson(personKey(focus), person);
        if (!person) return;
        const context = await readPersonContext(db, person.id, FIRST_TOUCH_WINDOW);
        // With `rapport:first-read`, brackets the panel's own reads for `npm run bench`.
        performance.mark('rapport:context-read');
        offerContext(contextKey(person.id, FIRST_TOUCH_WINDOW), context);
      })
      // Anything that fails here fails again, and is shown, in the hooks' own reads.
      .catch(() => undefined)
  );
}
