import { useState } from 'react';
import { candidateDraftKey, moveDraft, NEW_DRAFT } from '@/storage/drafts';
import { addNote } from '@/storage/notes';
import { addPerson, type NewPerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import { askBackground } from '../ask-background';
import { NoteComposer, type NoteFields } from '../NoteComposer';
import { PersonSearch } from '../PersonSearch';
import { useDatabase } from '../hooks/useDatabase';
import { systemTimeZone } from '@/utils/domain/zoned-time';
import { useSettings } from '../hooks/useSettings';
import { useTabId } from '../hooks/useTabId';
import { useTabSignal } from '../hooks/useTabSignal';
import { OpenSidePanelButton } from './OpenSidePanelButton';
import { PopupMenu } from './PopupMenu';
import { TodayPreview } from './TodayPreview';
import { Candidate, ChosenPerson } from './TargetHeader';
import { usePopupTarget } from './usePopupTarget';

/**
 * The toolbar popup: a note about the person in the tab in three seconds. It acts for
 * `?tabId=N` when given, else the active tab.
 */
export function Popup({ search = location.search }: { search?: string }) {
  const db = useDatabase();
  const tabId = useTabId(search);
  const signal = useTabSignal(tabId);
  const settings = useSettings();
  const { target, choose } = usePopupTarget(signal);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string>();

  const draftKey =
    target.kind === 'person'
      ? target.person.id
      : target.kind === 'candidate' && target.from === 'page'
        ? candidateDraftKey(target.fields)
        : NEW_DRAFT;

  /** Someone new is in Rapport now: the page's "Save to Rapport" item may name them. */
  const added = (person: Person) => {
    if (typeof tabId === 'number') {
      askBackground({ type: 'person-changed', tabId }).catch((reason: unknown) =>
        console.warn('Rapport: context menu title not updated', reason),
      );
    }
    return person;
  };

  const pick = async (person: Person, typedUnder = NEW_DRAFT) => {
    // Text typed before choosing follows the person it is about.
    await moveDraft(typedUnder, person.id);
    choose({ kind: 'person', person });
  };

  const add = async (fields: NewPerson) => {
    setAdding(true);
    setError(undefined);
    try {
      await pick(added(await addPerson(db, fields)), draftKey);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    } finally {
      setAdding(false);
    }
  };

  const save = async (fields: NoteFields) => {
    if (target.kind === 'person') {
      return addNote(db, { ...fields, personId: target.person.id, source: 'popup' });
    }
    if (target.kind !== 'candidate') throw new Error('Choose who this note is about first.');
    const person = added(await addPerson(db, target.fields));
    const note = await addNote(db, { ...fields, personId: person.id, source: 'popup' });
    choose({ kind: 'person', person });
    return note;
  };

  const aboutName =
    target.kind === 'person'
      ? target.person.name
      : target.kind === 'candidate'
        ? target.fields.name
        : undefined;

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Rapport</h1>
        <PopupMenu />
      </header>
      <TodayPreview tabId={tabId} />
      {target.kind === 'loading' && <p className="hint">Looking at this tab…</p>}
      {target.kind === 'person' && (
        <ChosenPerson person={target.person} onChange={() => choose({ kind: 'none' })} />
      )}
      {target.kind === 'candidate' && (
        <Candidate
          fields={target.fields}
          from={target.from}
          busy={adding}
          onAdd={() => void add(target.fields)}
          onChange={() => choose({ kind: 'none' })}
        />
      )}
      {target.kind === 'none' && (
        <PersonSearch
          label="Find a person"
          limit={8}
          autoFocus
          onPick={(person) => void pick(person)}
          onNew={(fields) => choose({ kind: 'candidate', fields, from: 'typed' })}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <NoteComposer
        onSave={save}
        draftKey={draftKey}
        timeZone={settings?.timeZone ?? systemTimeZone()}
        autoFocus={target.kind === 'person' || target.kind === 'candidate'}
        blockedReason={
          target.kind === 'none' || target.kind === 'loading'
            ? 'Choose who this note is about first.'
            : undefined
        }
        savedMessage={aboutName ? `Saved to ${aboutName}.` : 'Note saved.'}
        aboutPersonId={target.kind === 'person' ? target.person.id : null}
      />
      <footer className="popup-footer">
        <OpenSidePanelButton tabId={tabId} />
      </footer>
    </main>
  );
}
