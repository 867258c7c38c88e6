import { useId, type ReactNode } from 'react';
import { useDisclosure } from './hooks/useDisclosure';

/**
 * A row's or a header's other actions behind one small button: a disclosure (button +
 * region), not an ARIA menu, so plain buttons and links keep the Tab order a rep expects.
 * It closes once an action is taken (a `.menu-item` clicked, a form inside submitted), on
 * Escape (focus goes back to its button) and when focus leaves it.
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
  const { open, setOpen, toggleRef, onKeyDown } = useDisclosure();
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
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
        ref={toggleRef}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        title={label}
        onClick={() => setOpen(!open)}
      >
        <span className="icon-ellipsis" aria-hidden="true" />
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
