// The side panel's start in one script. Left to Rollup, the modules the panel runs at start
// are split into a dozen chunks by which other pages share them, and each is a separate
// request through the browser's extension loader before anything runs: measured with `npm
// run bench`, the panel's HTML + scripts took 80–90 ms to load as 13 files and 64–73 ms as
// 4, and Today opened in 87–104 ms instead of 128–161. So every module the panel imports
// statically (transitively) goes into one chunk. The popup and the options page load that
// chunk too, for the modules they share with the panel (React, Dexie, the storage layer),
// and so run a little more code at start than they need; they are opened far less often.
// A page's own stylesheet stays with it, and anything loaded on demand (the coach's
// language model, the contacts parsers) keeps its own chunk.
import type { Rollup } from 'vite';

type ManualChunkMeta = Rollup.ManualChunkMeta;

const CHUNK = 'side-panel-start';
const PANEL_ENTRY = /\/entrypoints\/sidepanel\/index\.html$/;
/** A page's own modules, which must stay in that page's chunk. */
const ENTRYPOINT = /\/entrypoints\//;

/** A Rollup `manualChunks` for the build that holds the extension's HTML pages. */
export function sidePanelStartChunk(): (id: string, meta: ManualChunkMeta) => string | undefined {
  let start: Set<string> | undefined;
  return (id, meta) => {
    start ??= staticImportsOf(meta);
    if (!start.has(id) || ENTRYPOINT.test(id)) return undefined;
    // A stylesheet of the panel's alone stays with the panel; the shared theme comes along,
    // loading first as it did, so each page's own rules still override it.
    const sharedStylesheet = (meta.getModuleInfo(id)?.importers.length ?? 0) > 1;
    return !id.endsWith('.css') || sharedStylesheet ? CHUNK : undefined;
  };
}

/** Every module the panel's entry imports statically, transitively. */
function staticImportsOf({ getModuleIds, getModuleInfo }: ManualChunkMeta): Set<string> {
  const entry = [...getModuleIds()].find((id) => PANEL_ENTRY.test(id));
  const found = new Set<string>();
  const pending = [...(entry ? (getModuleInfo(entry)?.importedIds ?? []) : [])];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}
