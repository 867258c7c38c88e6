import { useSettings } from '../hooks/useSettings';
import { CadenceForm } from './CadenceForm';
import { PreferencesSection } from './PreferencesSection';
import { RemindersSection } from './RemindersSection';
import { StorageSummary } from './StorageSummary';
import { YourData } from './YourData';

/** The options page: how the coach paces follow-ups, reminders, the rep's zone, and their data. */
export function OptionsPage() {
  const settings = useSettings();
  return (
    <main className="options">
      <h1>Rapport settings</h1>
      {settings === undefined ? (
        <p className="hint">Loading…</p>
      ) : (
        <>
          <StorageSummary />
          <YourData lastExportAt={settings.lastExportAt} />
          <PreferencesSection settings={settings} />
          <CadenceForm cadence={settings.cadence} />
          <RemindersSection settings={settings} />
        </>
      )}
    </main>
  );
}
