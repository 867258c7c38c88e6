import { createContext, useContext } from 'react';
import { database, type RapportDatabase } from '@/storage/db';

/** The database the UI reads and writes; tests provide their own fresh one. */
export const DatabaseContext = createContext<RapportDatabase | null>(null);

export function useDatabase(): RapportDatabase {
  return useContext(DatabaseContext) ?? database();
}
