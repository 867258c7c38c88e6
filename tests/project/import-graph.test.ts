import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layers: utils/domain holds each domain rule once and depends on no layer that uses
// it; nothing imports in a circle (a cycle, even of types only, ties two modules into one).

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'storage', 'utils'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
const graph = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => resolveImport(file, i.fileName))
      .filter((t): t is string => t !== undefined && /\.tsx?$/.test(t));
    return [file, targets] as const;
  }),
);
const rel = (file: string) => path.relative(ROOT, file);

/** The domain's own modules and the plain definitions beneath it (the message shapes). */
const DOMAIN_MAY_IMPORT = ['utils/domain/', 'utils/messages.ts', 'utils/text-limits.ts'];

describe('the import graph', () => {
  it('reads every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(path.join(ROOT, 'storage/people-lookup.ts'))?.map(rel)).toContain(
      'utils/domain/person.ts',
    );
  });

  it('has no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the domain free of the layers that use it', () => {
    const leaks = files
      .filter((file) => rel(file).startsWith('utils/domain/'))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .map(rel)
          .filter((target) => !DOMAIN_MAY_IMPORT.some((allowed) => target.startsWith(allowed)))
          .map((target) => `${rel(file)} → ${target}`),
      );
    expect(leaks).toEqual([]);
  });

  it('keeps extension pages from calling background code', () => {
    const leaks = files
      .filter((file) => /^(components|entrypoints\/(popup|sidepanel|options))\//.test(rel(file)))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .map(rel)
          .filter((target) => target.startsWith('utils/background/'))
          .map((target) => `${rel(file)} → ${target}`),
      );
    expect(leaks).toEqual([]);
  });
});
