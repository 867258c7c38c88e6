import type { PagePerson, PageSignal } from '../../messages';
import { currentConversation, findConversations, findInviteDialog } from './conversation';
import { extractProfile } from './extract';
import {
  linkedinInviteSlug,
  linkedinProfileIdentity,
  linkedinProfileSlug,
  linkedinView,
} from './urls';

/**
 * Who is in focus on LinkedIn, in this order:
 * - a connection request's "Add a note" dialog, for the profile it is sent from (the
 *   address names it): compose, with the note as the draft and its length limit;
 * - a conversation being written, in a chat bubble over any page or full page on
 *   `/messaging/thread/…`: the focused one, else the last opened; on a profile page only
 *   a bubble that is focused or holds text, so a profile with an idle bubble stays the
 *   profile. Compose, to everyone in it but the rep, the box's text as the draft;
 * - a profile page: its person, keyed by the slug in the address (with the member id the
 *   page carries). While the page is still changing after a navigation, the slug alone.
 * Null on every other page.
 */
export function detectLinkedIn(doc: Document, url: string): PageSignal | null {
  const view = linkedinView(url);
  const slug = linkedinProfileSlug(url);
  const profile = view === 'profile' ? linkedinProfileIdentity(url) : undefined;

  const inviteSlug = slug ?? linkedinInviteSlug(url);
  const invite = inviteSlug || profile ? findInviteDialog(doc) : undefined;
  if (invite) {
    const person: PagePerson = inviteSlug
      ? { ...extractProfile(doc, inviteSlug), role: 'to' }
      : { role: 'to', ...profile };
    return {
      site: 'linkedin',
      view: 'compose',
      people: [person],
      draft: {
        subject: '',
        body: invite.body,
        kind: 'connection-note',
        maxLength: invite.maxLength,
      },
    };
  }

  const conversation = currentConversation(findConversations(doc, view === 'messaging-thread'));
  const writing = conversation && (conversation.focused || conversation.body !== '');
  if (conversation && (writing || view !== 'profile')) {
    return {
      site: 'linkedin',
      view: 'compose',
      people: conversation.people,
      draft: { subject: '', body: conversation.body, kind: 'message' },
    };
  }

  if (view !== 'profile' || !profile) return null;
  if (!slug)
    return { site: 'linkedin', view: 'profile', people: [{ role: 'profile', ...profile }] };
  return { site: 'linkedin', view: 'profile', people: [extractProfile(doc, slug)] };
}
