import { database } from '@/storage/db';
import { readTabSignal } from '@/storage/tab-signals';
import { FIRST_TOUCH_WINDOW, readPersonContext } from '@/storage/person-context';
import { resolvePagePerson } from '@/storage/person-in-focus';
import { loadSettings } from '@/storage/settings';
import { timingSettings } from '@/utils/coach/cadence';
import {
  contextKey,
  earlyContext,
  earlyPerson,
  earlyToday,
  offerSettings,
  offerTabSignal,
  personKey,
} from '../hooks/preloaded';
import { firstRowsFor } from '../today/first-rows';
import { readToday, todayKey } from '../today/read-today';
import { tabIdFromQuery } from '../tab-query';

/**
 * Starts the side panel's reads before React mounts, chained as the panel would make
 * them (the rep's settings; the tab's signal, the person in focus, their context, or
 * Today when nobody is in focus), each offered to the hook
 * that would otherwise start it only after a render. The hooks' live queries still run
 * and have the last word. Resolves when the reads are done, whether or not they found
 * anyone; never rejects.
 */
export function preloadPanel(search: string): Promise<void> {
  const db = database();
  db.open().catch(() => undefined);
  const settings = loadSettings();
  const settingsOffered = offerSettings(settings);
  const tabId = tabIdFromQuery(search);
  if (tabId === null) return settingsOffered;
  const signal = readTabSignal(tabId).catch(() => null);
  offerTabSignal(tabId, signal);
  const focusRead = signal
    .then(async (tab) => {
      const focus = tab?.signal?.people[0];
      if (!focus) {
        // Nobody in focus: the panel opens on Today.
        const timing = timingSettings(await settings);
        const rows = firstRowsFor(window.innerHeight);
        earlyToday.offer(todayKey(timing, rows), await readToday(db, Date.now(), timing, rows));
        return;
      }
      const person = await resolvePagePerson(db, focus);
      earlyPerson.offer(personKey(focus), person);
      if (!person) return;
      const context = await readPersonContext(db, person.id, FIRST_TOUCH_WINDOW);
      // With `rapport:first-read`, brackets the panel's own reads for `npm run bench`.
      performance.mark('rapport:context-read');
      earlyContext.offer(contextKey(person.id, FIRST_TOUCH_WINDOW), context);
    })
    // Anything that fails here fails again, and is shown, in the hooks' own reads.
    .catch(() => undefined);
  return Promise.all([settingsOffered, focusRead]).then(() => undefined);
}
