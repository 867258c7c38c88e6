import type { PagePerson, PageSignal } from '../../messages';
import {
  currentConversation,
  findConversations,
  findInviteDialog,
  searchRoots,
  type Conversation,
  type InviteDialog,
} from './conversation';
import { extractProfile } from './extract';
import {
  linkedinInviteSlug,
  linkedinProfileIdentity,
  linkedinProfileSlug,
  linkedinView,
} from './urls';

/** What the rep is writing on LinkedIn, and to whom. */
export type LinkedInCompose =
  | { kind: 'connection-note'; invite: InviteDialog; person: PagePerson }
  | { kind: 'message'; conversation: Conversation };

/**
 * What the rep is writing, in this order:
 * - a connection request's "Add a note" dialog, for the profile it is sent from (the
 *   address names it: the profile's, or the 2026 dialog's own `vanityName`);
 * - a conversation, in a chat bubble over any page or full page on `/messaging/thread/…`:
 *   the focused one, else the last opened; on a profile page only a bubble that is focused
 *   or holds text, so a profile with an idle bubble stays the profile.
 */
export function linkedinCompose(doc: Document, url: string): LinkedInCompose | undefined {
  const view = linkedinView(url);
  const slug = linkedinProfileSlug(url);
  const profile = view === 'profile' ? linkedinProfileIdentity(url) : undefined;

  const scope = searchRoots(doc);
  const inviteSlug = slug ?? linkedinInviteSlug(url);
  const invite = inviteSlug || profile ? findInviteDialog(doc, scope) : undefined;
  if (invite) {
    const person: PagePerson = inviteSlug
      ? { ...extractProfile(doc, inviteSlug), role: 'to' }
      : { role: 'to', ...profile };
    return { kind: 'connection-note', invite, person };
  }

  const conversation = currentConversation(
    findConversations(doc, view === 'messaging-thread', scope),
  );
  const writing = conversation && (conversation.focused || conversation.body !== '');
  return conversation && (writing || view !== 'profile')
    ? { kind: 'message', conversation }
    : undefined;
}

/**
 * Who is in focus on LinkedIn: whoever the rep is writing to (see linkedinCompose), as a
 * compose with the text as its draft (subject-less; a connection note with its length
 * limit); else, on a profile page, its person, keyed by the slug in the address (with the
 * member id the page carries), the slug alone while the page is still changing after a
 * navigation. Null on every other page.
 */
export function detectLinkedIn(doc: Document, url: string): PageSignal | null {
  const compose = linkedinCompose(doc, url);
  if (compose?.kind === 'connection-note') {
    const { invite, person } = compose;
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
  if (compose?.kind === 'message') {
    const { conversation } = compose;
    return {
      site: 'linkedin',
      view: 'compose',
      people: conversation.people,
      draft: { subject: '', body: conversation.body, kind: 'message' },
    };
  }

  if (linkedinView(url) !== 'profile') return null;
  const slug = linkedinProfileSlug(url);
  if (slug) return { site: 'linkedin', view: 'profile', people: [extractProfile(doc, slug)] };
  const profile = linkedinProfileIdentity(url);
  return profile
    ? { site: 'linkedin', view: 'profile', people: [{ role: 'profile', ...profile }] }
    : null;
}
