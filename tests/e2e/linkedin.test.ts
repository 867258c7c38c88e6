// LinkedIn messaging end to end: the built extension in Debian's Chromium, on Rapport's own
// LinkedIn fixtures served at LinkedIn's real addresses. A stand-in for LinkedIn's own
// behaviour (Send empties the box, as does Enter where the rep set LinkedIn to send on
// Enter) is installed in each page; everything else is the extension as shipped: the
// content script, the background, IndexedDB and the side panel.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../storage/db';
import type { Touch } from '../../storage/schema';
import { eventually, launchRapport, OWN_FIXTURES, tabIdOf, type Rapport } from './harness';
import { backup, BADGE_RED, openWithPanel, person, readBadge, serveHtml } from './panel-helpers';
import { ALWAYS_WORKING, importThroughOptions, writeSettings } from './sidepanel-states';

const fixture = (name: string) => readFileSync(path.join(OWN_FIXTURES, 'linkedin', name), 'utf8');

const NOOR_PROFILE = 'https://www.linkedin.com/in/noor-haddad-4b2a1/';
const FEED = 'https://www.linkedin.com/feed/';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ZmQ3Njk0NTc/';
const BEN_ID = 'ACoAAExampleBenOrtiz00002';

// Noor is known by her profile's slug only: the bubble links her member id, which Rapport
// learns from her profile page. Ben was added from a bubble, by member id.
const noor = person('e2e-noor', {
  name: 'Noor Haddad',
  linkedinSlug: 'noor-haddad-4b2a1',
  consent: 'granted',
});
const ben = person('e2e-ben', { name: 'Ben Ortiz', linkedinMemberId: BEN_ID });

/**
 * LinkedIn's own handling of a message form, as far as these tests need it: Send (a click,
 * or Enter in the box: this rep set LinkedIn to send on Enter) takes the text out of the
 * box, and counts as one message sent. In the bubbling phase, like LinkedIn's, so after
 * Rapport's capture-phase listeners; inside open shadow roots too.
 */
function installLinkedInBehaviour() {
  const w = window as unknown as { linkedinSends: number };
  w.linkedinSends = 0;
  const send = (form: Element) => {
    const box = form.querySelector('[contenteditable="true"]');
    if (!box?.textContent?.trim()) return;
    const empty = document.createElement('p');
    empty.append(document.createElement('br'));
    box.replaceChildren(empty);
    w.linkedinSends += 1;
  };
  document.addEventListener('click', (event) => {
    const button = (event.composedPath()[0] as Element).closest?.('button[type="submit"]');
    const form = button?.closest('form');
    if (!form) return;
    event.preventDefault();
    send(form);
  });
  document.addEventListener('keydown', (event) => {
    const box = (event.composedPath()[0] as Element).closest?.('[contenteditable="true"]');
    const form = box?.closest('form');
    if (!form || event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    send(form);
  });
}

async function readTouches(rapport: Rapport): Promise<Touch[]> {
  return rapport.worker.evaluate(
    (name) =>
      new Promise<Touch[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('touches').objectStore('touches').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Touch[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    DATABASE_NAME,
  );
}

const linkedinTouchesOf = async (rapport: Rapport, personId: string) =>
  (await readTouches(rapport)).filter((t) => t.personId === personId && t.channel === 'linkedin');

describe('LinkedIn messaging in Chromium', { timeout: 120_000 }, () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport();
    // Nothing leaves the machine: every address not served below fails at once.
    await rapport.context.route(/^https?:\/\//, (route) => route.abort());
    await writeSettings(rapport, ALWAYS_WORKING);
    await serveHtml(rapport, `${NOOR_PROFILE}**`, fixture('2026-sdui-topcard.html'));
    await serveHtml(rapport, `${FEED}**`, fixture('2026-shadow-bubble.html'));
    await serveHtml(rapport, `${THREAD}**`, fixture('messaging-thread.html'));
    await importThroughOptions(rapport, backup([noor, ben]));
  });
  afterAll(async () => rapport?.close());

  it('knows the person of a bubble inside a shadow root once their profile showed both ids; typing there updates the checklist; Send and Enter each log one touch', async () => {
    // Her profile page carries her member id: Rapport learns it.
    const profile = await rapport.context.newPage();
    await profile.goto(NOOR_PROFILE);
    await eventually(
      () =>
        rapport.worker.evaluate(
          (name) =>
            new Promise<unknown>((resolve) => {
              const open = indexedDB.open(name);
              open.onsuccess = () => {
                const get = open.result.transaction('people').objectStore('people').get('e2e-noor');
                get.onsuccess = () => {
                  open.result.close();
                  resolve((get.result as { linkedinMemberId?: string }).linkedinMemberId);
                };
              };
            }),
          DATABASE_NAME,
        ),
      (id) => id === 'ACoAAExampleNoorHaddad0001',
      "Noor's member id, learnt from her profile",
    );
    await profile.close();

    const { page, panel } = await openWithPanel(rapport, FEED);
    await page.evaluate(installLinkedInBehaviour);
    await panel.getByRole('heading', { name: 'Noor Haddad' }).waitFor();
    const checklist = panel.getByRole('list', { name: 'Draft checklist' });
    const item = (label: string) => checklist.getByRole('listitem').filter({ hasText: label });

    // Playwright's CSS locators enter open shadow roots, as the rep's clicks do.
    const box = page.locator('[contenteditable="true"][aria-label="Write a message…"]');
    await box.click();
    await page.keyboard.type('Hi Noor, just checking in. Let me know!');
    await item('Offers them something of value: No').waitFor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(
      'Hi Noor, the second depot held: routes 18% shorter in four weeks. ' +
        'Here is the one-page summary. Could we take 15 minutes on Tuesday at 10:00?',
    );
    await item('Offers them something of value: Yes').waitFor();
    await item('One clear next step: Yes').waitFor();

    // Her two messages in the bubble are logged as they are shown.
    const inbound = await eventually(
      async () => (await linkedinTouchesOf(rapport, noor.id)).filter((t) => t.direction === 'in'),
      (list) => list.length === 2,
      "Noor's two messages in the bubble",
    );
    expect(inbound.map((t) => t.summary).sort()).toEqual([
      'Did the routing numbers hold up in the second depot?',
      'No rush, next week is fine.',
    ]);

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const sent = await eventually(
      async () => (await linkedinTouchesOf(rapport, noor.id)).filter((t) => t.direction === 'out'),
      (list) => list.length >= 1,
      'the sent message as a touch',
    );
    expect(
      await page.evaluate(() => (window as unknown as { linkedinSends: number }).linkedinSends),
    ).toBe(1);
    expect(sent).toEqual([
      expect.objectContaining({
        summary:
          'Hi Noor, the second depot held: routes 18% shorter in four weeks. Here is the one-page summary. Could we take 15 minutes on Tuesday at 10:00?'.slice(
            0,
            200,
          ),
      }),
    ]);

    // Enter, which this rep's LinkedIn sends on: one more message, one more touch.
    await box.click();
    await page.keyboard.type('Also attaching the route map.');
    await page.keyboard.press('Enter');
    await eventually(
      async () => (await linkedinTouchesOf(rapport, noor.id)).filter((t) => t.direction === 'out'),
      (list) => list.length === 2,
      'the message sent with Enter as a touch',
    );
    // Nothing more arrives: each send was logged once.
    await page.waitForTimeout(1500);
    const out = (await linkedinTouchesOf(rapport, noor.id)).filter((t) => t.direction === 'out');
    expect(out.map((t) => t.summary).sort()).toEqual([
      'Also attaching the route map.',
      expect.stringMatching(/^Hi Noor, the second depot held/),
    ]);
    await panel.close();
    await page.close();
  });

  it('logs the two messages from them in a full-page conversation once, across a reload', async () => {
    const page = await rapport.context.newPage();
    await page.goto(THREAD);
    const fromThread = async () =>
      (await linkedinTouchesOf(rapport, noor.id)).filter((t) =>
        t.externalId?.startsWith(
          'linkedin:urn:li:msg_message:(urn:li:fsd_profile:ACoAAExamplePatViewer0009,2-MTcz',
        ),
      );
    const first = await eventually(fromThread, (list) => list.length === 2, 'the two messages');
    expect(first.every((t) => t.direction === 'in')).toBe(true);
    expect(new Set(first.map((t) => new Date(t.at).getHours()))).toEqual(new Set([10]));

    await page.reload();
    await tabIdOf(rapport, THREAD);
    await page.waitForTimeout(1500);
    expect((await fromThread()).map((t) => t.id).sort()).toEqual(first.map((t) => t.id).sort());
    await page.close();
  });

  it('two emails and one LinkedIn message unanswered make the timing verdict "do not send", in the panel and on the badge beside Send', async () => {
    const emailed = (n: number): Touch => ({
      id: `e2e-ben-email-${n}`,
      personId: ben.id,
      channel: 'email',
      direction: 'out',
      at: Date.now() - (3 - n) * 60 * 60 * 1000,
      subject: `Dock scheduling, part ${n}`,
      createdAt: Date.now(),
    });
    await importThroughOptions(rapport, backup([ben], [], [emailed(1), emailed(2)]));
    const url = 'https://www.linkedin.com/feed/?ben';
    await serveHtml(rapport, url, fixture('bubbles-two-open.html'));
    const { page, panel } = await openWithPanel(rapport, url);
    await page.evaluate(installLinkedInBehaviour);
    // Ben's bubble, opened last, is the one in focus.
    await panel.getByRole('heading', { name: 'Ben Ortiz' }).waitFor();
    const timing = panel.getByRole('group', { name: 'Send timing' });
    await timing.getByText('Good time to send').or(timing.getByText('Better to wait')).waitFor();

    const box = page.locator('#msg-overlay-conversation-bubble-2-YmVu [contenteditable="true"]');
    await box.click();
    await page.keyboard.type('Ben, yes, that was me: happy to share the dock model.');
    await page.locator('#msg-overlay-conversation-bubble-2-YmVu button[type="submit"]').click();
    await timing.getByText('Do not send').waitFor();
    expect(
      (await readTouches(rapport)).filter((t) => t.personId === ben.id && t.direction === 'out'),
    ).toHaveLength(3);

    await box.click();
    await page.keyboard.type(' One more thing');
    const badge = await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('do not send') ?? false,
      'the badge beside Send to say do not send',
    );
    expect(badge?.colour).toBe(BADGE_RED);
    await panel.close();
    await page.close();
  });

  it('asks "Send anyway?" beside LinkedIn\'s Send on a stop verdict: declining keeps the message, accepting sends and logs it once', async () => {
    // Ben is at "do not send" since the test before: three messages unanswered.
    await writeSettings(rapport, { ...ALWAYS_WORKING, confirmSendOnStop: true });
    const url = 'https://www.linkedin.com/feed/?ben-again';
    await serveHtml(rapport, url, fixture('bubbles-two-open.html'));
    const { page, panel } = await openWithPanel(rapport, url);
    await page.evaluate(installLinkedInBehaviour);
    await panel.getByRole('group', { name: 'Send timing' }).getByText('Do not send').waitFor();
    const bubble = page.locator('#msg-overlay-conversation-bubble-2-YmVu');
    const box = bubble.locator('[contenteditable="true"]');
    await box.click();
    await page.keyboard.type('Ben, one last note on the dock model.');
    await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('asks before sending') ?? false,
      'the badge to say it asks before sending',
    );
    const sends = () =>
      page.evaluate(() => (window as unknown as { linkedinSends: number }).linkedinSends);
    const outToBen = async () =>
      (await readTouches(rapport)).filter((t) => t.personId === ben.id && t.direction === 'out');
    const before = (await outToBen()).length;

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await bubble.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toMatch(/Send anyway\?/);
    expect(await sends()).toBe(0);
    await expect.poll(() => box.textContent()).toBe('Ben, one last note on the dock model.');

    // Enter, which sends for this rep, asks the same.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    expect(await sends()).toBe(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await bubble.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(sends).toBe(1);
    await eventually(outToBen, (list) => list.length === before + 1, 'the one send, logged');
    await page.waitForTimeout(1500);
    expect(await outToBen()).toHaveLength(before + 1);
    expect(await sends()).toBe(1);
    await writeSettings(rapport, ALWAYS_WORKING);
    await panel.close();
    await page.close();
  });
});
