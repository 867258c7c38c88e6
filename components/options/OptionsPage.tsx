import { useSettings } from '../hooks/useSettings';
import { UndoProvider } from '../Undo';
import { CadenceForm } from './CadenceForm';
import { ImportContacts } from './ImportContacts';
import { PeopleList } from './PeopleList';
import { PreferencesSection } from './PreferencesSection';
import { RemindersSection } from './RemindersSection';
import { StorageSummary } from './StorageSummary';
import { UnattachedHistory } from './UnattachedHistory';
import { YourData } from './YourData';

/**
 * The options page: what Rapport stores, starting from the rep's contacts, their data and
 * everyone in Rapport, the mail kept with people not added yet, the rep's zone, how the
 * coach paces follow-ups, and reminders.
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
            <ImportContacts />
            <YourData lastExportAt={settings.lastExportAt} />
            <PeopleList />
            <UnattachedHistory />
            <PreferencesSection settings={settings} />
            <CadenceForm cadence={settings.cadence} />
            <RemindersSection settings={settings} />
          </>
        )}
      </main>
    </UndoProvider>
  );
}
