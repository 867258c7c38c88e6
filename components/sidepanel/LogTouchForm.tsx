import { useState, type FormEvent } from 'react';
import type { TouchChannel } from '@/storage/schema';
import { logTouch } from '@/storage/touches';
import { useDatabase } from '../hooks/useDatabase';

/** Value for a datetime-local input, in the browser's own zone. */
function localInputValue(at: number): string {
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** Log a call, meeting or other touch that Rapport could not see happen. */
export function LogTouchForm({ personId }: { personId: string }) {
  const db = useDatabase();
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<TouchChannel>('call');
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [when, setWhen] = useState(() => localInputValue(Date.now()));
  const [summary, setSummary] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = new Date(when).getTime();
    if (!Number.isFinite(at)) {
      setStatus('Enter when it happened.');
      return;
    }
    try {
      await logTouch(db, {
        personId,
        channel,
        direction,
        at,
        ...(summary.trim() ? { summary } : {}),
      });
      setSummary('');
      setStatus('Logged.');
      setOpen(false);
    } catch (e) {
      setStatus((e as Error).message);
    }
  }

  if (!open) {
    return (
      <div className="row">
        <button type="button" onClick={() => setOpen(true)}>
          Log a call or meeting
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="stack card" aria-label="Log a touch">
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
      <label>
        Summary
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={2} />
      </label>
      <div className="row">
        <button type="submit" className="primary">
          Log touch
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
