import { MoreHorizontal } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A row's or a header's less frequent actions, behind one small button: a disclosure
 * (button + group of plain buttons), not an ARIA menu, so Tab goes through the actions in
 * order and nothing needs roving focus. Escape or a click elsewhere closes it; choosing an
 * action closes it too.
 */
export function ActionsMenu({
  label,
  children,
  icon = <MoreHorizontal aria-hidden size={16} />,
}: {
  /** The button's name, e.g. "More actions for Maya Lindqvist". */
  label: string;
  children: ReactNode;
  icon?: ReactNode;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="actions-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={toggleRef}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {icon}
        <span className="visually-hidden">{label}</span>
      </button>
      <div
        id={id}
        role="group"
        aria-label={label}
        className="actions-menu-items"
        hidden={!open}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
