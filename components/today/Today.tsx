import { useCallback, useState } from 'react';
import type { Person, Touch } from '@/storage/schema';
import { isOverdue, type FollowUp } from '@/utils/coach/follow-ups';
import { resolveCadence } from '@/utils/coach/cadence';
import { snoozeChoices, systemTimeZone } from '@/utils/coach/zoned-time';
import { useDatabase } from '../hooks/useDatabase';
import { useNow } from '../hooks/useNow';
import { useSettings } from '../hooks/useSettings';
import { UndoToast, type UndoAction } from '../UndoToast';
import { writeErrorMessage } from '../write-error';
import { markDone, snooze, stopContacting, type Undoable } from './follow-up-actions';
import { TodayRow, type RowActions } from './TodayRow';
import { usePeople, useToday } from './useToday';

/** Rows shown at first; the rest on request, so the list paints at once at any size. */
export const FIRST_ROWS = 25;

/**
 * Today: everything the rep owes their people within a day, most urgent first, each with
 * what to do about it in one click.
 */
export function Today({ onOpenPerson }: { onOpenPerson(personId: string): void }) {
  const db = useDatabase();
  const clock = useNow();
  const settings = useSettings();
  const today = useToday(clock, settings?.cadence);
  const now = today?.now ?? clock;
  const [limit, setLimit] = useState(FIRST_ROWS);
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const clearUndo = useCallback(() => setUndo(null), []);
  const visible = today?.plan.slice(0, limit) ?? [];
  const people = usePeople([...new Set(visible.map((i) => i.personId))]);

  const act = (work: () => Promise<Undoable>) =>
    void work().then(
      (done) => {
        setError(null);
        setUndo({ message: done.message, undo: done.undo });
      },
      (reason: unknown) => setError(writeErrorMessage(reason)),
    );
  const actions: RowActions = {
    openPerson: onOpenPerson,
    done: (item: FollowUp, person: Person, decided: Touch | undefined) =>
      act(() => markDone(db, item, person, decided)),
    snooze: (person, until, label) => act(() => snooze(db, person, until, label)),
    stop: (person) => act(() => stopContacting(db, person)),
  };

  const timeZone = settings?.timeZone ?? systemTimeZone();
  const startHour = resolveCadence(settings?.cadence).workdayStartHour;
  const snoozeTimes = { ...snoozeChoices(now, startHour, timeZone), timeZone, startHour };

  const overdue = today?.plan.filter((i) => isOverdue(i, now)).length ?? 0;
  return (
    <section aria-labelledby="today-heading" className="today">
      <div className="section-head">
        <h2 id="today-heading">Today</h2>
        {today && today.plan.length > 0 && (
          <span className="subtle" role="status">
            {overdue > 0 ? `${overdue} overdue · ` : ''}
            {today.plan.length} in all
          </span>
        )}
      </div>
      {today === undefined && <p className="subtle">Loading…</p>}
      {today?.plan.length === 0 && (
        <p className="subtle">Nothing due: every promise kept, every reply sent.</p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {visible.length > 0 && (
        <ol className="today-list" aria-label="Owed today, most urgent first">
          {visible.map((item) => {
            const decided = item.touchId ? today?.touches.get(item.touchId) : undefined;
            return (
              <TodayRow
                key={`${item.reason}:${item.personId}:${item.noteId ?? item.touchId ?? ''}`}
                item={item}
                name={today?.names.get(item.personId) ?? ''}
                person={people?.get(item.personId)}
                decided={decided}
                now={now}
                snoozeTimes={snoozeTimes}
                actions={actions}
              />
            );
          })}
        </ol>
      )}
      {today && today.plan.length > limit && (
        <button type="button" className="link-button" onClick={() => setLimit(Infinity)}>
          Show all {today.plan.length}
        </button>
      )}
      <UndoToast action={undo} onDone={clearUndo} />
    </section>
  );
}
