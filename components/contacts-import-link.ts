import { browser } from '#imports';

/** The options page's section for importing contacts, as an address fragment. */
export const IMPORT_CONTACTS_HASH = '#import-contacts';

/** Opens the options page at its contacts import, in a new tab. */
export async function openContactsImport(): Promise<void> {
  await browser.tabs.create({
    url: `${browser.runtime.getURL('/options.html')}${IMPORT_CONTACTS_HASH}`,
  });
}
