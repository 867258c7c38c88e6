import { useSettings } from '../hooks/useSettings';
import { UndoProvider } from '../Undo';
import { CadenceForm } from './CadenceForm';
import { PeopleList } from './PeopleList';
import { PreferencesSection } from './PreferencesSection';
import { StorageSummary } from './StorageSummary';
import { YourData } from './YourData';

/**
 * The options page: the rep's data (backups, and everyone in Rapport), how the coach paces
 * follow-ups, and the rep's zone.
 */
export function OptionsPage() {
  const settings = useSettings();
  return (
    <UndoProvider>
      <main className="options">
        <h1>Rapport settings</h1>
        {settings === undefined ? (
          <p className="hint">Loading…</p>
        ) : (
          <>
            <StorageSummary />
            <YourData lastExportAt={settings.lastExportAt} />
            <PeopleList />
            <PreferencesSection settings={settings} />
            <CadenceForm cadence={settings.cadence} />
          </>
        )}
      </main>
    </UndoProvider>
  );
}
