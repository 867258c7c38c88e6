import { useEffect, useState } from 'react';

export type Persistence = 'checking' | 'persistent' | 'not-persistent' | 'unsupported';

/**
 * Asks the browser to keep Rapport's storage when disk space runs low, once, when the
 * page opens, and says whether it agreed.
 */
export function usePersistentStorage(): Persistence {
  const [state, setState] = useState<Persistence>(() =>
    storageManager() ? 'checking' : 'unsupported',
  );
  useEffect(() => {
    const manager = storageManager();
    if (!manager) return;
    let cancelled = false;
    void (async () => {
      try {
        const granted = (await manager.persisted()) || (await manager.persist());
        if (!cancelled) setState(granted ? 'persistent' : 'not-persistent');
      } catch {
        if (!cancelled) setState('unsupported');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}

/** The storage manager, when this browser (or test DOM) has one that can persist. */
function storageManager(): StorageManager | undefined {
  const manager = (typeof navigator === 'undefined' ? undefined : navigator.storage) as
    Partial<StorageManager> | undefined;
  return typeof manager?.persist === 'function' && typeof manager.persisted === 'function'
    ? (manager as StorageManager)
    : undefined;
}
