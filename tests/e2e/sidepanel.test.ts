import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Touch } from '../../storage/schema';
import { eventually, launchRapport, servePage, CAPTURES, tabIdOf, type Rapport } from './harness';
import {
  backup,
  BADGE_AMBER,
  BADGE_GREEN,
  BADGE_RED,
  composePage,
  DAY,
  note,
  openWithPanel,
  person,
  readBadge,
  serveHtml,
} from './panel-helpers';
import {
  ALWAYS_WORKING,
  importThroughOptions,
  openPanelInState,
  PANEL_STATES,
  statesBackup,
  writeSettings,
} from './sidepanel-states';
import { axeViolations } from './axe';

describe('the side panel in Chromium', () => {
  let rapport: Rapport;
  beforeAll(async () => {
    rapport = await launchRapport();
    // Every hour a working hour: the timing verdicts below depend on touches only, not on
    // the time of day the tests happen to run.
    await writeSettings(rapport, ALWAYS_WORKING);
  });
  afterAll(async () => rapport?.close());

  it('shows the known person’s notes beside a saved LinkedIn profile served at its real address', async () => {
    const url = 'https://www.linkedin.com/in/austinoboyle/';
    await servePage(
      rapport.context,
      `${url}**`,
      path.join(CAPTURES, 'linkedin/2022-03-profile-a.html'),
    );
    const austin = person('e2e-austin', { name: "Austin O'Boyle", linkedinSlug: 'austinoboyle' });
    await importThroughOptions(
      rapport,
      backup(
        [austin],
        [
          note('e2e-austin-1', austin.id, 'Wants fewer flaky integration tests', { kind: 'need' }),
          note('e2e-austin-2', austin.id, 'Send the test-harness write-up', {
            kind: 'promise',
            dueAt: Date.now() - DAY,
          }),
        ],
      ),
    );

    const { page, panel } = await openWithPanel(rapport, url);
    await panel.getByRole('heading', { name: "Austin O'Boyle" }).waitFor();
    const told = panel.getByRole('region', { name: 'What they told you' });
    await expect(told.getByText('Wants fewer flaky integration tests').count()).resolves.toBe(1);
    const promised = panel.getByRole('region', { name: 'You promised' });
    await expect(promised.getByText('Send the test-harness write-up').count()).resolves.toBe(1);
    await expect(promised.getByText('Overdue').count()).resolves.toBe(1);
    // The timing is fine, but a promise is overdue: the badge on the page turns amber.
    const owed = await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('1 promise overdue') ?? false,
      'the badge to tell of the overdue promise',
    );
    expect(owed?.colour).toBe(BADGE_AMBER);
    expect(owed?.label).toContain('timing is fine');
    await panel.close();
    await page.close();
  });

  it('adds an unknown Gmail recipient, takes a note in the panel, and keeps it across a reload', async () => {
    const url = 'https://mail.google.com/mail/u/1/#inbox?compose=new';
    await serveHtml(rapport, 'https://mail.google.com/mail/u/1/**', composePage());
    const { page, panel } = await openWithPanel(rapport, url);

    await panel.getByRole('heading', { name: 'New to Rapport' }).waitFor();
    await expect(panel.getByLabel('Name').inputValue()).resolves.toBe('Alex Rivera');
    await panel.getByLabel('Company').fill('Fabrikam');
    await panel.getByRole('button', { name: 'Add to Rapport' }).click();
    await panel.getByRole('heading', { name: 'Alex Rivera' }).waitFor();

    const noteBox = panel.getByRole('textbox', { name: 'Note' });
    await noteBox.fill('Runs procurement for three warehouses');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    const told = panel.getByRole('region', { name: 'What they told you' });
    await told.getByText('Runs procurement for three warehouses').waitFor();

    await panel.reload();
    await panel.getByRole('heading', { name: 'Alex Rivera' }).waitFor();
    await told.getByText('Runs procurement for three warehouses').waitFor();
    await expect(panel.getByText('Fabrikam').count()).resolves.toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('shows a note written in the popup, live, without a reload', async () => {
    const url = 'https://mail.google.com/mail/u/2/#inbox?compose=new';
    const riley = person('e2e-riley', { name: 'Riley Chen', emails: ['riley@contoso.example'] });
    await importThroughOptions(rapport, backup([riley]));
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/2/**',
      composePage({ name: 'Riley Chen', email: 'riley@contoso.example' }),
    );
    const { page, panel } = await openWithPanel(rapport, url);
    await panel.getByRole('heading', { name: 'Riley Chen' }).waitFor();
    const told = panel.getByRole('region', { name: 'What they told you' });
    await told.getByText('No notes yet.').waitFor();

    const tabId = await tabIdOf(rapport, url);
    const popup = await rapport.openExtensionPage(`popup.html?tabId=${tabId}`);
    // As the rep would: the popup shows whom the note is about before it is written.
    await popup.getByText('Riley Chen').first().waitFor();
    const popupNote = popup.getByRole('textbox', { name: 'Note' });
    await popupNote.fill('Their fiscal year starts in April');
    await popupNote.press('Enter');
    await popup.getByText(/^Saved to /).waitFor();

    await told.getByText('Their fiscal year starts in April').waitFor();
    await popup.close();
    await panel.close();
    await page.close();
  });

  it('coaches live: typing in the compose updates the checklist, and the badge beside Send takes the timing colour', async () => {
    const url = 'https://mail.google.com/mail/u/3/#inbox?compose=new';
    const casey = person('e2e-casey', {
      name: 'Casey Morgan',
      emails: ['casey@tailspin.example'],
      consent: 'granted',
    });
    await importThroughOptions(rapport, backup([casey]));
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/3/**',
      composePage({ name: 'Casey Morgan', email: 'casey@tailspin.example' }),
    );
    const { page, panel } = await openWithPanel(rapport, url);
    await panel.getByRole('heading', { name: 'Casey Morgan' }).waitFor();
    const checklist = panel.getByRole('list', { name: 'Draft checklist' });
    const item = (label: string) => checklist.getByRole('listitem').filter({ hasText: label });

    const body = page.getByRole('textbox', { name: 'Message Body' });
    await body.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Hi Casey, just checking in on my last email. Let me know!');
    await item('Offers them something of value: No').waitFor();
    // Every verdict shows what it rests on, a missing step included.
    await item('One clear next step')
      .getByText('“Let me know!” asks for a reply but names no step')
      .waitFor();

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(
      'Hi Casey, you mentioned your planners lose two hours a day to manual routing. ' +
        'Here is a two-page case study showing how Northwind cut that by 40% in six weeks. ' +
        'Could we take 15 minutes on Tuesday at 10:00 to look at your routes?',
    );
    await item('Offers them something of value: Yes').waitFor();
    await item('One clear next step: Yes').waitFor();
    // Under the checklist, the style figures follow the draft as it is typed.
    const style = panel.getByRole('region', { name: 'Style' });
    await style.getByText('44 words · 13 s to read').waitFor();
    await style.getByText('answered most: 50–125 words').waitFor();

    // No touches yet: a first contact is fine, and the badge says so in green.
    const fine = await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('timing is fine') ?? false,
      'the badge to show that the timing is fine',
    );
    expect(fine?.colour).toBe(BADGE_GREEN);

    // Three emails out, none answered: stop. The panel and the badge both say so.
    const out = (n: number): Touch => ({
      id: `e2e-casey-out-${n}`,
      personId: casey.id,
      channel: 'email',
      direction: 'out',
      at: Date.now() - (20 - n * 5) * DAY,
      subject: `Follow-up ${n}`,
      createdAt: Date.now(),
    });
    await importThroughOptions(rapport, backup([casey], [], [out(1), out(2), out(3)]));
    await panel.getByRole('group', { name: 'Send timing' }).getByText('Do not send').waitFor();
    await body.click();
    await page.keyboard.type(' Thanks!');
    const stop = await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('do not send') ?? false,
      'the badge to say do not send',
    );
    expect(stop?.colour).toBe(BADGE_RED);
    await panel.close();
    await page.close();
  });

  it('shows the page a badge of one size, whether the person is new or known well', async () => {
    const url = 'https://mail.google.com/mail/u/5/#inbox?compose=new';
    const erin = person('e2e-erin', { name: 'Erin Castillo', emails: ['erin@fabrikam.example'] });
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/5/**',
      composePage({ name: 'Erin Castillo', email: 'erin@fabrikam.example' }),
    );
    const page = await rapport.context.newPage();
    await page.goto(url);
    // What a script of the page can learn: the size of the element Rapport put in it.
    const sizeSeenByPage = () =>
      page.evaluate(() => {
        const box = document.querySelector('rapport-badge')?.getBoundingClientRect();
        return box ? `${box.width}×${box.height}` : null;
      });
    await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('not in Rapport yet') ?? false,
      'the badge of someone new',
    );
    const stranger = await sizeSeenByPage();
    expect(stranger).not.toBeNull();

    const notes = Array.from({ length: 12 }, (_, i) => note(`e2e-erin-${i}`, erin.id, `Fact ${i}`));
    await importThroughOptions(rapport, backup([erin], notes));
    await page.getByRole('textbox', { name: 'Message Body' }).click();
    await page.keyboard.type('Hi Erin');
    await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('12 notes') ?? false,
      'the badge of someone known well',
    );
    expect(await sizeSeenByPage()).toBe(stranger);
    await page.close();
  });

  it('asks "Send anyway?" on a stop verdict when the setting is on: declining keeps the email, accepting sends it once', async () => {
    const url = 'https://mail.google.com/mail/u/4/#inbox?compose=new';
    const dana = person('e2e-dana', {
      name: 'Dana Whitfield',
      emails: ['dana@wingtip.example'],
      consent: 'declined',
    });
    await importThroughOptions(rapport, backup([dana]));
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/4/**',
      composePage({ name: 'Dana Whitfield', email: 'dana@wingtip.example' }),
    );
    const page = await rapport.context.newPage();
    await page.goto(url);
    const send = page.getByRole('button', { name: /^Send/ });
    const sends = () => page.evaluate(() => (window as unknown as { sends: number }).sends);
    const loggedSends = () =>
      rapport.worker.evaluate(async () => {
        const open = indexedDB.open('rapport');
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const all = await new Promise<{ personId: string; direction: string }[]>((resolve) => {
          const req = db.transaction('touches').objectStore('touches').getAll();
          req.onsuccess = () => resolve(req.result);
        });
        db.close();
        return all.filter((t) => t.personId === 'e2e-dana' && t.direction === 'out').length;
      });
    await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('do not send') ?? false,
      'the badge to say do not send',
    );

    // Off (the default): Send goes straight through, no question asked.
    let asked = 0;
    page.on('dialog', () => (asked += 1));
    await send.click();
    await eventually(sends, (n) => n === 1, 'the first send to reach Gmail');
    await eventually(loggedSends, (n) => n === 1, 'the first send to be logged');
    expect(asked).toBe(0);
    page.removeAllListeners('dialog');

    await writeSettings(rapport, { confirmSendOnStop: true });
    // A fresh compose, written anew.
    await page.reload();
    await page.getByRole('textbox', { name: 'Message Body' }).click();
    await page.keyboard.type(' One more thing.');
    await eventually(
      () => readBadge(page),
      (b) => b?.label.includes('asks before sending') ?? false,
      'the badge to know it must ask before sending',
    );

    const question: string[] = [];
    page.once('dialog', (dialog) => {
      question.push(dialog.message());
      void dialog.dismiss();
    });
    await send.click();
    await eventually(
      async () => question.length,
      (n) => n === 1,
      'the question',
    );
    expect(question[0]).toMatch(/Send anyway\?/);
    expect(await sends()).toBe(0);
    expect(await loggedSends()).toBe(1);
    await expect(
      page.getByRole('textbox', { name: 'Message Body' }).textContent(),
    ).resolves.toMatch(/One more thing\./);

    page.once('dialog', (dialog) => void dialog.accept());
    await send.click();
    await eventually(sends, (n) => n === 1, 'the confirmed send to reach Gmail');
    await eventually(loggedSends, (n) => n === 2, 'the confirmed send to be logged');
    // Nothing further arrives: one click, one send.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(await sends()).toBe(1);
    await page.close();
  });

  describe('accessibility of every state', () => {
    beforeAll(async () => {
      await importThroughOptions(rapport, statesBackup(Date.now()));
    });

    PANEL_STATES.forEach((state, i) => {
      it(`has no axe-core violations: ${state.name}, light and dark`, async () => {
        const panel = await openPanelInState(rapport, state, 910_000 + i);
        for (const colorScheme of ['light', 'dark'] as const) {
          await panel.emulateMedia({ colorScheme });
          expect(await axeViolations(panel), `${state.name}, ${colorScheme}`).toEqual([]);
        }
        await panel.close();
      });
    });

    it('has no axe-core violations with a search typed, a touch form, a note editor and a row menu open', async () => {
      const state = PANEL_STATES.find((s) => s.name === 'known')!;
      const panel = await openPanelInState(rapport, state, 920_000);
      await panel.getByRole('button', { name: 'Log a call or meeting' }).click();
      await panel.getByRole('button', { name: /^Edit note: Prefers short emails/ }).click();
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        expect(await axeViolations(panel), `forms open, ${colorScheme}`).toEqual([]);
      }
      await panel.close();

      const today = PANEL_STATES.find((s) => s.name === 'today')!;
      const menu = await openPanelInState(rapport, today, 920_002);
      await menu.getByRole('button', { name: 'More for Maya Lindqvist: promise overdue' }).click();
      await menu.getByRole('textbox', { name: 'Snooze until' }).fill('someday');
      await menu.getByText(/can't read that date/).waitFor();
      for (const colorScheme of ['light', 'dark'] as const) {
        await menu.emulateMedia({ colorScheme });
        expect(await axeViolations(menu), `Today's row menu, ${colorScheme}`).toEqual([]);
      }
      await menu.close();

      const search = await openPanelInState(rapport, today, 920_001);
      await search.getByLabel('Find a person').fill('to');
      await search.getByRole('listbox', { name: 'Matching people' }).waitFor();
      await search.getByRole('option', { name: /^Show Tomás Herrera/ }).waitFor();
      for (const colorScheme of ['light', 'dark'] as const) {
        await search.emulateMedia({ colorScheme });
        expect(await axeViolations(search), `search, ${colorScheme}`).toEqual([]);
      }
      await search.close();
    });

    it('shows hostile text as text', async () => {
      const state = PANEL_STATES.find((s) => s.name === 'hostile')!;
      const panel = await openPanelInState(rapport, state, 930_000);
      expect(await panel.locator('main img, main script').count()).toBe(0);
      expect(await panel.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
      const showMore = panel.getByRole('button', { name: /^Show more/ }).first();
      await expect(showMore.getAttribute('aria-expanded')).resolves.toBe('false');
      // Layout intact: nothing pushes the panel wider than its window.
      const overflow = await panel.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await panel.close();
    });
  });
});
