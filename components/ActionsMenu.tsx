import { MoreHorizontal } from 'lucide-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useDisclosure } from './hooks/useDisclosure';

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
  const { open, setOpen, toggleRef, onKeyDown } = useDisclosure();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, setOpen]);

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
