import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DatabaseContext } from '@/components/hooks/useDatabase';
import type { RapportDatabase } from '@/storage/db';

/** Renders UI against the given database, as the extension pages do against theirs. */
export function renderWithDatabase(db: RapportDatabase, ui: ReactElement) {
  return render(<DatabaseContext.Provider value={db}>{ui}</DatabaseContext.Provider>);
}
