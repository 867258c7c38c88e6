// Gmail as far as the end-to-end tests need it: an inbox page, a new-message compose opened
// over it as Gmail opens one, and Gmail's own handling of Send and Discard.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { OWN_FIXTURES } from './harness';

export const COMPOSE_FIXTURE = readFileSync(
  path.join(OWN_FIXTURES, 'gmail/compose-new-message.html'),
  'utf8',
);
const COMPOSE_CONTAINER = '<div class="dw">';
// The inbox behind the compose: the fixture without its compose container, which the
// tests open after load, as Gmail does when the rep clicks Compose.
export const INBOX_HTML = `${COMPOSE_FIXTURE.slice(0, COMPOSE_FIXTURE.indexOf(COMPOSE_CONTAINER))}</body></html>`;

/**
 * Gmail's own behaviour around a compose (a dialog, or an inline reply's `.M9`), as far as
 * these tests need it: Send (a click, Ctrl+Enter anywhere in the compose, Enter or Space on
 * the focused Send button) closes the compose, unless it is marked as sending slowly;
 * Discard closes it. Listeners in the
 * bubbling phase, like Gmail's, so they act after Rapport's capture-phase listeners.
 */
export function installGmailBehaviour() {
  const composeAround = (el: Element | null | undefined) =>
    el?.closest('[role="dialog"], .M9') ?? null;
  const close = (compose: Element) => {
    (compose.closest('.dw, .adB') ?? compose).remove();
    // A new message leaves its ?compose= address; an inline reply stays in the thread.
    if (compose.matches('[role="dialog"]')) location.hash = '#inbox';
  };
  const send = (compose: Element) => {
    if (
      !compose.querySelector('[data-sending-slowly]') &&
      !compose.hasAttribute('data-sending-slowly')
    )
      close(compose);
  };
  const labelOf = (el: Element | null | undefined) => el?.getAttribute('aria-label') ?? '';
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[role="button"]');
    const compose = composeAround(button);
    if (!button || !compose) return;
    if (labelOf(button).startsWith('Send')) send(compose);
    else if (labelOf(button).startsWith('Discard')) close(compose);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as Element;
    const compose = composeAround(target);
    if (!compose) return;
    const onSend = labelOf(target.closest('[role="button"]')).startsWith('Send');
    const isEnter = event.key === 'Enter';
    if ((isEnter && (event.ctrlKey || event.metaKey)) || (onSend && (isEnter || event.key === ' ')))
      send(compose);
  });
}

/** Opens a new compose over the inbox, as Gmail does: the dialog is inserted, the hash set. */
export async function openCompose(page: Page, subject: string, options: { slow?: boolean } = {}) {
  await page.evaluate(
    ({ html, slow }) => {
      const container = new DOMParser().parseFromString(html, 'text/html').querySelector('.dw');
      if (!container) throw new Error('the compose fixture has no compose container');
      if (slow) container.querySelector('[role="dialog"]')?.setAttribute('data-sending-slowly', '');
      document.body.append(document.adoptNode(container));
      location.hash = '#inbox?compose=new';
    },
    { html: COMPOSE_FIXTURE, slow: options.slow ?? false },
  );
  const dialog = page.getByRole('dialog', { name: 'New Message' });
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(subject);
  return dialog;
}
