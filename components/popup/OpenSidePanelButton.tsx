import { useState } from 'react';
import { browser } from '#imports';
import { askBackground } from '../ask-background';

/**
 * Opens Rapport beside the popup's tab. The popup click is the user gesture both browsers
 * require, and nothing may be awaited before the call that uses it. Chrome carries the
 * gesture with a message, so the background, which owns the side panel, opens it. Firefox
 * does not: its sidebar (which follows the active tab) must be opened here, in the click.
 */
/** Firefox's sidebar API, absent from the Chrome-shaped types WXT gives `browser`. */
interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}

export function OpenSidePanelButton({ tabId }: { tabId: number | null | undefined }) {
  const [error, setError] = useState<string>();
  const open = () => {
    if (tabId === null || tabId === undefined) return;
    const opening = import.meta.env.FIREFOX
      ? (browser as unknown as FirefoxSidebar).sidebarAction.open()
      : askBackground({ type: 'open-side-panel', tabId });
    opening.then(
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
