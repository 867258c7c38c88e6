import { useId, useMemo, useState } from 'react';
import type { Settings } from '@/storage/schema';
import { saveSettings } from '@/storage/settings';
import { systemTimeZone } from '@/utils/domain/zoned-time';
import { knownTimeZones } from '../time-zones';

/** The rep's own time zone and how the send warning behaves. Each saves on change. */
export function PreferencesSection({ settings }: { settings: Settings }) {
  const id = useId();
  const system = systemTimeZone();
  const zones = useMemo(() => knownTimeZones(system), [system]);
  const [status, setStatus] = useState('');

  const save = async (changes: Partial<Settings>, done: string) => {
    try {
      await saveSettings(changes);
      setStatus(done);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>You</h2>
      <div>
        <label className="field-label" htmlFor={`${id}-zone`}>
          Your time zone
        </label>
        <select
          id={`${id}-zone`}
          value={settings.timeZone ?? system}
          aria-describedby={`${id}-zone-hint`}
          onChange={(e) => void save({ timeZone: e.target.value }, 'Time zone saved.')}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone === system ? `${zone} (this computer)` : zone}
            </option>
          ))}
        </select>
        <p id={`${id}-zone-hint`} className="hint">
          Due dates and working hours are read in this zone.
        </p>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.confirmSendOnStop}
          onChange={(e) =>
            void save(
              { confirmSendOnStop: e.target.checked },
              e.target.checked ? 'Rapport will ask before a send it advises against.' : 'Saved.',
            )
          }
        />
        Ask &apos;Send anyway?&apos; on a stop verdict
      </label>
      <p role="status" className="ok">
        {status}
      </p>
    </section>
  );
}
