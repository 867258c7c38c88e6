import { useState } from 'react';
import { openSidePanel } from '@/utils/background/side-panel';

/**
 * Opens Rapport's side panel for the popup's tab. The popup click is the user gesture
 * `sidePanel.open` needs, so nothing may be awaited before the call.
 */
export function OpenSidePanelButton({ tabId }: { tabId: number | null | undefined }) {
  const [error, setError] = useState<string>();
  const open = () => {
    if (tabId === null || tabId === undefined) return;
    openSidePanel(tabId).then(
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
