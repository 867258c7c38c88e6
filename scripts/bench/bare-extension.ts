// The cold start's floor: an extension with nothing in it but a service worker that answers
// every message and an empty page, loaded beside Rapport. What it takes to wake is the
// browser's own cost of starting an extension's worker or page.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The bare worker's script: Rapport's is WXT's `background.js`. */
export const BARE_WORKER = 'bare-worker.js';
export const BARE_PAGE = 'blank.html';

/** Writes the bare extension into a scratch folder; returns the folder. */
export function writeBareExtension(): string {
  const dir = path.join(os.tmpdir(), 'rapport-bench', 'bare-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Bench floor: a bare worker',
    version: '1.0.0',
    background: { service_worker: BARE_WORKER },
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    path.join(dir, BARE_WORKER),
    'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ ok: true }); });\n',
  );
  writeFileSync(
    path.join(dir, BARE_PAGE),
    '<!doctype html><meta charset="utf-8"><title>Blank</title><h1>Blank</h1>\n',
  );
  return dir;
}
