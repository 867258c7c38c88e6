import { useMemo, useState } from 'react';
import { COUNT_CAP } from '@/storage/follow-ups';
import type { Person, Touch } from '@/storage/schema';
import { resolveCadence, timingSettings } from '@/utils/coach/cadence';
import type { FollowUp } from '@/utils/coach/follow-ups';
import { countWords } from '@/utils/coach/wording';
import { snoozeChoices, systemTimeZone } from '@/utils/domain/zoned-time';
import { useDatabase } from '../hooks/useDatabase';
import { useNow } from '../hooks/useNow';
import { useSettings } from '../hooks/useSettings';
import { useOfferUndo } from '../Undo';
import { writeErrorMessage } from '../write-error';
import { markDone, snooze, stopContacting, type Undoable } from './follow-up-actions';
import { TodayRow, type RowActions } from './TodayRow';
import { firstRowsFor } from './first-rows';
import { usePeople, useToday } from './useToday';

/**
 * Today: everything the rep owes their people within a day, most urgent first, each with
 * what to do about it in one click.
 */
export function Today({ onOpenPerson }: { onOpenPerson(personId: string): void }) {
  const db = useDatabase();
  const clock = useNow();
  const settings = useSettings();
  const timing = useMemo(() => timingSettings(settings), [settings]);
  const [limit, setLimit] = useState(() => firstRowsFor(window.innerHeight));
  const today = useToday(clock, timing, limit);
  const now = today?.now ?? clock;
  const offerUndo = useOfferUndo();
  const [error, setError] = useState<string | null>(null);
  const visible = today?.items ?? [];
  const people = usePeople([...new Set(visible.map((i) => i.personId))]);

  const act = (work: () => Promise<Undoable>) =>
    void work().then(
      (done) => {
        setError(null);
        offerUndo({ message: done.message, undo: done.undo });
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

  const counts = today?.counts;
  return (
    <section aria-labelledby="today-heading" className="today">
      <div className="section-head">
        <h2 id="today-heading">Today</h2>
        {counts && counts.listed > 0 && (
          <span className="subtle" role="status">
            {counts.overdue > 0 ? `${countWords(counts.overdue, COUNT_CAP)} overdue · ` : ''}
            {countWords(counts.listed, COUNT_CAP)} in all
          </span>
        )}
      </div>
      {today === undefined && <p className="subtle">Loading…</p>}
      {today?.items.length === 0 && (
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
      {today && counts && counts.listed > visible.length && limit !== Infinity && (
        <button type="button" className="link-button" onClick={() => setLimit(Infinity)}>
          Show all{counts.listed < COUNT_CAP ? ` ${counts.listed}` : ''}
        </button>
      )}
    </section>
  );
}
