import { useId } from 'react';
import { NOTE_KINDS, type NoteKind } from '@/storage/schema';

/** The kinds a rep picks when capturing; 'other' is kept for imports and older notes. */
export type CaptureKind = Exclude<NoteKind, 'other'>;
export const CAPTURE_KINDS: readonly CaptureKind[] = NOTE_KINDS.filter(
  (kind): kind is CaptureKind => kind !== 'other',
);

/** Each kind's name as the rep sees it, on the picker's chips and on every note. */
export const KIND_LABELS: Record<NoteKind, string> = {
  said: 'Said',
  need: 'Need',
  preference: 'Preference',
  personal: 'Personal',
  objection: 'Objection',
  promise: 'Promise',
  other: 'Note',
};

interface NoteKindPickerProps {
  value: NoteKind;
  onChange(kind: CaptureKind): void;
  label?: string;
}

/**
 * The note kind as chips. Native radio inputs under a radiogroup: the browser gives
 * arrow-key movement, one tab stop for the group, and the right roles for free.
 */
export function NoteKindPicker({ value, onChange, label = 'Kind' }: NoteKindPickerProps) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div className="kind-picker" role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId} className="field-label">
        {label}
      </span>
      <div className="chips">
        {CAPTURE_KINDS.map((kind) => (
          <label key={kind} className="chip">
            <input
              type="radio"
              name={name}
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
            />
            <span>{KIND_LABELS[kind]}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
