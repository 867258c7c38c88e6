import { sidePanelDraftKey } from '@/storage/drafts';
import { addNote } from '@/storage/notes';
import { NoteComposer, type NoteFields } from '../NoteComposer';
import { useDatabase } from '../hooks/useDatabase';
import { useSettings } from '../hooks/useSettings';

/** Write a note about this person without leaving the page. */
export function AddNote({ personId }: { personId: string }) {
  const db = useDatabase();
  const settings = useSettings();
  return (
    <section aria-labelledby="add-note-heading" className="card">
      <h3 id="add-note-heading">Add a note</h3>
      <NoteComposer
        draftKey={sidePanelDraftKey(personId)}
        timeZone={settings?.timeZone}
        onSave={(fields: NoteFields) => addNote(db, { ...fields, personId, source: 'sidepanel' })}
      />
    </section>
  );
}
