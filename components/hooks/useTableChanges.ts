import { useEffect, useState } from 'react';
import type { RapportDatabase } from '@/storage/db';
import { onTableChanges } from '@/storage/table-changes';

/** A number that changes after every committed write to these tables: a dependency to re-read. */
export function useTableChanges(db: RapportDatabase, tables: readonly string[]): number {
  const [changes, setChanges] = useState(0);
  const key = tables.join(',');
  useEffect(() => onTableChanges(db, key.split(','), () => setChanges((n) => n + 1)), [db, key]);
  return changes;
}
