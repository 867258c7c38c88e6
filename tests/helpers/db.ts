import { createDatabase, type RapportDatabase } from '@/storage/db';

let counter = 0;

/** A fresh, empty database on fake-indexeddb, unique to the calling test. */
export function freshDatabase(): RapportDatabase {
  counter += 1;
  return createDatabase(`rapport-test-${counter}-${Math.random().toString(36).slice(2)}`);
}
