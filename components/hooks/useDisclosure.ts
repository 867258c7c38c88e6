import { useRef, useState, type KeyboardEvent } from 'react';

/**
 * A disclosure's state: whether it is open, the button that toggles it, and the key handler
 * for its container (Escape closes it and gives focus back to the button).
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };
  return { open, setOpen, toggleRef, onKeyDown };
}
