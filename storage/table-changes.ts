import { Dexie, type ObservabilitySet } from 'dexie';
import type { RapportDatabase } from './db';

/**
 * Calls back after every committed write to any of these tables of this database, in this
 * page or another of Rapport's (Dexie reports each one through its global `storagemutated`
 * event, across windows too). Returns the way to stop.
 */
export function onTableChanges(
  db: RapportDatabase,
  tables: readonly string[],
  callback: () => void,
): () => void {
  const parts = tables.map((table) => `idb://${db.name}/${table}/`);
  const listener = (changed: ObservabilitySet) => {
    if (Object.keys(changed).some((key) => parts.some((part) => key.startsWith(part)))) callback();
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
