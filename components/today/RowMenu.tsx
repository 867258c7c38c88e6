import { Ellipsis } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A row's other actions behind one small button: a disclosure (button + region), not an
 * ARIA menu, so plain buttons and links keep the Tab order a rep expects. It closes once an
 * action is taken (a `.menu-item` clicked, a form inside submitted), on Escape (focus goes
 * back to its button) and when focus leaves it.
 */
export function RowMenu({
  label,
  children,
}: {
  /** What the button is called to assistive technology, e.g. "More for Dana Whitfield". */
  label: string;
  /** The actions: `.menu-item` buttons and links, and small forms. */
  children: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    close();
  };
  return (
    <div
      className="row-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setOpen(false);
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        title={label}
        onClick={() => setOpen(!open)}
      >
        <Ellipsis aria-hidden size={16} />
      </button>
      <div
        id={id}
        className="row-menu-items dropdown"
        hidden={!open}
        onClick={(event) => {
          if ((event.target as Element).closest('.menu-item')) close();
        }}
        onSubmit={close}
      >
        {open && children}
      </div>
    </div>
  );
}
