import { useEffect, useState } from 'react';

/**
 * A module fetched with `import()` on first need and kept: the heavy language libraries
 * (compromise, chrono) stay out of the scripts a page needs before its first render.
 */
export interface LazyModule<T> {
  /** The module once loaded, else undefined. */
  current(): T | undefined;
  /** Starts loading (once; again after a failure) and resolves to the module. */
  load(): Promise<T>;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    current: () => value,
    load: () =>
      (pending ??= importer().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

/**
 * The module, loading it when `needed` turns true; undefined until it has arrived (the
 * caller shows that it is still reading). Re-renders once when it arrives.
 */
export function useLazyModule<T>(module: LazyModule<T>, needed = true): T | undefined {
  const [loaded, setLoaded] = useState(module.current);
  useEffect(() => {
    if (!needed || loaded) return;
    let cancelled = false;
    module.load().then(
      (value) => !cancelled && setLoaded(() => value),
      // A chunk that failed to load is asked for again on the next need.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [module, needed, loaded]);
  return loaded ?? module.current();
}

/**
 * Loads the module once the page is idle (after its first render has painted), so it is
 * there by the time the rep needs it.
 */
export function usePrefetch<T>(module: LazyModule<T>, wanted = true): void {
  useEffect(() => {
    if (!wanted || module.current()) return;
    const load = () => void module.load().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(load, { timeout: 2_000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(load, 50);
    return () => clearTimeout(timer);
  }, [module, wanted]);
}
