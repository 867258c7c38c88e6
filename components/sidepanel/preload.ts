import { database } from '@/storage/db';
import { readTabSignal } from '@/storage/tab-signals';
import { contextKey, offerContext, offerPerson, personKey } from '../hooks/preloaded';
import { readPersonContext } from '../hooks/usePersonContext';
import { resolvePagePerson } from '../hooks/useResolvedPerson';
import { tabIdFromQuery } from '../hooks/useTabId';
import { preloadTabSignal } from '../hooks/useTabSignal';
import { TOUCH_WINDOW } from './PersonView';

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
  preloadTabSignal(tabId, signal);
  return (
    signal
      .then(async (tab) => {
        const focus = tab?.signal?.people[0];
        if (!focus) return;
        const person = await resolvePagePerson(db, focus.email, focus.linkedinSlug);
        offerPerson(personKey(focus.email, focus.linkedinSlug), person);
        if (!person) return;
        const context = await readPersonContext(db, person.id, TOUCH_WINDOW);
        // With `rapport:first-read`, brackets the panel's own reads for `npm run bench`.
        performance.mark('rapport:context-read');
        offerContext(contextKey(person.id, TOUCH_WINDOW), context);
      })
      // Anything that fails here fails again, and is shown, in the hooks' own reads.
      .catch(() => undefined)
  );
}
