import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { expect } from 'vitest';
import { pageSignalSchema, type PageSignal } from '@/utils/messages';
import { detectPage } from '@/utils/sites';

/** Loading saved pages for the detection tests. */

/** Pages saved from the real Gmail and LinkedIn by others, unchanged; see their README. */
export const CAPTURES = path.resolve(__dirname, '../../fixtures/captures');
/** Rapport's own minimal fixtures. */
export const OWN_FIXTURES = path.resolve(__dirname, '../../fixtures');

export function readFixture(dir: string, name: string): string {
  return readFileSync(path.join(dir, name), 'utf8');
}

export function listFixtures(dir: string, site: 'gmail' | 'linkedin'): string[] {
  return readdirSync(path.join(dir, site))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${site}/${f}`);
}

// The captures link stylesheets and frames on linkedin.com; a parser window that loads
// nothing and treats skipped loads as done keeps the test output free of load errors.
const parser = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true },
  },
});

/** A detached document, for reading only. */
export function parseHtml(html: string): Document {
  return new parser.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * Puts a page into the test's live document, where focus works, and returns it. The page
 * is imported as nodes, never written as markup into the live document.
 */
export function showPage(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.append(root);
  return document;
}

/** What detectPage reads; every signal must also pass the protocol's schema, as the background will parse it. */
export function detect(doc: Document, url: string): PageSignal | null {
  const signal = detectPage(doc, url);
  if (signal) expect(pageSignalSchema.safeParse(signal).success).toBe(true);
  return signal;
}
