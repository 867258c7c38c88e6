import { useId, useState, type FormEvent } from 'react';
import { UNREADABLE_DUE_MESSAGE } from '../DueDateField';
import { lazyModule, useLazyModule } from '../hooks/useLazyModule';

// The date parser carries chrono-node: fetched only when the rep types a date.
const dueDates = lazyModule(() => import('@/utils/due-date'));

/** "Snooze until…": a date in words ("Monday", "in two weeks", "3 Dec"), read back before it is used. */
export function SnoozeUntil({
  now,
  timeZone,
  startHour,
  onSnooze,
}: {
  now: number;
  timeZone: string;
  /** A date without a time means the start of that working day. */
  startHour: number;
  onSnooze(until: number, label: string): void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const parser = useLazyModule(dueDates, text.trim() !== '');
  const parsed = text.trim() && parser ? parser.parseDueDate(text, now, timeZone, startHour) : null;
  const unreadable = text.trim() !== '' && parser !== undefined && parsed === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (parsed) onSnooze(parsed.at, parsed.label);
  };

  return (
    <form className="snooze-until" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        Snooze until
      </label>
      <div className="row">
        <input
          id={id}
          type="text"
          value={text}
          placeholder="Monday, 3 Dec, in two weeks"
          autoComplete="off"
          aria-invalid={unreadable || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={!parsed}>
          Snooze
        </button>
      </div>
      <p id={`${id}-hint`} className={unreadable ? 'hint error' : 'hint'} aria-live="polite">
        {unreadable ? UNREADABLE_DUE_MESSAGE : (parsed?.label ?? '')}
      </p>
    </form>
  );
}
