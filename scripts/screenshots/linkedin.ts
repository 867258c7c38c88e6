/**
 * The side panel beside a LinkedIn conversation, from the built extension in Chromium,
 * into docs/sidepanel-linkedin.png: `npm run build:chrome && npx tsx scripts/screenshots/linkedin.ts`.
 * The conversation is Rapport's own fixture (tests/fixtures/linkedin/messaging-thread.html,
 * invented people) served at a LinkedIn address, with a little styling so that it reads as a
 * messaging page; the rep is writing a reply, and the panel coaches it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchRapport, OWN_FIXTURES, ROOT, tabIdOf } from '../../tests/e2e/harness';
import { backup, DAY, person, serveHtml } from '../../tests/e2e/panel-helpers';
import {
  ALWAYS_WORKING,
  importThroughOptions,
  writeSettings,
} from '../../tests/e2e/sidepanel-states';

const URL = 'https://www.linkedin.com/messaging/thread/2-ZmQ3Njk0NTc/';
const NOW = Date.now();

/** Enough of LinkedIn's look for a reader to see a messaging page beside the panel. */
const PAGE_STYLE = `
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; background: #f4f2ee; color: #191919; }
  img { color: transparent; font-size: 0; }
  #global-nav { background: #fff; border-bottom: 1px solid #e0dfdc; padding: 6px 24px; }
  #global-nav ul { display: flex; gap: 24px; list-style: none; margin: 0; padding: 0; align-items: center; }
  #global-nav a { color: #666; text-decoration: none; font-size: 12px; }
  #global-nav img { width: 24px; height: 24px; border-radius: 50%; background: #c9b8a6; }
  #global-nav button { all: unset; display: flex; gap: 6px; align-items: center; color: #666; font-size: 12px; }
  main { display: grid; grid-template-columns: 240px 1fr; margin: 16px; background: #fff;
    border-radius: 8px; border: 1px solid #e0dfdc; min-height: 560px; }
  .msg-conversations-container { border-right: 1px solid #e0dfdc; }
  .msg-conversations-container ul { list-style: none; margin: 0; padding: 0; }
  .msg-conversation-listitem a { display: block; padding: 12px; color: inherit; text-decoration: none;
    border-bottom: 1px solid #eee; }
  .msg-conversation-listitem:first-child a { background: #edf3f8; border-left: 3px solid #0a66c2; }
  .msg-conversation-listitem h3 { margin: 0; font-size: 14px; }
  .msg-conversation-listitem p { margin: 2px 0 0; color: #666; font-size: 12px; }
  .msg-thread { display: flex; flex-direction: column; }
  .msg-title-bar { padding: 12px 16px; border-bottom: 1px solid #e0dfdc; }
  .msg-title-bar a { color: inherit; text-decoration: none; }
  .msg-title-bar h2 { margin: 0; font-size: 16px; }
  .msg-entity-lockup__entity-info { color: #666; font-size: 12px; }
  .msg-s-message-list-container { flex: 1; padding: 8px 16px; }
  .msg-s-message-list-content { list-style: none; margin: 0; padding: 0; }
  .msg-s-message-list__time-heading-container { text-align: center; color: #666; font-size: 12px; margin: 8px 0; }
  .msg-s-message-group__meta { display: flex; gap: 8px; align-items: center; margin-top: 12px; }
  .msg-s-message-group__meta img { width: 32px; height: 32px; border-radius: 50%; background: #c9b8a6; }
  .msg-s-message-group__name { font-weight: 600; }
  .msg-s-message-group__timestamp { color: #666; font-size: 12px; }
  .msg-s-message-group__profile-link:not(.msg-s-message-group__name) { display: contents; }
  .msg-s-event-listitem__body { margin: 2px 0 0 40px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .msg-form { border-top: 1px solid #e0dfdc; padding: 12px 16px; display: flex; flex-direction: column; gap: 8px; }
  .msg-form__contenteditable { min-height: 72px; background: #f4f2ee; border-radius: 8px; padding: 8px 12px; outline: none; }
  .msg-form__contenteditable p { margin: 0; }
  .msg-form__right-actions { display: flex; justify-content: flex-end; align-items: center; }
  .msg-form__send-button { background: #0a66c2; color: #fff; border: 0; border-radius: 16px; padding: 6px 16px; font-weight: 600; }
`;

const noor = person('shot-noor', {
  name: 'Noor Haddad',
  linkedinSlug: 'noor-haddad-4b2a1',
  company: 'Atlas Freight Example',
  title: 'VP Operations',
  consent: 'granted',
});
const note = (id: string, body: string, kind: 'said' | 'need' | 'promise', daysAgo: number) => ({
  id,
  personId: noor.id,
  body,
  kind,
  oneOff: false,
  pinned: false,
  source: 'import' as const,
  createdAt: NOW - daysAgo * DAY,
  updatedAt: NOW - daysAgo * DAY,
});

const rapport = await launchRapport();
try {
  await writeSettings(rapport, ALWAYS_WORKING);
  await importThroughOptions(
    rapport,
    backup(
      [noor],
      [
        note('shot-n1', 'Planners lose about two hours a day to manual routing', 'need', 12),
        note('shot-n2', 'Reviews vendors on Fridays', 'said', 11),
      ],
      [
        {
          id: 'shot-t1',
          personId: noor.id,
          channel: 'email',
          direction: 'out',
          at: NOW - 14 * DAY,
          subject: 'Route planning pilot',
          createdAt: NOW - 14 * DAY,
        },
      ],
    ),
  );
  await serveHtml(
    rapport,
    `${URL}**`,
    readFileSync(path.join(OWN_FIXTURES, 'linkedin/messaging-thread.html'), 'utf8'),
  );
  await rapport.context.route(/^https?:\/\/(?!www\.linkedin\.com\/messaging\/thread\/)/, (route) =>
    route.abort(),
  );

  const page = await rapport.context.newPage();
  await page.setViewportSize({ width: 900, height: 720 });
  await page.goto(URL);
  await page.addStyleTag({ content: PAGE_STYLE });
  const tabId = await tabIdOf(rapport, URL);
  await page.locator('[contenteditable="true"]').click();
  await page.keyboard.type(
    'Hi Noor, pricing sheet attached: the pilot is €4,000 for one depot over four weeks. ' +
      'Thursday works: could we take 20 minutes at 10:00?',
  );

  const panel = await rapport.context.newPage();
  await panel.setViewportSize({ width: 360, height: 720 });
  await panel.goto(`chrome-extension://${rapport.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.getByRole('heading', { name: 'Noor Haddad' }).waitFor();
  await panel.getByRole('list', { name: 'Draft checklist' }).waitFor();
  // Her two messages in the thread are logged as they show: the timeline has them.
  await panel.getByText('Also, is Thursday OK for a call?').waitFor();
  await page.waitForTimeout(300);

  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const sheet = await rapport.context.newPage();
  await sheet.setViewportSize({ width: 900 + 360 + 1, height: 720 });
  await sheet.setContent(
    `<body style="margin:0;display:flex;gap:1px;background:#c9ced6">` +
      `<img src="data:image/png;base64,${left.toString('base64')}">` +
      `<img src="data:image/png;base64,${right.toString('base64')}"></body>`,
  );
  await sheet.screenshot({ path: path.join(ROOT, 'docs/sidepanel-linkedin.png') });
  console.log('wrote docs/sidepanel-linkedin.png');
} finally {
  await rapport.close();
}
