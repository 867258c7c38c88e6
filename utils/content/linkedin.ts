import type { ContentScriptContext } from '#imports';
import type { BadgeState, LinkedInPerson, PageSignal } from '@/utils/messages';
import { openShadowRoots } from '@/utils/sites/dom';
import {
  boxText,
  conversationSentBy,
  extractConversationMessages,
  findConversations,
  findInviteDialog,
  findSendButton,
  firstLineOf,
  isInviteSend,
  type Conversation,
} from '@/utils/sites/linkedin/conversation';
import { detectLinkedIn, linkedinCompose } from '@/utils/sites/linkedin/detect';
import { profileNameElement } from '@/utils/sites/linkedin/extract';
import { SHADOW_HOSTS } from '@/utils/sites/linkedin/selectors';
import { isLinkedInThreadUrl, linkedinProfileSlug } from '@/utils/sites/linkedin/urls';
import { createBadge } from './badge';
import { eventOrigin, guardSends, type SendControls } from './send-guard';
import { requestBadgeState, sendToBackground } from './send';
import { watchPage } from './page-watcher';
import { answerSelectionRequests } from './selection';

/**
 * Two send events from one form this close together, with the same text, are one send
 * (a click and an Enter heard for it); a chat's next message has new text.
 */
const SAME_SEND_MS = 2000;
/** How long after Enter LinkedIn has emptied the box when Enter sends (its setting). */
const ENTER_SENT_AFTER_MS = 400;

const conversations = () => findConversations(document, isLinkedInThreadUrl(location.href));

/** Whether a key press in a message box may send it: Enter alone, as LinkedIn's setting has it. */
const isEnterAlone = (event: KeyboardEvent) =>
  event.key === 'Enter' &&
  !event.shiftKey &&
  !event.altKey &&
  !event.ctrlKey &&
  !event.metaKey &&
  !event.isComposing;

/**
 * How a LinkedIn message form or invite dialog is sent: its Send button, or Enter in a
 * message box (which sends when the rep set LinkedIn to send on Enter; with the guard on,
 * Enter there asks first either way, and the message stays in the box until they answer).
 */
export const linkedinSendControls: SendControls = {
  sentBy(target) {
    const conversation = conversationSentBy(conversations(), target);
    if (conversation) return conversation.form;
    const invite = findInviteDialog(document);
    return invite && isInviteSend(invite, target) ? invite.dialog : null;
  },
  composeOf(target) {
    return conversations().find((c) => target && c.box.contains(target))?.form ?? null;
  },
  sendButton: findSendButton,
  isSendKey: isEnterAlone,
};

/**
 * LinkedIn: reports whom the rep is writing to (a chat bubble, a full-page conversation, a
 * connection note) or, else, the profile on screen, as the rep moves through the
 * single-page app; logs each message the rep sends and each message from the people in an
 * open conversation; keeps Rapport's badge beside the Send button being written at (or the
 * profile's name), in the light DOM or LinkedIn's open shadow roots.
 */
export function startLinkedIn(ctx: ContentScriptContext): void {
  const badge = createBadge(() => void sendToBackground({ type: 'open-side-panel' }));
  ctx.onInvalidated(() => badge.remove());
  answerSelectionRequests(ctx);
  const lastSend = new WeakMap<Element, { at: number; body: string }>();
  const logged = new WeakMap<Element, string>();
  let badgeState: BadgeState | undefined;

  const refreshBadge = async (signal: PageSignal | null) => {
    if (!signal) {
      badgeState = undefined;
      return badge.remove();
    }
    const compose = linkedinCompose(document, location.href);
    const slug = linkedinProfileSlug(location.href);
    badge.place(
      compose?.kind === 'message'
        ? findSendButton(compose.conversation.form)
        : compose?.kind === 'connection-note'
          ? findSendButton(compose.invite.dialog)
          : slug
            ? profileNameElement(document, slug)
            : null,
    );
    badgeState = await requestBadgeState();
    badge.show(badgeState);
  };

  watchPage(
    ctx,
    () => {
      // On every re-read: a message arriving in an open conversation leaves the signal as
      // it was but is a message to log.
      logConversations();
      return detectLinkedIn(document, location.href);
    },
    (signal) => {
      void sendToBackground({ type: 'page-signal', signal, url: location.href }).then(() =>
        refreshBadge(signal),
      );
    },
    {
      // LinkedIn's renderer may reuse the top card on moving between profiles: the name
      // then changes as text and the card's profile links as `href`, in place. Bubbles,
      // dialogs and messages arrive as inserted nodes; typing is heard as events.
      mutations: {
        childList: true,
        characterData: true,
        attributeFilter: ['href', 'aria-label', 'aria-hidden', 'content'],
      },
      shadowRoots: () => openShadowRoots(document, SHADOW_HOSTS),
    },
  );

  /** Logs the messages of each open conversation once its messages have changed. */
  function logConversations() {
    const now = Date.now();
    for (const conversation of conversations()) {
      const items = conversation.root.querySelectorAll('li');
      const fingerprint = `${items.length}:${items[items.length - 1]?.textContent?.length ?? 0}`;
      if (logged.get(conversation.root) === fingerprint) continue;
      logged.set(conversation.root, fingerprint);
      const messages = extractConversationMessages(conversation, now);
      if (messages.length) void sendToBackground({ type: 'linkedin-messages', messages });
    }
  }

  function reportSend(
    form: Element,
    recipients: LinkedInPerson[],
    body: string,
    kind: 'message' | 'connection-note',
  ) {
    const now = Date.now();
    const last = lastSend.get(form);
    if (!body || !recipients.length) return;
    if (last && last.body === body && now - last.at < SAME_SEND_MS) return;
    lastSend.set(form, { at: now, body });
    void sendToBackground({
      type: 'linkedin-sent',
      sendId: `${now}-${Math.random().toString(36).slice(2, 10)}`,
      recipients: recipients.map(({ linkedinSlug, linkedinMemberId, name }) => ({
        ...(linkedinSlug ? { linkedinSlug } : {}),
        ...(linkedinMemberId ? { linkedinMemberId } : {}),
        ...(name ? { name } : {}),
      })),
      kind,
      firstLine: firstLineOf(body),
      at: now,
    });
  }

  const reportConversation = (c: Conversation) => reportSend(c.form, c.people, c.body, 'message');

  /** A send confirmed through the guard, whose own click the page marks untrusted. */
  function reportCompose(compose: Element) {
    const conversation = conversations().find((c) => c.form === compose);
    if (conversation) return reportConversation(conversation);
    const note = linkedinCompose(document, location.href);
    if (note?.kind === 'connection-note' && note.invite.dialog === compose) {
      reportSend(compose, [note.person], note.invite.body, 'connection-note');
    }
  }

  guardSends(ctx, () => badgeState, linkedinSendControls, undefined, reportCompose);

  // Capture phase: LinkedIn empties the box (or closes the dialog) as it sends, so read it
  // before LinkedIn acts. Only the rep's own clicks and keys count: a page script's
  // synthetic click is no send of theirs.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const target = eventOrigin(event);
      const conversation = conversationSentBy(conversations(), target);
      if (conversation) return reportConversation(conversation);
      const note = linkedinCompose(document, location.href);
      if (note?.kind === 'connection-note' && isInviteSend(note.invite, target)) {
        reportSend(note.invite.dialog, [note.person], note.invite.body, 'connection-note');
      }
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (!event.isTrusted || !isEnterAlone(event) || event.repeat) return;
      const target = eventOrigin(event);
      const conversation = conversations().find((c) => target && c.box.contains(target));
      if (!conversation?.body) return;
      // Enter sends only where the rep set LinkedIn so: then LinkedIn empties the box.
      ctx.setTimeout(() => {
        if (!conversation.box.isConnected || boxText(conversation.box) === '') {
          reportConversation(conversation);
        }
      }, ENTER_SENT_AFTER_MS);
    },
    { capture: true },
  );
}
