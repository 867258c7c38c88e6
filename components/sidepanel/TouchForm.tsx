import { useState, type FormEvent } from 'react';
import type { Touch, TouchChannel } from '@/storage/schema';

/** Value for a datetime-local input, in the browser's own zone. */
function localInputValue(at: number): string {
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export type TouchFields = Pick<Touch, 'channel' | 'direction' | 'at'> &
  Partial<Pick<Touch, 'subject' | 'summary'>>;

/**
 * A touch's fields: what kind, who reached out, when, and what was said; for logging one
 * Rapport could not see happen, or correcting one it logged.
 */
export function TouchForm({
  label,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  label: string;
  initial?: TouchFields;
  submitLabel: string;
  /** Saves the touch; a thrown error is shown and the form stays. */
  onSubmit(fields: TouchFields): Promise<void>;
  onCancel(): void;
}) {
  const [channel, setChannel] = useState<TouchChannel>(initial?.channel ?? 'call');
  const [direction, setDirection] = useState<'out' | 'in'>(initial?.direction ?? 'out');
  const [when, setWhen] = useState(() => localInputValue(initial?.at ?? Date.now()));
  const [subject, setSubject] = useState(initial?.subject ?? '');
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = new Date(when).getTime();
    if (!Number.isFinite(at)) {
      setStatus('Enter when it happened.');
      return;
    }
    try {
      await onSubmit({
        channel,
        direction,
        at,
        subject: subject.trim() || undefined,
        summary: summary.trim() || undefined,
      });
    } catch (e) {
      setStatus((e as Error).message);
    }
  }

  return (
    <form onSubmit={submit} className="stack card" aria-label={label}>
      <div className="row">
        <label>
          Kind
          <select value={channel} onChange={(e) => setChannel(e.target.value as TouchChannel)}>
            <option value="call">Call</option>
            <option value="meeting">Meeting</option>
            <option value="email">Email</option>
            <option value="linkedin">LinkedIn message</option>
            <option value="other">Other</option>
          </select>
        </label>
        <label>
          Who reached out
          <select value={direction} onChange={(e) => setDirection(e.target.value as 'out' | 'in')}>
            <option value="out">I did</option>
            <option value="in">They did</option>
          </select>
        </label>
      </div>
      <label>
        When
        <input
          type="datetime-local"
          value={when}
          onChange={(e) => setWhen(e.target.value)}
          required
        />
      </label>
      {initial?.subject !== undefined && (
        <label>
          Subject
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
      )}
      <label>
        Summary
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={2} />
      </label>
      <div className="row">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
