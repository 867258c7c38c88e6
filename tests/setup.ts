import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// A screen is awaited until a user would see it; on a loaded two-core machine the options
// page's first render (with every time zone listed), live queries on fake-indexeddb and
// lazily loaded parsers can take longer than the one-second default.
configure({ asyncUtilTimeout: 5000 });

afterEach(async () => {
  cleanup();
  fakeBrowser.reset();
  // Note drafts have a database of their own (storage/drafts.ts), shared by the whole file.
  await Dexie.delete('rapport-drafts');
});
