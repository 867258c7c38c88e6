import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { NewPerson } from '@/storage/people';
import { personInFocus } from '@/storage/person-in-focus';
import { personFromReading } from '@/utils/domain/person';
import type { Person } from '@/storage/schema';
import type { TabSignal } from '@/storage/tab-signals';
import { useDatabase } from '../hooks/useDatabase';

/** Who a note typed in the popup is about. */
export type Target =
  | { kind: 'loading' }
  /** Someone in Rapport. */
  | { kind: 'person'; person: Person }
  /** Someone not in Rapport yet: from the page, or a name the rep typed. */
  | { kind: 'candidate'; fields: NewPerson; from: 'page' | 'typed' }
  /** Nobody yet: the rep searches. */
  | { kind: 'none' };

/**
 * The popup's target: the person in focus in the tab until the rep chooses someone else.
 * Kept live, so a person added from the page becomes "in Rapport" at once.
 */
export function usePopupTarget(signal: TabSignal | null | undefined) {
  const db = useDatabase();
  const [choice, setChoice] = useState<Target | undefined>(undefined);
  const focus = useLiveQuery(
    async () => (signal === undefined ? undefined : personInFocus(db, signal?.signal)),
    [db, signal],
  );
  const chosenId = choice?.kind === 'person' ? choice.person.id : undefined;
  const chosen = useLiveQuery(
    async () => (chosenId ? db.people.get(chosenId) : undefined),
    [db, chosenId],
  );

  let target: Target;
  if (choice?.kind === 'person') target = { kind: 'person', person: chosen ?? choice.person };
  else if (choice) target = choice;
  else if (focus === undefined) target = { kind: 'loading' };
  else if (focus === null) target = { kind: 'none' };
  else if (focus.person) target = { kind: 'person', person: focus.person };
  else target = { kind: 'candidate', fields: personFromReading(focus.page), from: 'page' };

  return {
    target,
    choose: (next: Target) => setChoice(next),
  };
}
