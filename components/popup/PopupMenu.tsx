import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { browser } from '#imports';
import { ExportButtons } from '../ExportButtons';

/**
 * A small disclosure menu: export a JSON backup or a CSV in one click, or open the options
 * page. A disclosure (button + region), not an ARIA menu: plain buttons need no roving
 * focus, and Tab order stays what the rep expects. Escape closes it.
 */
export function PopupMenu() {
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

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
      <ExportButtons id={id} className="popup-menu-items dropdown" hidden={!open}>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings and your data
        </button>
      </ExportButtons>
    </div>
  );
}
