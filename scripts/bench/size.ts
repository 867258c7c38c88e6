// Each content script as shipped (minified by the build) and gzipped, and a check that none
// of the heavy libraries (React, Dexie, full zod) slipped in: content scripts load on every
// Gmail and LinkedIn page, so they stay small.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../lib/chromium';
import type { Figure } from './stats';

const BUDGET_BYTES = 40 * 1024;

/** Markers that only the full libraries carry. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['React', /react\.(element|transitional\.element|fragment)|__SECRET_INTERNALS|createRoot/],
  ['Dexie', /Dexie|dexie/],
  ['full zod', /ZodError|toJSONSchema|\$ZodTemplateLiteral/],
];

export function benchSizes(): Figure[] {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  if (!files.length) throw new Error(`No content scripts in ${dir}`);
  return files.flatMap((file) => {
    const code = readFileSync(path.join(dir, file));
    const text = code.toString('utf8');
    const found = FORBIDDEN.filter(([, marker]) => marker.test(text)).map(([name]) => name);
    const gzipped = gzipSync(code, { level: 9 }).length;
    const name = file.replace(/\.js$/, '');
    return [
      {
        id: `size.${name}`,
        what: `content script ${name}.js, minified`,
        unit: 'bytes',
        runs: 1,
        median: code.length,
        p95: code.length,
        // A forbidden library is over budget whatever the size.
        budget: found.length ? 0 : BUDGET_BYTES,
        budgetOn: 'max',
        note: found.length ? `contains ${found.join(', ')}` : 'no React, Dexie or full zod',
      },
      {
        id: `size.${name}.gzip`,
        what: `content script ${name}.js, gzipped`,
        unit: 'bytes',
        runs: 1,
        median: gzipped,
        p95: gzipped,
      },
    ] satisfies Figure[];
  });
}
