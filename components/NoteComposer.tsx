import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { deleteNote } from '@/storage/notes';
import type { Note, NoteKind } from '@/storage/schema';
import { DueDateField } from './DueDateField';
import { NoteKindPicker } from './NoteKindPicker';
import { useDatabase } from './hooks/useDatabase';
import { lazyModule, useLazyModule, usePrefetch } from './hooks/useLazyModule';
import { useNoteDraft, type DraftFields } from './hooks/useNoteDraft';
import { useNow } from './hooks/useNow';
import { writeErrorMessage } from './write-error';

/** What the composer hands to `onSave`: a note ready for addNote (minus person and source). */
export interface NoteFields {
  body: string;
  kind: NoteKind;
  oneOff: boolean;
  dueAt?: number;
}

export interface NoteComposerProps {
  /** Stores the note and returns it (so the composer can offer undo). */
  onSave(fields: NoteFields): Promise<Note>;
  /** Where the draft lives (a person id, or NEW_DRAFT); no draft kept when omitted. */
  draftKey?: string;
  /** The rep's IANA zone for due dates; the system's when omitted. */
  timeZone?: string;
  autoFocus?: boolean;
  /** Why saving is not possible yet (e.g. nobody chosen); shown beside the Save button. */
  blockedReason?: string;
  /** The confirmation after a save, e.g. "Saved to Alex Rivera". */
  savedMessage?: string;
  /**
   * Who the box is about now, when the rep can change it (the popup; null for nobody
   * yet). Undo is offered only while it is still the note's person, so the text never
   * comes back into a box about someone else.
   */
  aboutPersonId?: string | null;
}

// The due-date parser carries chrono-node: fetched after the first paint, so neither the
// popup nor the side panel waits for it to show.
const dueDates = lazyModule(() => import('@/utils/due-date'));

/** How long the "Saved · Undo" confirmation stays. */
const CONFIRMATION_MS = 10_000;

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  /** `message` is fixed at save time: the rep may choose someone else before undoing. */
  | { kind: 'saved'; note: Note; fields: DraftFields; message: string }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

/**
 * The capture form shared by the popup and the side panel: the note, its kind, one-off,
 * a promise's due date, Enter to save, undo, and a draft that survives the popup closing.
 */
export function NoteComposer({
  onSave,
  draftKey,
  timeZone,
  autoFocus,
  blockedReason,
  savedMessage = 'Note saved.',
  aboutPersonId,
}: NoteComposerProps) {
  const db = useDatabase();
  const id = useId();
  const { fields, update, clear } = useNoteDraft(draftKey);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const dueRef = useRef<HTMLInputElement>(null);
  const now = useNow();

  useEffect(() => {
    if (autoFocus) noteRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (status.kind !== 'saved' && status.kind !== 'undone') return;
    const timer = setTimeout(() => setStatus({ kind: 'idle' }), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const isPromise = fields.kind === 'promise';
  const dueText = fields.due.trim();
  usePrefetch(dueDates);
  const parser = useLazyModule(dueDates, isPromise && dueText !== '');
  const due = isPromise && dueText && parser ? parser.parseDueDate(dueText, now, timeZone) : null;
  const dueReading = isPromise && dueText !== '' && !parser;
  const dueUnreadable = isPromise && dueText !== '' && parser !== undefined && due === null;

  const reason =
    blockedReason ??
    (fields.body.trim() === ''
      ? 'Write a note first.'
      : dueReading
        ? 'Reading the due date…'
        : dueUnreadable
          ? "Fix the due date first: I can't read it."
          : status.kind === 'saving'
            ? 'Saving…'
            : undefined);

  const save = async () => {
    if (reason !== undefined) {
      if (dueUnreadable) dueRef.current?.focus();
      return;
    }
    setStatus({ kind: 'saving' });
    const kept = fields;
    const message = savedMessage;
    try {
      const note = await onSave({
        body: kept.body,
        kind: kept.kind,
        oneOff: kept.oneOff,
        ...(due ? { dueAt: due.at } : {}),
      });
      clear();
      setStatus({ kind: 'saved', note, fields: kept, message });
      noteRef.current?.focus();
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  };

  const undo = async (note: Note, kept: DraftFields) => {
    try {
      await deleteNote(db, note.id);
      update(kept);
      setStatus({ kind: 'undone' });
      noteRef.current?.focus();
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  };

  const onNoteKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter saves, Shift+Enter is a new line; an IME composing text keeps its Enter.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void save();
  };

  const noteId = `${id}-note`;
  const reasonId = `${id}-reason`;
  return (
    <form
      className="composer"
      aria-label="Capture a note"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={noteId} className="field-label">
        Note
      </label>
      <textarea
        id={noteId}
        ref={noteRef}
        rows={4}
        value={fields.body}
        placeholder="What did they say? Enter saves, Shift+Enter for a new line."
        onChange={(event) => update({ body: event.target.value })}
        onKeyDown={onNoteKeyDown}
      />
      <NoteKindPicker value={fields.kind} onChange={(kind) => update({ kind })} />
      {isPromise && (
        <DueDateField
          ref={dueRef}
          value={fields.due}
          due={due}
          reading={dueReading}
          unreadable={dueUnreadable}
          onChange={(text) => update({ due: text })}
        />
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={fields.oneOff}
          onChange={(event) => update({ oneOff: event.target.checked })}
        />
        One-off (not a pattern)
      </label>
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={reason !== undefined}
          aria-describedby={reason !== undefined ? reasonId : undefined}
        >
          Save
        </button>
        {(fields.body !== '' || fields.due !== '') && (
          <button type="button" onClick={clear}>
            Discard draft
          </button>
        )}
        {reason !== undefined && (
          <span id={reasonId} className="hint">
            {reason}
          </span>
        )}
      </div>
      <div role="status" className="status">
        {status.kind === 'saved' && (
          <>
            <span>{status.message}</span>{' '}
            {(aboutPersonId === undefined || aboutPersonId === status.note.personId) && (
              <button type="button" onClick={() => void undo(status.note, status.fields)}>
                Undo
              </button>
            )}
          </>
        )}
        {status.kind === 'undone' && <span>Note removed: your text is back in the box.</span>}
      </div>
      {status.kind === 'error' && (
        <p role="alert" className="error">
          Not saved: {status.message}
        </p>
      )}
    </form>
  );
}

const messageOf = writeErrorMessage;
