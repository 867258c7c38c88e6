import { type FormEvent, useState } from 'react';
import { DueDateField } from '../DueDateField';
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
  const [text, setText] = useState('');
  const typed = text.trim() !== '';
  const parser = useLazyModule(dueDates, typed);
  const parsed = typed && parser ? parser.parseDueDate(text, now, timeZone, startHour) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (parsed) onSnooze(parsed.at, parsed.label);
  };

  return (
    <form className="snooze-until" onSubmit={submit}>
      <DueDateField
        label="Snooze until"
        placeholder="Monday, 3 Dec, in two weeks"
        idleHint=""
        value={text}
        due={parsed}
        reading={typed && !parser}
        unreadable={typed && parser !== undefined && parsed === null}
        onChange={setText}
      />
      <button type="submit" disabled={!parsed}>
        Snooze
      </button>
    </form>
  );
}
