import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm ci` installs exactly what package-lock.json lists. npm writes a lock that lists only
// the current machine's optional packages when node_modules already exists, and a lock
// like that fails `npm ci` on every other platform ("Missing: … from lock file"), or leaves
// rollup and esbuild without their native binary there, so the build cannot start.

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../package-lock.json'), 'utf8'),
) as { packages: Record<string, LockEntry> };
const entries = lock.packages;

/** Where Node (and npm) would find `name` from the package installed at `from`. */
function resolveInLock(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (entries[candidate]) return candidate;
    if (!dir) return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

/** The machines Rapport's developers and CI use. */
const PLATFORMS = {
  'darwin-arm64': { rollup: 'darwin-arm64', esbuild: 'darwin-arm64' },
  'darwin-x64': { rollup: 'darwin-x64', esbuild: 'darwin-x64' },
  'win32-x64': { rollup: 'win32-x64-msvc', esbuild: 'win32-x64' },
  'linux-x64': { rollup: 'linux-x64-gnu', esbuild: 'linux-x64' },
  'linux-arm64': { rollup: 'linux-arm64-gnu', esbuild: 'linux-arm64' },
} as const;

const installedAt = (name: string) =>
  Object.keys(entries).filter(
    (p) => p === `node_modules/${name}` || p.endsWith(`/node_modules/${name}`),
  );

describe('package-lock.json', () => {
  it('lists every optional package that a locked package asks for', () => {
    const missing: string[] = [];
    for (const [location, entry] of Object.entries(entries)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolveInLock(location, name))
          missing.push(`${name} (for ${location || 'the project'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(PLATFORMS))('has rollup and esbuild binaries for %s', (_, names) => {
    const rollups = installedAt('rollup');
    const esbuilds = installedAt('esbuild');
    expect(rollups.length).toBeGreaterThan(0);
    expect(esbuilds.length).toBeGreaterThan(0);
    for (const at of rollups) {
      expect(resolveInLock(at, `@rollup/rollup-${names.rollup}`), at).toBeDefined();
    }
    for (const at of esbuilds) {
      expect(resolveInLock(at, `@esbuild/${names.esbuild}`), at).toBeDefined();
    }
  });
});
