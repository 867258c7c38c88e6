import { useState } from 'react';
import { openSidePanelFromPopup } from './open-side-panel';

export function OpenSidePanelButton({ tabId }: { tabId: number | null | undefined }) {
  const [error, setError] = useState<string>();
  const open = () => {
    if (tabId === null || tabId === undefined) return;
    openSidePanelFromPopup(tabId).then(
      () => window.close(),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };
  return (
    <>
      <button type="button" onClick={open} disabled={tabId === null || tabId === undefined}>
        Open side panel
      </button>
      {error && (
        <p role="alert" className="error">
          The side panel did not open: {error}
        </p>
      )}
    </>
  );
}
