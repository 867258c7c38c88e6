import { useState } from 'react';
import type { PagePerson } from '@/utils/messages';
import { useResolvedPerson } from '../hooks/useResolvedPerson';
import { useTabId } from '../hooks/useTabId';
import { usePanelRequest } from '../hooks/usePanelRequest';
import { useTabSignal } from '../hooks/useTabSignal';
import { PersonSearch } from '../PersonSearch';
import { SectionBoundary } from '../SectionBoundary';
import { Today } from '../today/Today';
import { UndoProvider } from '../Undo';
import { PersonSwitcher } from './PersonSwitcher';
import { PersonView } from './PersonView';
import { StartFromContacts } from './StartFromContacts';
import { UnknownPerson } from './UnknownPerson';

/** The identity that tells one page person from another across signals. */
function identityKey(people: PagePerson[]): string {
  return people
    .map((p) => `${p.role}:${p.email ?? ''}:${p.linkedinSlug ?? ''}:${p.linkedinMemberId ?? ''}`)
    .join('|');
}

/** What the rep chose to see instead of the page's person: someone picked, or Today. */
type Override = { kind: 'person'; personId: string } | { kind: 'today' };

interface PanelChoice {
  key: string;
  selected: number;
  override?: Override;
}

/**
 * The side panel: follows its tab's signal and shows the person in focus there, or someone
 * to add; with nobody in focus, Today (what is owed, most urgent first), then recent people
 * and a search. A reminder clicked or a row of the popup can ask it for a person, or Today.
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
  const { selected, override } = current;
  const setSelected = (index: number) => setChoice({ key, selected: index });
  const setOverride = (next: Override | undefined) =>
    setChoice({ key, selected, ...(next ? { override: next } : {}) });
  const showPerson = (personId: string) => setOverride({ kind: 'person', personId });
  usePanelRequest((request) =>
    setOverride(
      request.personId ? { kind: 'person', personId: request.personId } : { kind: 'today' },
    ),
  );

  const focus = people[Math.min(selected, people.length - 1)];
  const resolved = useResolvedPerson(focus);
  const todayAndSearch = (
    <>
      <StartFromContacts />
      <Today onOpenPerson={showPerson} />
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">People</h2>
        {!focus && (
          <p className="subtle">
            Nobody in focus: open a Gmail compose or thread, a LinkedIn profile or conversation, or
            pick someone.
          </p>
        )}
        <PersonSearch label="Find a person" pickVerb="Show" onPick={(p) => showPerson(p.id)} />
      </section>
    </>
  );

  let body;
  if (tabSignal === undefined) body = <p className="subtle">Loading…</p>;
  else if (override?.kind === 'person') {
    body = (
      <>
        <button type="button" className="link-button" onClick={() => setOverride(undefined)}>
          ← Back
        </button>
        <PersonView personId={override.personId} onShowPerson={showPerson} />
      </>
    );
  } else if (override?.kind === 'today' || !focus) body = todayAndSearch;
  else if (resolved === undefined) body = <p className="subtle">Loading…</p>;
  else if (resolved === null)
    body = <UnknownPerson key={identityKey([focus])} pagePerson={focus} />;
  else {
    body = (
      <PersonView
        personId={resolved.id}
        draft={tabSignal?.signal?.draft}
        onShowPerson={showPerson}
      />
    );
  }

  const onToday = override?.kind === 'today' || (!override && !focus);
  // Whatever fails to render below the header and switcher, they stay; another person, or
  // Today, starts afresh.
  const bounded = (
    <SectionBoundary
      key={
        onToday ? 'today' : override?.kind === 'person' ? override.personId : (resolved?.id ?? key)
      }
      name={onToday ? 'Today' : 'This person'}
    >
      {body}
    </SectionBoundary>
  );
  return (
    <UndoProvider>
      <main className="panel">
        <header className="panel-top">
          <h1 className="brand">Rapport</h1>
          {onToday && focus && (
            <button type="button" className="link-button" onClick={() => setOverride(undefined)}>
              Back to this page
            </button>
          )}
          {!onToday && (
            <button
              type="button"
              className="link-button"
              onClick={() => setOverride({ kind: 'today' })}
            >
              Today
            </button>
          )}
        </header>
        {people.length > 1 && !override ? (
          <PersonSwitcher people={people} selected={selected} onSelect={setSelected}>
            {bounded}
          </PersonSwitcher>
        ) : (
          bounded
        )}
      </main>
    </UndoProvider>
  );
}
