import { useId, type Ref } from 'react';
import type { DueDate } from '@/utils/due-date';

export const UNREADABLE_DUE_MESSAGE = "I can't read that date: try 'next Tuesday' or '3 Dec'";

interface DueDateFieldProps {
  /** The field's label: "Due" for a promise, "Snooze until" for a snooze. */
  label?: string;
  placeholder?: string;
  /** What the hint says before anything is typed. */
  idleHint?: string;
  value: string;
  /** The date the text means, when it can be read. */
  due: DueDate | null;
  /** The parser is still loading: nothing to show back yet. */
  reading?: boolean;
  unreadable: boolean;
  onChange(text: string): void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A date typed as words (a promise's due date, the end of a snooze), with the date it means
 * shown right under it, so the rep sees what Rapport understood before saving. Unreadable
 * text is flagged and blocks saving: a date is never guessed.
 */
export function DueDateField({
  label = 'Due',
  placeholder = 'by Friday, next Tuesday, 3 Dec',
  idleHint = 'Optional: when you promised it, in words.',
  value,
  due,
  reading,
  unreadable,
  onChange,
  ref,
}: DueDateFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="due">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        type="text"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        aria-invalid={unreadable || undefined}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={hintId} className={unreadable ? 'hint error' : 'hint'} aria-live="polite">
        {unreadable
          ? UNREADABLE_DUE_MESSAGE
          : due
            ? due.label
            : reading
              ? 'Reading the date…'
              : idleHint}
      </p>
    </div>
  );
}
