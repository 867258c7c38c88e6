import { useEffect, useRef, useState } from 'react';
import { clearDraft, loadDraft, saveDraft, type Draft } from '@/storage/drafts';

export type DraftFields = Omit<Draft, 'savedAt'>;

export const EMPTY_DRAFT: DraftFields = { body: '', kind: 'said', oneOff: false, due: '' };

/**
 * The composer's fields, written to the draft store on every change (a popup can die
 * between two keystrokes) and loaded from it whenever `draftKey` changes (another person
 * chosen). Text typed under a key before its stored draft arrives wins over the draft.
 */
export function useNoteDraft(draftKey: string | undefined) {
  const [fields, setFields] = useState<DraftFields>(EMPTY_DRAFT);
  const typedUnder = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (draftKey === undefined) return;
    let cancelled = false;
    void loadDraft(draftKey).then((draft) => {
      if (cancelled || typedUnder.current === draftKey) return;
      if (draft) {
        const { savedAt: _savedAt, ...stored } = draft;
        setFields(stored);
      } else setFields((current) => (current.body || current.due ? EMPTY_DRAFT : current));
    });
    return () => {
      cancelled = true;
    };
  }, [draftKey]);

  /** Changes some fields and saves the draft at once. */
  const update = (changes: Partial<DraftFields>) => {
    typedUnder.current = draftKey;
    const next = { ...fields, ...changes };
    setFields(next);
    if (draftKey !== undefined) void saveDraft(draftKey, { ...next, savedAt: Date.now() });
  };

  /** Empties the fields and forgets the draft (after a save, or on discard). */
  const clear = () => {
    typedUnder.current = draftKey;
    setFields(EMPTY_DRAFT);
    if (draftKey !== undefined) void clearDraft(draftKey);
  };

  return { fields, update, clear };
}
