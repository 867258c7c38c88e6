import { browser } from '#imports';

interface WithAccessLevel {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}

/**
 * Local storage holds the rep's settings (note drafts have their own database, which content
 * scripts cannot open); content scripts, which run inside Gmail's and LinkedIn's pages, never
 * need them (they ask the background). Where the browser supports it (Chrome), only
 * Rapport's own pages and worker may read it.
 */
export async function keepLocalStorageFromContentScripts(): Promise<void> {
  const local = browser.storage.local as unknown as WithAccessLevel;
  try {
    await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    // A browser without it keeps its default: nothing else depends on this call.
    console.warn('Rapport could not restrict local storage to its own pages', error);
  }
}
