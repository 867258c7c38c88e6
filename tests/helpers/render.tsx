import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DatabaseContext } from '@/components/hooks/useDatabase';
import { UndoProvider } from '@/components/Undo';
import type { RapportDatabase } from '@/storage/db';

/**
 * Renders UI against the given database, as the extension pages do against theirs, with
 * the page's Undo (the side panel and options page provide one).
 */
export function renderWithDatabase(db: RapportDatabase, ui: ReactElement) {
  return render(
    <DatabaseContext.Provider value={db}>
      <UndoProvider>{ui}</UndoProvider>
    </DatabaseContext.Provider>,
  );
}
