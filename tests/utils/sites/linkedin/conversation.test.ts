import { detect, listFixtures, OWN_FIXTURES } from '../fixtures';
import {
  extractConversationMessages,
  findConversations,
  findInviteDialog,
  findSendButton,
  currentConversation,
} from '@/utils/sites/linkedin/conversation';
import { linkedinFixture, MESSAGING_FIXTURES, showLinkedInFixture, VARIANTS } from './dom-fixtures';

const FEED = 'https://www.linkedin.com/feed/';
const NOOR_PROFILE = 'https://www.linkedin.com/in/noor-haddad-4b2a1/';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-ZmQ3Njk0NTc/';
const GROUP = 'https://www.linkedin.com/messaging/thread/2-Z3JvdXA/';
const NOOR_ID = 'ACoAAExampleNoorHaddad0001';
const BEN_ID = 'ACoAAExampleBenOrtiz00002';
// 2026-12-01 12:00 local time: the fixtures' day headings ("Nov 20") are this year's.
const NOW = new Date(2026, 11, 1, 12, 0).getTime();

const message = (body: string) => ({ subject: '', body, kind: 'message' });

it('every messaging fixture is tested here, beside the profile fixtures', () => {
  const own = listFixtures(OWN_FIXTURES, 'linkedin').map((f) => f.replace('linkedin/', ''));
  expect(own.filter((f) => f !== '2026-sdui-topcard.html').sort()).toEqual(MESSAGING_FIXTURES);
});

describe.each(VARIANTS)('%s', (variant) => {
  describe('a full-page thread', () => {
    it('is a compose to the partner in its header, the empty box as the draft', () => {
      expect(detect(linkedinFixture('messaging-thread.html', variant), THREAD)).toEqual({
        site: 'linkedin',
        view: 'compose',
        people: [{ role: 'to', linkedinSlug: 'noor-haddad-4b2a1', name: 'Noor Haddad' }],
        draft: message(''),
      });
    });

    it("reads the partner's two messages, dated by the page, never the rep's own", () => {
      const doc = linkedinFixture('messaging-thread.html', variant);
      const conversation = findConversations(doc, true)[0]!;
      expect(extractConversationMessages(conversation, NOW)).toEqual([
        {
          messageId:
            'urn:li:msg_message:(urn:li:fsd_profile:ACoAAExamplePatViewer0009,2-MTczMjA5NjMwMDAwMmI)',
          from: { linkedinSlug: 'noor-haddad-4b2a1', name: 'Noor Haddad' },
          at: new Date(2026, 10, 20, 10, 5).getTime(),
          firstLine: 'Thanks Pat! Can you send the pricing sheet?',
        },
        {
          messageId:
            'urn:li:msg_message:(urn:li:fsd_profile:ACoAAExamplePatViewer0009,2-MTczMjA5NjM2MDAwM2I)',
          from: { linkedinSlug: 'noor-haddad-4b2a1', name: 'Noor Haddad' },
          at: new Date(2026, 10, 20, 10, 5).getTime(),
          firstLine: 'Also, is Thursday OK for a call?',
        },
      ]);
    });

    it('finds the Send button of its form', () => {
      const doc = linkedinFixture('messaging-thread.html', variant);
      expect(findSendButton(findConversations(doc, true)[0]!.form)?.textContent).toBe('Send');
    });
  });

  describe('two bubbles over the feed', () => {
    it('the one opened last wins when neither is focused; the feed comment box is no conversation', () => {
      const doc = linkedinFixture('bubbles-two-open.html', variant);
      expect(findConversations(doc).map((c) => c.people[0]?.name)).toEqual([
        'Noor Haddad',
        'Ben Ortiz',
      ]);
      expect(detect(doc, FEED)).toEqual({
        site: 'linkedin',
        view: 'compose',
        people: [{ role: 'to', linkedinMemberId: BEN_ID, name: 'Ben Ortiz' }],
        draft: message(''),
      });
    });

    it('the focused one wins, with the text in its box', () => {
      const doc = showLinkedInFixture('bubbles-two-open.html', variant);
      const boxes = [...doc.querySelectorAll<HTMLElement>('#msg-overlay [contenteditable="true"]')];
      boxes[0]!.focus();
      expect(detect(doc, FEED)).toEqual({
        site: 'linkedin',
        view: 'compose',
        people: [{ role: 'to', linkedinMemberId: NOOR_ID, name: 'Noor Haddad' }],
        draft: message('Hi Noor, here is the routing note I promised.'),
      });
    });

    it('logs what the partner of each bubble wrote, by the member id the bubble links', () => {
      const doc = linkedinFixture('bubbles-two-open.html', variant);
      const [noor, ben] = findConversations(doc);
      expect(extractConversationMessages(noor!, NOW).map((m) => [m.from, m.firstLine])).toEqual([
        [
          { linkedinMemberId: NOOR_ID, name: 'Noor Haddad' },
          'Likewise! Send me something on routing when you can.',
        ],
      ]);
      expect(extractConversationMessages(ben!, NOW).map((m) => m.at)).toEqual([
        new Date(2026, 10, 26, 11, 15).getTime(),
      ]);
    });
  });

  describe('a group conversation', () => {
    it('lists every participant but the rep', () => {
      expect(detect(linkedinFixture('group-conversation.html', variant), GROUP)).toEqual({
        site: 'linkedin',
        view: 'compose',
        people: [
          { role: 'to', linkedinSlug: 'noor-haddad-4b2a1', name: 'Noor Haddad' },
          { role: 'to', linkedinSlug: 'ben-ortiz-77', name: 'Ben Ortiz' },
          { role: 'to', linkedinSlug: 'chloe-martin-3', name: 'Chloé Martin' },
        ],
        draft: message('Here is the plan: a two-week pilot on one depot.'),
      });
    });

    it("reads each participant's message as theirs, and none of the rep's", () => {
      const doc = linkedinFixture('group-conversation.html', variant);
      const conversation = currentConversation(findConversations(doc, true))!;
      expect(
        extractConversationMessages(conversation, NOW).map((m) => [m.from.name, m.firstLine]),
      ).toEqual([
        ['Noor Haddad', 'Adding Ben and Chloé from our ops team.'],
        ['Ben Ortiz', 'Hi all, happy to join.'],
        ['Chloé Martin', 'Thanks Pat, looking forward to it.'],
      ]);
    });
  });

  describe('the invite dialog', () => {
    it("is a compose to the profile's person, the note as the draft, with its limit", () => {
      const signal = detect(linkedinFixture('invite-dialog.html', variant), NOOR_PROFILE);
      // The headline and location of this profile layout hang on its utility classes
      // (extract.test.ts); who the note is for does not.
      expect(signal?.people).toEqual([
        expect.objectContaining({
          role: 'to',
          linkedinSlug: 'noor-haddad-4b2a1',
          linkedinMemberId: NOOR_ID,
          name: 'Noor Haddad',
        }),
      ]);
      expect(signal).toMatchObject({
        site: 'linkedin',
        view: 'compose',
        draft: {
          subject: '',
          body: 'Hi Noor, we met at the freight summit in Lisbon. Would love to stay in touch about routing.',
          kind: 'connection-note',
          maxLength: 300,
        },
      });
    });

    it('has a Send button, never "Send without a note"', () => {
      const invite = findInviteDialog(linkedinFixture('invite-dialog.html', variant))!;
      expect(findSendButton(invite.dialog)?.getAttribute('aria-label')).toBe('Send invitation');
    });
  });

  describe('a profile with a bubble to someone else', () => {
    it("reports the bubble's person while the rep writes there", () => {
      expect(detect(linkedinFixture('profile-with-bubble.html', variant), NOOR_PROFILE)).toEqual({
        site: 'linkedin',
        view: 'compose',
        people: [{ role: 'to', linkedinMemberId: BEN_ID, name: 'Ben Ortiz' }],
        draft: message('Ben, yes, that was me.\nHappy to share the dock model.'),
      });
    });

    it('stays the profile, with its member id, while the bubble is idle', () => {
      const doc = linkedinFixture('profile-with-bubble.html', variant);
      doc.querySelector('#msg-overlay [contenteditable="true"]')!.replaceChildren();
      expect(detect(doc, NOOR_PROFILE)).toMatchObject({
        view: 'profile',
        people: [
          {
            role: 'profile',
            linkedinSlug: 'noor-haddad-4b2a1',
            linkedinMemberId: NOOR_ID,
            name: 'Noor Haddad',
          },
        ],
      });
    });
  });

  describe('the 2026 layout, inside an open shadow root', () => {
    it('finds the bubble, its person and its draft', () => {
      const doc = linkedinFixture('2026-shadow-bubble.html', variant);
      expect(doc.querySelector('[contenteditable="true"][aria-label^="Write"]')).toBeNull();
      expect(detect(doc, FEED)).toEqual({
        site: 'linkedin',
        view: 'compose',
        people: [{ role: 'to', linkedinMemberId: NOOR_ID, name: 'Noor Haddad' }],
        draft: message(''),
      });
    });

    it('gives messages without an id of their own a stable one from sender, time and text', () => {
      const read = () => {
        const doc = linkedinFixture('2026-shadow-bubble.html', variant);
        return extractConversationMessages(findConversations(doc)[0]!, NOW);
      };
      const first = read();
      expect(first.map((m) => [m.firstLine, m.at])).toEqual([
        [
          'Did the routing numbers hold up in the second depot?',
          new Date(2026, 10, 28, 14, 15).getTime(),
        ],
        ['No rush, next week is fine.', new Date(2026, 10, 28, 14, 15).getTime()],
      ]);
      expect(new Set(first.map((m) => m.messageId)).size).toBe(2);
      expect(read().map((m) => m.messageId)).toEqual(first.map((m) => m.messageId));
    });

    it('finds the invite dialog, its empty note and the limit the page states', () => {
      expect(
        detect(linkedinFixture('2026-shadow-invite.html', variant), NOOR_PROFILE),
      ).toMatchObject({
        view: 'compose',
        people: [{ role: 'to', linkedinSlug: 'noor-haddad-4b2a1', name: 'Noor Haddad' }],
        draft: { subject: '', body: '', kind: 'connection-note', maxLength: 200 },
      });
    });
  });
});
