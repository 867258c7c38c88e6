import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Backup } from '../../storage/backup';
import type { Note, Person, Touch } from '../../storage/schema';
import { OWN_FIXTURES, tabIdOf, type Rapport } from './harness';

/** What the side panel's end-to-end tests share: invented records, pages, the in-page badge. */

export const DAY = 86_400_000;
const COMPOSE_FIXTURE = path.join(OWN_FIXTURES, 'gmail/compose-new-message.html');

/** A small backup of invented people, notes and touches for one test. */
export function backup(
  people: Person[],
  notes: Backup['notes'] = [],
  touches: Touch[] = [],
): Backup {
  return {
    format: 'rapport-backup',
    version: 1,
    exportedAt: Date.now(),
    people,
    notes,
    touches,
  };
}

export function person(id: string, fields: Partial<Person> & Pick<Person, 'name'>): Person {
  const now = Date.now();
  return {
    id,
    emails: [],
    consent: 'unknown',
    tags: [],
    createdAt: now - 30 * DAY,
    updatedAt: now - 30 * DAY,
    ...fields,
  };
}

export function note(id: string, personId: string, body: string, fields: Partial<Note> = {}): Note {
  const at = Date.now() - 5 * DAY;
  return {
    id,
    personId,
    body,
    kind: 'said',
    oneOff: false,
    pinned: false,
    source: 'import',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

/**
 * The Gmail compose fixture with its first To recipient (Alex Rivera) replaced, and a
 * stand-in for Gmail's own Send handler that counts the clicks reaching it: what Gmail
 * would send.
 */
export function composePage(to?: { name: string; email: string }): string {
  let html = readFileSync(COMPOSE_FIXTURE, 'utf8');
  if (to) html = html.replaceAll('Alex Rivera', to.name).replaceAll('alex@example.com', to.email);
  const gmailSend = `<script>
    window.sends = 0;
    document.querySelector('[role=button][data-tooltip^="Send"]')
      .addEventListener('click', () => { window.sends += 1; });
  </script>`;
  return html.replace('</body>', `${gmailSend}</body>`);
}

export async function serveHtml(rapport: Rapport, url: string, html: string): Promise<void> {
  await rapport.context.route(url, (route) =>
    route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
  );
}

/** Opens a page at its real address and the side panel pointed at its tab. */
export async function openWithPanel(
  rapport: Rapport,
  url: string,
): Promise<{ page: Page; panel: Page }> {
  const page = await rapport.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(rapport, url);
  const panel = await rapport.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${rapport.extensionId}/sidepanel.html?tabId=${tabId}`);
  return { page, panel };
}

/**
 * Adds the person the panel shows as new ("New to Rapport") as the page reads them, and waits
 * for their own view.
 */
export async function addShownPerson(panel: Page, name: string): Promise<void> {
  await panel.getByRole('heading', { name: 'New to Rapport' }).waitFor();
  await panel.getByRole('button', { name: 'Add to Rapport' }).click();
  await panel.getByRole('heading', { name }).waitFor();
}

export interface InPageBadge {
  /** The badge's accessible name, as a screen reader announces it. */
  label: string;
  /** The colour of its timing dot. */
  colour: string;
}

/**
 * Rapport's in-page badge, found the way assistive technology finds it (its shadow root
 * is closed to the page and to Playwright's selectors): through the accessibility tree.
 */
export async function readBadge(page: Page): Promise<InPageBadge | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[];
    };
    const button = nodes.find(
      (n) => n.role?.value === 'button' && n.name?.value.startsWith('Rapport:'),
    );
    if (!button?.backendDOMNodeId) return null;
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: button.backendDOMNodeId,
    });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration:
        'function () { return getComputedStyle(this.querySelector(".dot")).backgroundColor; }',
      returnByValue: true,
    });
    return { label: button.name!.value, colour: result.value as string };
  } finally {
    await cdp.detach();
  }
}

export const BADGE_RED = 'rgb(217, 48, 37)';
export const BADGE_GREEN = 'rgb(30, 142, 62)';
export const BADGE_AMBER = 'rgb(227, 116, 0)';
