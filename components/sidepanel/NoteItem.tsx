import { useState } from 'react';
import { updateNote } from '@/storage/notes';
import type { Note } from '@/storage/schema';
import { isOverduePromise } from '@/utils/domain/promises';
import { FoldedText } from '../FoldedText';
import { KIND_LABELS } from '../NoteKindPicker';
import { formatDate, formatDateTime } from '../format';
import { useDatabase } from '../hooks/useDatabase';
import { writeErrorMessage } from '../write-error';

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/**
 * One note, with what the rep can do to it: edit, pin, mark done, delete. The text being
 * edited belongs to the caller (`edit`, `onEdit`), so that it survives the note moving
 * between sections, as when another window pins it mid-edit.
 */
export function NoteItem({
  note,
  now,
  onDelete,
  edit,
  onEdit,
}: {
  note: Note;
  now: number;
  onDelete: (note: Note) => void;
  /** The text being edited; undefined when the note is not being edited. */
  edit: string | undefined;
  onEdit: (noteId: string, text: string | undefined) => void;
}) {
  const db = useDatabase();
  const editing = edit !== undefined;
  const draft = edit ?? note.body;
  const setDraft = (text: string) => onEdit(note.id, text);
  const setEditing = (on: boolean) => onEdit(note.id, on ? note.body : undefined);
  const [error, setError] = useState<string | null>(null);
  const overdue = isOverduePromise(note, now);
  const about = excerpt(note.body);

  async function save() {
    try {
      await updateNote(db, note.id, { body: draft });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(writeErrorMessage(e));
    }
  }

  return (
    <li className={`note${overdue ? ' overdue' : ''}${note.doneAt ? ' done' : ''}`}>
      <div className="note-meta">
        <span className={`tag kind-${note.kind}`}>{KIND_LABELS[note.kind]}</span>
        {note.oneOff && (
          <span className="tag one-off" title="A one-time fact: not a lasting interest">
            One-off
          </span>
        )}
        {note.pinned && <span className="tag">Pinned</span>}
        {overdue && <span className="tag danger">Overdue</span>}
        {note.dueAt !== undefined && !note.doneAt && (
          <span className="subtle">due {formatDateTime(note.dueAt)}</span>
        )}
        {note.doneAt && <span className="subtle">done {formatDate(note.doneAt)}</span>}
      </div>
      {editing ? (
        <div className="stack">
          <textarea
            aria-label={`Edit note: ${about}`}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            rows={3}
          />
          <div className="row">
            <button type="button" className="primary" onClick={() => void save()}>
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <p className="note-body">
          <FoldedText text={note.body} />
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!editing && (
        <div className="note-actions">
          {note.kind === 'promise' && (
            <button
              type="button"
              aria-label={`${note.doneAt ? 'Reopen' : 'Mark done'}: ${about}`}
              onClick={() =>
                void updateNote(db, note.id, { doneAt: note.doneAt ? undefined : Date.now() })
              }
            >
              {note.doneAt ? 'Reopen' : 'Mark done'}
            </button>
          )}
          <button type="button" aria-label={`Edit note: ${about}`} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            aria-label={`${note.pinned ? 'Unpin' : 'Pin'} note: ${about}`}
            onClick={() => void updateNote(db, note.id, { pinned: !note.pinned })}
          >
            {note.pinned ? 'Unpin' : 'Pin'}
          </button>
          <button type="button" aria-label={`Delete note: ${about}`} onClick={() => onDelete(note)}>
            Delete
          </button>
          <span className="subtle note-date">{formatDate(note.createdAt)}</span>
        </div>
      )}
    </li>
  );
}
