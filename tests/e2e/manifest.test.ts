import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

/**
 * The built manifests, as a browser and a store reviewer read them: exactly the access the
 * features need. Storage (IndexedDB quota, session signals, settings), the side panel, the
 * "Save to Rapport" context menu, alarms (the toolbar count and reminders on time) and
 * notifications (the reminders); content scripts on Gmail and LinkedIn (regional
 * subdomains serve public profiles); nothing else.
 */

const FIREFOX_DIR = path.join(path.dirname(EXTENSION_DIR), 'firefox-mv2');

const CONTENT_SCRIPT_MATCHES = [
  'https://mail.google.com/*',
  'https://www.linkedin.com/*',
  'https://*.linkedin.com/in/*',
].sort();

interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean }[];
}

function readManifest(dir: string, build: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No ${build} build in ${dir}: run "npm run build" first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f));
}

/** Host access, wherever a manifest can grant it. */
function hostAccess(manifest: Manifest): string[] {
  const hosts = [
    ...((manifest.host_permissions as string[] | undefined) ?? []),
    ...((manifest.optional_host_permissions as string[] | undefined) ?? []),
    ...((manifest.optional_permissions as string[] | undefined) ?? []),
    ...(manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>'),
  ];
  return hosts;
}

function expectCommonGuarantees(manifest: Manifest, dir: string) {
  expect(hostAccess(manifest)).toEqual([]);
  const matches = (manifest.content_scripts ?? []).flatMap((c) => c.matches).sort();
  expect(matches).toEqual(CONTENT_SCRIPT_MATCHES);
  expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/|http:\/\//);
  for (const script of manifest.content_scripts ?? []) {
    expect(script.all_frames ?? false).toBe(false);
    for (const js of script.js ?? []) expect(existsSync(path.join(dir, js))).toBe(true);
  }
  // The in-page badge is built in a closed shadow root from inline styles: no resource of
  // the extension is ever exposed to Gmail or LinkedIn.
  expect(manifest.web_accessible_resources).toBeUndefined();
  // No web page or other extension may message Rapport.
  expect(manifest.externally_connectable).toBeUndefined();
  // The browser's default CSP: only the extension's own scripts, no eval, no remote code.
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.sandbox).toBeUndefined();
  expect(manifest.update_url).toBeUndefined();
}

function expectNoRemoteCode(dir: string) {
  const files = filesUnder(dir);
  const html = files.filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThanOrEqual(3);
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    const sources = [...text.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);
    expect(sources.length, file).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source, `${path.relative(dir, file)} loads ${source}`).toMatch(/^\/(?!\/)/);
    }
  }
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    // Code fetched at run time: a remote module, importScripts or an injected script tag.
    expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    expect(text, file).not.toMatch(/importScripts\s*\(/);
  }
}

describe('the Chrome manifest (MV3)', () => {
  const manifest = readManifest(EXTENSION_DIR, 'Chrome');

  it('asks for storage, the side panel, the context menu, alarms and notifications, and nothing more', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'alarms',
      'contextMenus',
      'notifications',
      'sidePanel',
      'storage',
    ]);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  it('reaches Gmail and LinkedIn only through content scripts, with no host permission', () => {
    expectCommonGuarantees(manifest, EXTENSION_DIR);
  });

  it('ships all its code and loads none from the network', () => {
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expectNoRemoteCode(EXTENSION_DIR);
  });
});

describe('the Firefox manifest (MV2)', () => {
  const manifest = readManifest(FIREFOX_DIR, 'Firefox');

  it('opens Rapport in the sidebar and asks for storage, the context menu, alarms and notifications only', () => {
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'alarms',
      'contextMenus',
      'notifications',
      'storage',
    ]);
  });

  it('has the same host access and no remote code', () => {
    expectCommonGuarantees(manifest, FIREFOX_DIR);
    expectNoRemoteCode(FIREFOX_DIR);
  });

  it('tells the add-ons site it collects no data', () => {
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { data_collection_permissions: { required: ['none'] } },
    });
  });

  it('ships none of Chrome’s side panel calls, and Chrome none of Firefox’s window', () => {
    const code = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js'))
        .map((file) => readFileSync(path.join(dir, file), 'utf8'))
        .join('\n');
    expect(code(FIREFOX_DIR)).not.toMatch(/sidePanel/);
    expect(code(EXTENSION_DIR)).not.toMatch(/windows\.create/);
  });
});
