import { useCallback, useState } from 'react';
import { deleteNote, restoreNote } from '@/storage/notes';
import { FIRST_TOUCH_WINDOW } from '@/storage/person-context';
import type { Note } from '@/storage/schema';
import { isOpenPromise, orderPromises } from '@/utils/domain/promises';
import type { Draft } from '@/utils/messages';
import { useDatabase } from '../hooks/useDatabase';
import { useNow } from '../hooks/useNow';
import { usePersonContext } from '../hooks/usePersonContext';
import { useSettings } from '../hooks/useSettings';
import { SectionBoundary } from '../SectionBoundary';
import { UndoToast, type UndoAction } from '../UndoToast';
import { AddNote } from './AddNote';
import { CoachSection } from './CoachSection';
import { LogTouchForm } from './LogTouchForm';
import { NoteItem } from './NoteItem';
import { PersonHeader } from './PersonHeader';
import { Timeline } from './Timeline';

/**
 * A person Rapport knows: who they are, then what the rep promised (overdue first: the
 * first thing to see), the coach (timing, and the draft when one is being written),
 * pinned notes, what they told the rep, and every touch.
 */
export function PersonView({ personId, draft }: { personId: string; draft?: Draft }) {
  const db = useDatabase();
  const [window, setWindow] = useState(FIRST_TOUCH_WINDOW);
  const [undo, setUndo] = useState<UndoAction | null>(null);
  // Notes being edited, by id: kept here so an edit survives its note moving between
  // sections (pinned in another window, marked done) while the rep types.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const onEdit = useCallback((noteId: string, text: string | undefined) => {
    setEdits(({ [noteId]: _previous, ...others }) =>
      text === undefined ? others : { ...others, [noteId]: text },
    );
  }, []);
  const context = usePersonContext(personId, window);
  // A touch just logged (a message sent a moment ago) is in the past by the time it shows.
  const now = useNow(60_000, context?.touches[0]?.id);
  const settings = useSettings();
  const clearUndo = useCallback(() => setUndo(null), []);

  const remove = useCallback(
    async (note: Note) => {
      const deleted = await deleteNote(db, note.id);
      if (deleted) setUndo({ message: 'Note deleted.', undo: () => restoreNote(db, deleted) });
    },
    [db],
  );

  if (context === undefined) return <p className="subtle">Loading…</p>;
  if (context === null) return <p role="alert">This person is no longer in Rapport.</p>;
  const { person, notes, touches, touchCount } = context;
  const promises = orderPromises(notes, now);
  const pinned = notes.filter((n) => n.pinned && !isOpenPromise(n));
  // What they told the rep: every kind of note but the rep's own promises.
  const told = notes.filter((n) => !n.pinned && n.kind !== 'promise');
  const list = (items: Note[]) => (
    <ul className="notes">
      {items.map((n) => (
        <NoteItem
          key={n.id}
          note={n}
          now={now}
          onDelete={(note) => void remove(note)}
          edit={edits[n.id]}
          onEdit={onEdit}
        />
      ))}
    </ul>
  );
  /**
   * A section of notes with its own error boundary: a damaged note blanks only its section.
   * With no notes, it says `empty`.
   */
  const notesSection = (title: string, headingId: string, items: Note[], empty = '') => (
    <SectionBoundary name={title}>
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{title}</h3>
        {items.length === 0 ? <p className="subtle">{empty}</p> : list(items)}
      </section>
    </SectionBoundary>
  );

  return (
    <article aria-label={`About ${person.name}`} className="person-view">
      <SectionBoundary name="Who they are">
        <PersonHeader person={person} now={now} />
      </SectionBoundary>
      {promises.length > 0 && notesSection('You promised', 'promises-heading', promises)}
      <SectionBoundary name="The coach">
        <CoachSection
          draft={draft}
          person={person}
          notes={notes}
          touches={touches}
          settings={settings}
          now={now}
        />
      </SectionBoundary>
      {pinned.length > 0 && notesSection('Pinned', 'pinned-heading', pinned)}
      {notesSection('What they told you', 'told-heading', told, 'No notes yet.')}
      <SectionBoundary name="Add a note">
        <AddNote personId={person.id} />
      </SectionBoundary>
      <SectionBoundary name="Log a touch">
        <LogTouchForm personId={person.id} />
      </SectionBoundary>
      <SectionBoundary name="Timeline">
        <Timeline
          notes={notes}
          touches={touches}
          touchCount={touchCount}
          onShowMore={() => setWindow((w) => w + FIRST_TOUCH_WINDOW)}
        />
      </SectionBoundary>
      <UndoToast action={undo} onDone={clearUndo} />
    </article>
  );
}
