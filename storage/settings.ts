import { storage } from '#imports';
import { DEFAULT_SETTINGS, settingsSchema, validate, type Settings } from './schema';

/**
 * The rep's settings: one versioned item in extension storage (synced by nothing, kept
 * on this machine). A stored value that no longer fits the schema is read as the
 * defaults rather than breaking every screen; writes are always validated.
 */
/** Where the settings are kept in the extension's local storage. */
export const SETTINGS_STORAGE_KEY = 'settings';

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_STORAGE_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = validate('settings', settingsSchema, { ...(await loadSettings()), ...changes });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with the settings now and whenever they change, in any window. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  void loadSettings().then(callback);
  return settingsItem.watch((value) => {
    const parsed = settingsSchema.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
