// Starting from the rep's contacts, end to end in Debian's Chromium with the built extension:
// a LinkedIn export imported through the options page makes its people known when their
// profile is on screen, with the day they connected on the timeline; an email sent to an
// address Rapport does not know is on that person's timeline once the rep adds them; and a
// file previewed before someone in it was added elsewhere is matched again when written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person, Touch, UnattachedTouch } from '../../storage/schema';
import { connectionsCsv, type Connection } from '../../scripts/demo/contact-files';
import { axeViolations } from './axe';
import { INBOX_HTML, installGmailBehaviour, openCompose } from './gmail-page';
import {
  eventually,
  launchRapport,
  OWN_FIXTURES,
  readStore,
  servePage,
  tabIdOf,
  type Rapport,
} from './harness';
import { addShownPerson, composePage, openWithPanel, serveHtml } from './panel-helpers';

// The person of Rapport's own 2026 LinkedIn fixture, and two more connections.
const NOOR_URL = 'https://www.linkedin.com/in/noor-haddad-4b2a1/';
const CONNECTIONS: Connection[] = [
  {
    first: 'Noor',
    last: 'Haddad',
    slug: 'noor-haddad-4b2a1',
    company: 'Contoso',
    position: 'Director of Procurement',
    connectedOn: '15 Nov 2022',
  },
  {
    first: 'Maya',
    last: 'Lindqvist',
    slug: 'maya-lindqvist',
    email: 'maya@northwind.example',
    company: 'Northwind Logistics',
    position: 'Head of Operations',
    connectedOn: '24 Feb 2023',
  },
  {
    first: 'Kofi',
    last: 'Okafor',
    slug: 'kofi-okafor',
    connectedOn: '01 Jun 2021',
  },
];

const GMAIL_ACCOUNT = 'https://mail.google.com/mail/u/0/';

describe('contacts in Chromium', () => {
  let rapport: Rapport;

  beforeAll(async () => {
    rapport = await launchRapport();
  });
  afterAll(async () => rapport?.close());

  it('offers an empty Rapport a start from the contacts, with no axe-core violations', async () => {
    const panel = await rapport.openExtensionPage('sidepanel.html?tabId=424242');
    await panel.setViewportSize({ width: 400, height: 900 });
    const start = panel.getByRole('region', { name: 'Start from your contacts' });
    await start.waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      expect(await axeViolations(panel), colorScheme).toEqual([]);
    }
    const [options] = await Promise.all([
      rapport.context.waitForEvent('page'),
      start.getByRole('button', { name: 'Import contacts' }).click(),
    ]);
    await options.waitForURL(/options\.html#import-contacts$/);
    // The options page opens at the import, its file chooser ready.
    await eventually(
      () => options.getByLabel('Import contacts').evaluate((el) => el === document.activeElement),
      (focused) => focused,
      'the file chooser to have focus',
    );
    await options.close();
    await panel.close();
  });

  it('imports a LinkedIn export through the options page, then knows the person on their profile, with their connection date', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-contacts-'));
    const file = path.join(dir, 'Connections.csv');
    writeFileSync(file, connectionsCsv(CONNECTIONS));

    const options = await rapport.openExtensionPage('options.html#import-contacts');
    await options.getByLabel('Import contacts').setInputFiles(file);
    const preview = options.getByRole('group', { name: 'Import preview' });
    await preview.waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect(await axeViolations(options), `import preview, ${colorScheme}`).toEqual([]);
    }
    expect(await preview.getByRole('row', { name: /^New people/ }).textContent()).toContain(
      'Noor Haddad, Maya Lindqvist, Kofi Okafor',
    );
    await preview.getByRole('button', { name: 'Import 3 people' }).click();
    await options
      .getByText('Imported from Connections.csv: 3 new, 0 merged, 0 already in Rapport.')
      .waitFor();
    await options.close();

    const people = await readStore<Person>(rapport, 'people');
    expect(people.map((p) => p.name).sort()).toEqual([
      'Kofi Okafor',
      'Maya Lindqvist',
      'Noor Haddad',
    ]);

    await servePage(
      rapport.context,
      `${NOOR_URL}**`,
      path.join(OWN_FIXTURES, 'linkedin/2026-sdui-topcard.html'),
    );
    const profile = await rapport.context.newPage();
    await profile.goto(NOOR_URL);
    const tabId = await tabIdOf(rapport, NOOR_URL);
    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    // Known: her own view, not "New to Rapport", with what the import said of her.
    const about = panel.getByRole('article', { name: 'About Noor Haddad' });
    await about.getByRole('heading', { name: 'Noor Haddad' }).waitFor();
    expect(await panel.getByRole('heading', { name: 'New to Rapport' }).count()).toBe(0);
    expect(await about.getByText('Director of Procurement · Contoso').isVisible()).toBe(true);
    const connected = await panel.evaluate(() =>
      new Intl.DateTimeFormat(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(new Date(2022, 10, 15, 12)),
    );
    const timeline = about.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(`Connected on LinkedIn · ${connected}`).waitFor();
    await panel.close();
    await profile.close();
  });

  it('puts an email sent to an unknown address on that person’s timeline once the rep adds them', async () => {
    await rapport.context.route(GMAIL_ACCOUNT, (route) =>
      route.fulfill({ body: INBOX_HTML, contentType: 'text/html; charset=utf-8' }),
    );
    const gmail = await rapport.context.newPage();
    await gmail.goto(`${GMAIL_ACCOUNT}#inbox`);
    await gmail.evaluate(installGmailBehaviour);
    const tabId = await tabIdOf(rapport, `${GMAIL_ACCOUNT}#inbox`);

    // Nobody in the compose is in Rapport: the send is kept for each of them.
    const first = await openCompose(gmail, 'Pilot scope for Q3');
    await first.getByRole('button', { name: /^Send/ }).click();
    await first.waitFor({ state: 'detached' });
    const kept = await eventually(
      () => readStore<UnattachedTouch>(rapport, 'unattachedTouches'),
      (list) => list.some((t) => t.identity === 'email:robin@example.com'),
      'the send kept for its recipients',
    );
    expect(kept.every((t) => t.subject === 'Pilot scope for Q3' && t.direction === 'out')).toBe(
      true,
    );
    // Never a body: only who, when, which way, the subject and the message's key.
    for (const t of kept) {
      expect(Object.keys(t).sort()).toEqual(
        [
          'at',
          'channel',
          'createdAt',
          'direction',
          'id',
          'identity',
          'messageKey',
          'subject',
        ].sort(),
      );
    }

    // Days later the rep writes to Alex again and adds him from the side panel.
    await openCompose(gmail, 'Following up on the pilot');
    const panel = await rapport.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    const unknown = panel.getByRole('region', { name: 'New to Rapport' });
    await unknown.getByText('alex@example.com').waitFor();
    await unknown.getByRole('button', { name: 'Add to Rapport' }).click();
    const about = panel.getByRole('article', { name: 'About Alex Rivera' });
    const timeline = about.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Pilot scope for Q3').waitFor();
    expect(await timeline.getByText(/you → them/).count()).toBe(1);

    const alex = (await readStore<Person>(rapport, 'people')).find((p) => p.name === 'Alex Rivera');
    const alexTouches = (await readStore<Touch>(rapport, 'touches')).filter(
      (t) => t.personId === alex?.id,
    );
    expect(alexTouches.map((t) => [t.channel, t.direction, t.subject])).toEqual([
      ['email', 'out', 'Pilot scope for Q3'],
    ]);
    const left = await readStore<UnattachedTouch>(rapport, 'unattachedTouches');
    expect(left.map((t) => t.identity)).not.toContain('email:alex@example.com');
    expect(left.map((t) => t.identity)).toContain('email:robin@example.com');
    await panel.close();
    await gmail.close();
  });

  it('matches a file again against someone added in the side panel after its preview was shown', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rapport-contacts-'));
    const file = path.join(dir, 'Connections.csv');
    const ines: Connection = {
      first: 'Ines',
      last: 'Novak',
      slug: 'ines-novak',
      email: 'ines@fabrikam.example',
      company: 'Fabrikam',
      position: 'CTO',
      connectedOn: '03 Mar 2024',
    };
    writeFileSync(file, connectionsCsv([ines]));
    const options = await rapport.openExtensionPage('options.html#import-contacts');
    await options.getByLabel('Import contacts').setInputFiles(file);
    const preview = options.getByRole('group', { name: 'Import preview' });
    expect(await preview.getByRole('row', { name: /^New people/ }).textContent()).toContain(
      'Ines Novak',
    );

    // Before Import is pressed, the rep meets her in Gmail and adds her from the side panel.
    const composeUrl = 'https://mail.google.com/mail/u/3/#inbox?compose=new';
    await serveHtml(
      rapport,
      'https://mail.google.com/mail/u/3/**',
      composePage({ name: 'Ines Novak', email: 'ines@fabrikam.example' }),
    );
    const inGmail = await openWithPanel(rapport, composeUrl);
    await addShownPerson(inGmail.panel, 'Ines Novak');
    await inGmail.panel.close();
    await inGmail.page.close();

    // The preview said new; the write sees her and merges the file into her record.
    await preview.getByRole('button', { name: 'Import 1 person' }).click();
    await options
      .getByText('Imported from Connections.csv: 0 new, 1 merged, 0 already in Rapport.')
      .waitFor();
    await options.close();
    const named = (await readStore<Person>(rapport, 'people')).filter(
      (p) => p.name === 'Ines Novak',
    );
    expect(named).toHaveLength(1);
    expect(named[0]).toMatchObject({
      emails: ['ines@fabrikam.example'],
      linkedinSlug: 'ines-novak',
      company: 'Fabrikam',
    });
  });
});
