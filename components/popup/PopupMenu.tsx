import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { browser } from '#imports';
import { downloadBackup, downloadPeopleCsv } from '../data-export';
import { useDatabase } from '../hooks/useDatabase';

/**
 * A small disclosure menu: export a JSON backup or a CSV in one click, or open the options
 * page. A disclosure (button + region), not an ARIA menu: plain buttons need no roving
 * focus, and Tab order stays what the rep expects. Escape closes it.
 */
export function PopupMenu() {
  const db = useDatabase();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);

  const run = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="popup-menu" onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Menu
      </button>
      <div id={id} className="popup-menu-items" hidden={!open}>
        <button
          type="button"
          onClick={() => void run(() => downloadBackup(db), 'Backup downloaded.')}
        >
          Export backup (JSON)
        </button>
        <button
          type="button"
          onClick={() => void run(() => downloadPeopleCsv(db), 'CSV downloaded.')}
        >
          Export people and notes (CSV)
        </button>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings and your data
        </button>
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </div>
  );
}
