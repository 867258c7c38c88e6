import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { writeErrorMessage } from './write-error';

export interface UndoAction {
  message: string;
  undo: () => void | Promise<void>;
  /** How long Undo is offered; a few seconds unless said otherwise. */
  forMs?: number;
}

/** Merging and deleting people can be undone for a minute. */
export const UNDO_MINUTE = 60_000;
const UNDO_BRIEFLY = 8_000;

const OfferUndo = createContext<((action: UndoAction) => void) | null>(null);

/**
 * Where Undo is offered: one status at the bottom of the page, which outlives the view
 * that offered it (a deleted person's view is gone; their Undo stays).
 */
export function UndoProvider({ children }: { children: ReactNode }) {
  // Each offer is numbered, so a new one starts with a fresh toast (its own timer and error).
  const [offered, setOffered] = useState<{ action: UndoAction; serial: number } | null>(null);
  const offer = useCallback(
    (action: UndoAction) => setOffered((last) => ({ action, serial: (last?.serial ?? 0) + 1 })),
    [],
  );
  const done = useCallback(() => setOffered(null), []);
  return (
    <OfferUndo.Provider value={offer}>
      {children}
      {offered && <UndoToast key={offered.serial} action={offered.action} onDone={done} />}
    </OfferUndo.Provider>
  );
}

/** Offers Undo for what was just done, replacing any earlier offer. */
export function useOfferUndo(): (action: UndoAction) => void {
  const offer = useContext(OfferUndo);
  if (!offer) throw new Error('useOfferUndo needs an UndoProvider around it');
  return offer;
}

function UndoToast({ action, onDone }: { action: UndoAction; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(onDone, action.forMs ?? UNDO_BRIEFLY);
    return () => clearTimeout(timer);
  }, [action, onDone]);
  return (
    <div role="status" className="toast">
      <span>{error ? `Could not undo: ${error}` : action.message}</span>
      {!error && (
        <button
          type="button"
          onClick={async () => {
            try {
              await action.undo();
              onDone();
            } catch (reason) {
              setError(writeErrorMessage(reason));
            }
          }}
        >
          Undo
        </button>
      )}
      <button type="button" className="icon-button" onClick={onDone}>
        <X aria-hidden size={16} />
        <span className="visually-hidden">Dismiss</span>
      </button>
    </div>
  );
}
