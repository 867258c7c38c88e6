import type { PageSignal } from '../../messages';
import {
  composeWithFocus,
  extractCompose,
  extractThreadPeople,
  findComposes,
  mailboxOwner,
  draftBody,
  threadMessageElements,
} from './extract';
import { gmailView } from './urls';

/**
 * Who is in focus in Gmail.
 *
 * - A compose holding the keyboard focus always wins: the rep is writing to its recipients.
 * - In a conversation, a compose without focus still wins when its body has text (the rep
 *   clicked into the thread mid-draft); an untouched one leaves the conversation in focus.
 * - Anywhere else (inbox, labels, search, a popped-out window) the last opened compose
 *   counts; with no compose, nobody is in focus.
 * - A conversation counts only at a thread address with messages on the page: Gmail may
 *   keep a conversation's DOM around after going back to a list.
 * The mailbox owner is never one of the people.
 */
export function detectGmail(doc: Document, url: string): PageSignal | null {
  const view = gmailView(url);
  if (!view) return null;
  const owner = mailboxOwner(doc);
  const base = { site: 'gmail' as const, ...(owner ? { mailboxOwner: owner } : {}) };
  const composes = findComposes(doc);
  const inThread = view === 'thread' && threadMessageElements(doc).length > 0;
  const compose =
    composeWithFocus(doc, composes) ??
    (inThread
      ? composes.filter((c) => draftBody(c) !== '').pop()
      : composes[composes.length - 1]) ??
    null;
  if (compose) {
    const { people, draft } = extractCompose(compose, owner);
    return { ...base, view: 'compose', people: people.slice(0, 100), draft };
  }
  if (inThread) {
    return { ...base, view: 'thread', people: extractThreadPeople(doc, owner).slice(0, 100) };
  }
  return null;
}
