import { useState } from 'react';
import type { PagePerson } from '@/utils/messages';
import { useResolvedPerson } from '../hooks/useResolvedPerson';
import { useTabId } from '../hooks/useTabId';
import { useTabSignal } from '../hooks/useTabSignal';
import { PersonSearch } from '../PersonSearch';
import { SectionBoundary } from '../SectionBoundary';
import { PersonSwitcher } from './PersonSwitcher';
import { PersonView } from './PersonView';
import { UnknownPerson } from './UnknownPerson';

/** The identity that tells one page person from another across signals. */
function identityKey(people: PagePerson[]): string {
  return people
    .map((p) => `${p.role}:${p.email ?? ''}:${p.linkedinSlug ?? ''}:${p.linkedinMemberId ?? ''}`)
    .join('|');
}

interface PanelChoice {
  key: string;
  selected: number;
  pickedId?: string;
}

/**
 * The side panel: follows its tab's signal and shows the person in focus there, someone
 * to add, or (with nobody in focus) recent people and a search.
 */
export function SidePanel({ search = location.search }: { search?: string }) {
  const tabId = useTabId(search);
  const tabSignal = useTabSignal(tabId);
  const people = tabSignal?.signal?.people ?? [];
  const key = identityKey(people);
  // Choices belong to the page they were made on: a new compose or profile starts on its
  // first person (the first To recipient), with nothing picked from the search.
  const [choice, setChoice] = useState<PanelChoice>({ key, selected: 0 });
  const current: PanelChoice = choice.key === key ? choice : { key, selected: 0 };
  const { selected, pickedId } = current;
  const setSelected = (index: number) => setChoice({ ...current, selected: index });
  const setPickedId = (id: string | undefined) => setChoice({ ...current, pickedId: id });

  const focus = people[Math.min(selected, people.length - 1)];
  const resolved = useResolvedPerson(focus);

  let body;
  if (tabSignal === undefined) body = <p className="subtle">Loading…</p>;
  else if (pickedId) {
    body = (
      <>
        <button type="button" className="link-button" onClick={() => setPickedId(undefined)}>
          ← Back
        </button>
        <PersonView personId={pickedId} />
      </>
    );
  } else if (!focus) {
    body = (
      <section aria-labelledby="nobody-heading">
        <h2 id="nobody-heading">Nobody in focus</h2>
        <p className="subtle">
          Open a Gmail compose or thread, a LinkedIn profile or conversation, or pick someone.
        </p>
        <PersonSearch label="Find a person" pickVerb="Show" onPick={(p) => setPickedId(p.id)} />
      </section>
    );
  } else if (resolved === undefined) body = <p className="subtle">Loading…</p>;
  else if (resolved === null)
    body = <UnknownPerson key={identityKey([focus])} pagePerson={focus} />;
  else body = <PersonView personId={resolved.id} draft={tabSignal?.signal?.draft} />;

  return (
    <main className="panel">
      <h1 className="brand">Rapport</h1>
      {people.length > 1 && !pickedId && (
        <PersonSwitcher people={people} selected={selected} onSelect={setSelected} />
      )}
      {/* Whatever fails below the switcher, the switcher stays; a new person starts afresh. */}
      <SectionBoundary key={pickedId ?? resolved?.id ?? identityKey(people)} name="This person">
        {body}
      </SectionBoundary>
    </main>
  );
}
