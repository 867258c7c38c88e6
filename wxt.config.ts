import { defineConfig } from 'wxt';
import { sidePanelStartChunk } from './scripts/build/side-panel-start-chunk';

// Host access: Gmail, and LinkedIn. LinkedIn is a single-page app, so its content script
// must run on every www.linkedin.com page (a rep lands on the feed and clicks through to
// a profile); logged-out public profiles live on regional subdomains such as
// se.linkedin.com. The side panel permission comes from WXT, which adds it (Chrome) or a
// sidebar_action (Firefox) because entrypoints/sidepanel exists.
export default defineConfig({
  // RAPPORT_OUT_DIR lets parallel runs (tests, bench) build without overwriting each other.
  outDir: process.env.RAPPORT_OUT_DIR || '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // The build that holds the HTML pages (the content scripts and the worker are built
    // apart, each as one file).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'sidepanel')) return;
      for (const output of [config.build?.rollupOptions?.output].flat()) {
        if (output) output.manualChunks = sidePanelStartChunk();
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Rapport',
    description:
      'Remember what each prospect told you, keep your promises, and write at the right time. Local only.',
    // contextMenus: "Save to Rapport as a note about …" on a selection. alarms: the toolbar
    // count and the reminders stay on time while the service worker sleeps. notifications:
    // the reminders the rep turns on in the options page (off by default).
    permissions: ['storage', 'contextMenus', 'alarms', 'notifications'],
    action: { default_title: 'Rapport: capture a note' },
    // Keyboard shortcuts: Alt+Shift+K ("keep a note": the popup), Alt+Shift+O ("open the
    // side panel") and Alt+Shift+Q ("quote": save the selected text as a note). Gmail's
    // shortcuts are single keys, Shift+key and Ctrl/Cmd combinations; LinkedIn's are
    // Enter/Ctrl+Enter in messaging; neither uses Alt+Shift. Chromium 156 reserves
    // Alt+Shift+A B C N P R T W X Z and silently leaves an extension's suggested key
    // unassigned when it clashes (checked with chrome.commands.getAll()), and ChromeOS takes
    // Alt+Shift+I L M N S T. On a Mac, Option+Shift+K types the Apple logo, Option+Shift+O
    // "Ø" and Option+Shift+Q "Œ", so there the keys are Control+Shift+K, O and Q, which
    // neither site uses (Gmail's Mac shortcuts use Command).
    // Reps can change both in chrome://extensions/shortcuts.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K', mac: 'MacCtrl+Shift+K' },
        description: 'Capture a note about the person on screen',
      },
      // Firefox opens its sidebar through the built-in command; Chrome's side panel needs
      // code (utils/background/commands.ts).
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+O', mac: 'MacCtrl+Shift+O' },
        description: 'Open Rapport beside this tab',
      },
      // Code in utils/background/commands.ts asks the page for its selection.
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+Q', mac: 'MacCtrl+Shift+Q' },
        description: 'Save the selected text as a note about the person on screen',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.invalid',
              // Nothing leaves the rep's machine: Rapport collects and transmits no data.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
