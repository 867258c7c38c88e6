import { useId } from 'react';
import { browser } from '#imports';
import { ExportButtons } from '../ExportButtons';
import { useDisclosure } from '../hooks/useDisclosure';

/**
 * A small disclosure menu: export a JSON backup or a CSV in one click, or open the options
 * page. A disclosure (button + region), not an ARIA menu: plain buttons need no roving
 * focus, and Tab order stays what the rep expects. Escape closes it.
 */
export function PopupMenu() {
  const id = useId();
  const { open, setOpen, toggleRef, onKeyDown } = useDisclosure();

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
