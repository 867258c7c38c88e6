import { useEffect } from 'react';

export interface UndoAction {
  message: string;
  undo: () => void | Promise<void>;
}

/** A brief status with an Undo button; disappears by itself after a few seconds. */
export function UndoToast({ action, onDone }: { action: UndoAction | null; onDone: () => void }) {
  useEffect(() => {
    if (!action) return;
    const timer = setTimeout(onDone, 8000);
    return () => clearTimeout(timer);
  }, [action, onDone]);
  if (!action) return null;
  return (
    <div role="status" className="toast">
      <span>{action.message}</span>
      <button
        type="button"
        onClick={async () => {
          await action.undo();
          onDone();
        }}
      >
        Undo
      </button>
    </div>
  );
}
