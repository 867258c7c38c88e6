import { useId, useState } from 'react';
import type { Settings } from '@/storage/schema';
import { saveSettings } from '@/storage/settings';

/** Reminders: off until the rep turns them on; saved on change. */
export function RemindersSection({ settings }: { settings: Settings }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const on = settings.remindersOnSince !== undefined;

  const toggle = async (turnOn: boolean) => {
    try {
      await saveSettings({ remindersOnSince: turnOn ? Date.now() : undefined });
      setStatus(turnOn ? 'Reminders are on.' : 'Reminders are off.');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Reminders</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void toggle(e.target.checked)}
        />
        Remind me of what I owe
      </label>
      <p id={`${id}-hint`} className="hint">
        A summary of the day at the start of your working hours, a notification when a promise falls
        due, and one 10 minutes before a call or meeting you logged. Only within your working hours,
        except the call or meeting; never twice for the same thing. Clicking one opens the side
        panel on that person.
      </p>
      <p role="status" className="ok">
        {status}
      </p>
    </section>
  );
}
