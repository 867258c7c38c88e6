import type { RapportDatabase } from './db';
import { onTableChanges } from './table-changes';

/**
 * What search reads again at every keystroke and what changes only with a write: the word
 * index's document list and shards, and everyone's order of activity. Kept per database
 * until a write to people or the word index commits (here or in another of Rapport's pages),
 * so typing a name reads the database once rather than at every letter.
 */
export interface SearchCache {
  /** The value under `key`, read with `read` unless kept since the last write. */
  through<T>(key: string, read: () => Promise<T>): Promise<T>;
}

/** Beyond this many values kept (the whole index of a large database), start again. */
const MAX_KEPT = 400;

const caches = new WeakMap<RapportDatabase, SearchCache>();

export function searchCacheOf(db: RapportDatabase): SearchCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = keptUntilWritten(db);
    caches.set(db, cache);
  }
  return cache;
}

function keptUntilWritten(db: RapportDatabase): SearchCache {
  const kept = new Map<string, unknown>();
  // A read that began before a write and ends after it is not kept: its value may be old.
  let writes = 0;
  onTableChanges(db, ['people', 'wordIndex'], () => {
    writes += 1;
    kept.clear();
  });
  return {
    async through<T>(key: string, read: () => Promise<T>): Promise<T> {
      if (kept.has(key)) return kept.get(key) as T;
      const before = writes;
      const value = await read();
      if (before === writes) {
        if (kept.size >= MAX_KEPT) kept.clear();
        kept.set(key, value);
      }
      return value;
    },
  };
}
