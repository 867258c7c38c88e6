import { useCallback, useState } from 'react';
import { deleteNote, restoreNote } from '@/storage/notes';
import { FIRST_TOUCH_WINDOW } from '@/storage/person-context';
import type { Note, Person } from '@/storage/schema';
import { isOpenPromise, orderPromises } from '@/utils/domain/promises';
import type { Draft } from '@/utils/messages';
import { DeletePeople } from '../DeletePeople';
import { useDatabase } from '../hooks/useDatabase';
import { useNow } from '../hooks/useNow';
import { usePersonContext } from '../hooks/usePersonContext';
import { useSettings } from '../hooks/useSettings';
import { MergePreview } from '../MergePreview';
import { PersonSearch } from '../PersonSearch';
import { SectionBoundary } from '../SectionBoundary';
import { useOfferUndo } from '../Undo';
import { AddNote } from './AddNote';
import { CoachSection } from './CoachSection';
import { LogTouchForm } from './LogTouchForm';
import { LookAlikes } from './LookAlikes';
import { NoteItem } from './NoteItem';
import { PersonEditor } from './PersonEditor';
import { PersonHeader } from './PersonHeader';
import { Timeline } from './Timeline';

/** What the view is doing besides showing the person. */
type Task =
  | { kind: 'edit' }
  | { kind: 'pick-merge' }
  | { kind: 'merge'; otherId: string }
  | { kind: 'delete' }
  | null;

/**
 * A person Rapport knows: who they are, then what the rep promised (overdue first: the
 * first thing to see), the coach (timing, and the draft when one is being written),
 * pinned notes, what they told the rep, and every touch.
 */
export function PersonView({
  personId,
  draft,
  onShowPerson,
}: {
  personId: string;
  draft?: Draft;
  /** Shows another person (the one a merge kept, when it was not this one). */
  onShowPerson?(id: string): void;
}) {
  const db = useDatabase();
  const [window, setWindow] = useState(FIRST_TOUCH_WINDOW);
  const offerUndo = useOfferUndo();
  const [task, setTask] = useState<Task>(null);
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

  const remove = useCallback(
    async (note: Note) => {
      const deleted = await deleteNote(db, note.id);
      if (deleted) offerUndo({ message: 'Note deleted.', undo: () => restoreNote(db, deleted) });
    },
    [db, offerUndo],
  );

  if (context === undefined) return <p className="subtle">Loading…</p>;
  if (context === null) return <p role="alert">This person is no longer in Rapport.</p>;
  const { person, notes, touches, touchCount } = context;
  const done = () => setTask(null);
  const merged = (kept: Person) => kept.id !== person.id && onShowPerson?.(kept.id);

  if (task?.kind === 'edit') {
    return (
      <PersonEditor
        person={person}
        onDone={done}
        onMergeWith={(otherId) => setTask({ kind: 'merge', otherId })}
      />
    );
  }
  if (task?.kind === 'merge') {
    return <MergePreview first={person} secondId={task.otherId} onDone={done} onMerged={merged} />;
  }
  if (task?.kind === 'pick-merge') {
    return (
      <section className="card stack" aria-label={`Merge ${person.name} with someone`}>
        <PersonSearch
          label={`Merge ${person.name} with…`}
          pickVerb="Merge with"
          autoFocus
          onPick={(other) =>
            other.id !== person.id && setTask({ kind: 'merge', otherId: other.id })
          }
        />
        <button type="button" onClick={done}>
          Cancel
        </button>
      </section>
    );
  }

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
        <PersonHeader
          person={person}
          now={now}
          onEdit={() => setTask({ kind: 'edit' })}
          onMerge={() => setTask({ kind: 'pick-merge' })}
          onDelete={() => setTask({ kind: 'delete' })}
        />
        {task?.kind === 'delete' ? (
          <DeletePeople ids={[person.id]} onDone={done} />
        ) : (
          <LookAlikes
            person={person}
            onCompare={(otherId) => setTask({ kind: 'merge', otherId })}
          />
        )}
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
    </article>
  );
}
