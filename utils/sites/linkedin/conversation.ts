import type { LinkedInIdentity } from '../../domain/linkedin-identity';
import type { LinkedInMessage, LinkedInPerson, PagePerson } from '../../messages';
import { TEXT_LIMITS } from '../../text-limits';
import { closestAcross, deepActiveElement, openShadowRoots } from '../dom';
import { cleanMultiline, cleanText, plainText, textOf } from '../text';
import {
  CONVERSATION_AREAS,
  CONVERSATION_FALLBACK,
  DIALOG,
  FULL_PAGE_AREA,
  INVITE_NOTE,
  MESSAGE_BODY,
  MESSAGE_BOX,
  MESSAGE_EVENT,
  MESSAGE_ITEM,
  MESSAGE_LABEL,
  NOT_MESSAGE_TEXT,
  SEND_LABEL,
  SENDER_NAME,
  SHADOW_HOSTS,
  SUBMIT_BUTTON,
  VIEWER_LINKS,
  VIEWER_PHOTO,
} from './selectors';
import { isClockText, messageTime, parseDayHeading } from './message-time';
import { linkedinProfileIdentity } from './urls';

/**
 * Pure reads of LinkedIn conversations (the chat bubbles over any page, the full-page
 * thread) and of the connection request dialog, in the light DOM and in open shadow roots.
 */

/** Where a conversation's text is written and sent. */
export interface Conversation {
  /** The conversation: its header, its messages and its message form. */
  root: Element;
  form: Element;
  box: Element;
  /** Everyone in it but the rep, from its header (and, in a group, its messages). */
  people: PagePerson[];
  /** What the box holds; '' when empty. */
  body: string;
  focused: boolean;
}

/** The connection request dialog with its note. */
export interface InviteDialog {
  dialog: Element;
  note: Element;
  body: string;
  maxLength: number;
}

/** LinkedIn's limit for a connection request's note, when the page does not state one. */
export const CONNECTION_NOTE_LIMIT = 300;

/** Every place to look: the document and the open shadow roots LinkedIn renders into. */
export function searchRoots(doc: Document): ParentNode[] {
  return [doc, ...openShadowRoots(doc, SHADOW_HOSTS)];
}

function hrefOf(el: Element): string | null {
  return el.getAttribute('href');
}

/** The identity an `/in/` link names, with the name it shows. */
function personOfLink(link: Element): LinkedInPerson | undefined {
  const href = hrefOf(link);
  if (!href) return undefined;
  let identity: LinkedInIdentity | undefined;
  try {
    identity = linkedinProfileIdentity(new URL(href, 'https://www.linkedin.com/').href);
  } catch {
    return undefined;
  }
  if (!identity) return undefined;
  const name =
    textOf(link, TEXT_LIMITS.name) ??
    cleanText(link.querySelector('img[alt]')?.getAttribute('alt'), TEXT_LIMITS.name) ??
    cleanText(link.getAttribute('aria-label'), TEXT_LIMITS.name);
  return { ...identity, ...(name ? { name } : {}) };
}

const keyOf = (p: LinkedInPerson) => p.linkedinMemberId ?? p.linkedinSlug ?? `name:${p.name}`;

/** The rep, as the page's own navigation names them: profile links and photo name. */
export function viewerOf(doc: Document): { keys: Set<string>; names: Set<string> } {
  const keys = new Set<string>();
  for (const link of doc.querySelectorAll(VIEWER_LINKS)) {
    const person = personOfLink(link);
    if (person) keys.add(keyOf(person));
  }
  const names = new Set<string>();
  for (const img of doc.querySelectorAll(VIEWER_PHOTO)) {
    const name = cleanText(img.getAttribute('alt'), TEXT_LIMITS.name);
    if (name) names.add(name.toLowerCase());
  }
  return { keys, names };
}

function isMessageBox(box: Element, areas: string): boolean {
  if (box.closest(DIALOG) && !box.closest(CONVERSATION_FALLBACK)) return false;
  const label = `${box.getAttribute('aria-label') ?? ''} ${box.getAttribute('placeholder') ?? ''}`;
  return (
    closestAcross(box, areas) !== null ||
    box.closest(CONVERSATION_FALLBACK) !== null ||
    MESSAGE_LABEL.test(label)
  );
}

/** Links in a conversation that are not inside one of its messages nor its form. */
function headerLinks(root: Element, form: Element): Element[] {
  return [...root.querySelectorAll('a[href*="/in/"]')].filter(
    (a) => !form.contains(a) && !a.closest(MESSAGE_ITEM) && !a.closest(MESSAGE_EVENT),
  );
}

/**
 * The conversation a message form belongs to: the nearest ancestor whose header links to
 * a profile, never beyond the area the conversations open in (the overlay holds several
 * bubbles); else the outermost ancestor inside that area.
 */
function conversationRoot(form: Element, areas: string): Element {
  const area = form.parentElement?.closest(areas);
  let last: Element = form;
  for (let el = form.parentElement; el && el !== area; el = el.parentElement) {
    if (headerLinks(el, form).length > 0) return el;
    last = el;
  }
  return last;
}

/** The text in a message box or note, as the rep wrote it; empty string when empty. */
export function boxText(box: Element): string {
  const raw =
    box.tagName.toUpperCase() === 'TEXTAREA' ? (box as HTMLTextAreaElement).value : plainText(box);
  return cleanMultiline(raw, TEXT_LIMITS.body) ?? '';
}

/**
 * People once each, the rep left out: by the profile the navigation links, and, where
 * `byName`, by the name on the navigation's photo (a group's senders, the rep among them).
 */
function uniquePeople(
  people: LinkedInPerson[],
  viewer: ReturnType<typeof viewerOf>,
  byName: boolean,
) {
  const seen = new Map<string, LinkedInPerson>();
  for (const person of people) {
    const key = keyOf(person);
    if (viewer.keys.has(key)) continue;
    const isViewerName = !!person.name && viewer.names.has(person.name.toLowerCase());
    if (byName && isViewerName) continue;
    if (!person.linkedinSlug && !person.linkedinMemberId && (!person.name || isViewerName)) {
      continue;
    }
    const known = seen.get(key);
    if (!known || (!known.name && person.name)) seen.set(key, person);
  }
  return [...seen.values()];
}

/** A message group's link to its sender, not a profile a message itself links to. */
const isSenderLink = (a: Element) => !a.closest(MESSAGE_BODY) && !a.closest('p');

/** Each message's sender, as its group's `/in/` link names them. */
function senderLinks(root: Element): Element[] {
  return [...root.querySelectorAll(`${MESSAGE_ITEM} a[href*="/in/"]`)].filter(isSenderLink);
}

/**
 * Everyone in a conversation but the rep: a one-to-one conversation's header links the
 * partner; a group's header links each member or none, so its senders count too.
 */
function participants(root: Element, form: Element, viewer: ReturnType<typeof viewerOf>) {
  const header = headerLinks(root, form).flatMap((a) => personOfLink(a) ?? []);
  const one = uniquePeople(header, viewer, false);
  if (one.length === 1) return one;
  const senders = senderLinks(root).flatMap((a) => personOfLink(a) ?? []);
  return uniquePeople([...header, ...senders], viewer, true);
}

const toPagePerson = (p: LinkedInPerson): PagePerson => ({ role: 'to', ...p });

/**
 * Every open conversation with a message form, in document order. `fullPage`: the page is
 * a conversation of its own (`/messaging/thread/…`), so its `main` holds one.
 */
export function findConversations(
  doc: Document,
  fullPage = false,
  scope: ParentNode[] = searchRoots(doc),
): Conversation[] {
  const boxes = scope.flatMap((root) => [...root.querySelectorAll(MESSAGE_BOX)]);
  // Most pages have no message box: nothing more to read on them.
  if (!boxes.length) return [];
  const areas = [CONVERSATION_AREAS, SHADOW_HOSTS, ...(fullPage ? [FULL_PAGE_AREA] : [])].join(
    ', ',
  );
  const viewer = viewerOf(doc);
  const active = deepActiveElement(doc);
  const found: Conversation[] = [];
  const seenForms = new Set<Element>();
  for (const box of boxes) {
    const form = box.closest('form');
    if (!form || seenForms.has(form) || !isMessageBox(box, areas)) continue;
    seenForms.add(form);
    const conversation = conversationRoot(form, areas);
    found.push({
      root: conversation,
      form,
      box,
      people: participants(conversation, form, viewer).map(toPagePerson),
      body: boxText(box),
      focused: !!active && conversation.contains(active),
    });
  }
  return found;
}

/**
 * The conversation being written: the focused one, else the last opened (LinkedIn adds each
 * new bubble after the others). Only those naming someone count.
 */
export function currentConversation(conversations: Conversation[]): Conversation | undefined {
  const named = conversations.filter((c) => c.people.length > 0);
  return named.find((c) => c.focused) ?? named[named.length - 1];
}

/** The open connection request dialog with a note box, if any. */
export function findInviteDialog(
  doc: Document,
  scope: ParentNode[] = searchRoots(doc),
): InviteDialog | undefined {
  for (const root of scope) {
    for (const dialog of root.querySelectorAll(DIALOG)) {
      const note = dialog.querySelector(INVITE_NOTE);
      if (!note || note.closest('form')?.querySelector('[contenteditable="true"]')) continue;
      const stated = Number(note.getAttribute('maxlength'));
      return {
        dialog,
        note,
        body: boxText(note),
        maxLength: Number.isInteger(stated) && stated > 0 ? stated : CONNECTION_NOTE_LIMIT,
      };
    }
  }
  return undefined;
}

function label(button: Element): string {
  return cleanText(button.getAttribute('aria-label') ?? button.textContent, 200) ?? '';
}

/** The Send button of a message form or invite dialog. */
export function findSendButton(container: Element): Element | null {
  const buttons = [...container.querySelectorAll('button')];
  return (
    buttons.find((b) => b.matches(SUBMIT_BUTTON) && !/without/i.test(label(b))) ??
    buttons.find((b) => SEND_LABEL.test(label(b))) ??
    null
  );
}

/** The conversation whose Send button `target` is (or is inside), if any. */
export function conversationSentBy(
  conversations: Conversation[],
  target: Element | null,
): Conversation | undefined {
  const button = target?.closest('button');
  if (!button) return undefined;
  return conversations.find((c) => findSendButton(c.form) === button);
}

/** Whether `target` is (inside) the invite dialog's Send button. */
export function isInviteSend(invite: InviteDialog | undefined, target: Element | null): boolean {
  const button = target?.closest('button');
  return !!invite && !!button && findSendButton(invite.dialog) === button;
}

/** The first line of a message, as the timeline shows it. */
export function firstLineOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return cleanText(line, TEXT_LIMITS.firstLine) ?? '';
}

/** A short stable hash (53-bit, cyrb53) of a message's sender, time and text. */
function hashOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function messageText(item: Element): string {
  const body = item.querySelector(MESSAGE_BODY);
  if (body) return cleanMultiline(plainText(body), TEXT_LIMITS.body) ?? '';
  const paragraphs = [...item.querySelectorAll('p')].filter((p) => !p.closest(NOT_MESSAGE_TEXT));
  const text = paragraphs.length
    ? paragraphs.map((p) => plainText(p)).join('\n')
    : plainText(item, NOT_MESSAGE_TEXT);
  return cleanMultiline(text, TEXT_LIMITS.body) ?? '';
}

function senderOf(item: Element): LinkedInPerson | undefined {
  const link = [...item.querySelectorAll('a[href*="/in/"]')].find(isSenderLink);
  const person = link ? personOfLink(link) : undefined;
  const name = cleanText(item.querySelector(SENDER_NAME)?.textContent, TEXT_LIMITS.name);
  if (person) return person.name || !name ? person : { ...person, name };
  return name ? { name } : undefined;
}

/**
 * Whether a sender is this person: the same member id or slug; where the two show
 * different kinds of identity (one a member id, the other a slug) or none, the same name.
 */
function samePerson(a: LinkedInPerson, b: LinkedInPerson): boolean {
  if (a.linkedinMemberId && b.linkedinMemberId) return a.linkedinMemberId === b.linkedinMemberId;
  if (a.linkedinSlug && b.linkedinSlug) return a.linkedinSlug === b.linkedinSlug;
  return !!a.name && a.name.toLowerCase() === b.name?.toLowerCase();
}

/**
 * The messages of a conversation that come from the people in it (never the rep's own),
 * each with a stable id: LinkedIn's `data-event-urn` when the message has one, else a hash
 * of sender, time and text. Dated by the conversation's day headings and clock times; a
 * message whose time cannot be read is dated `now`, when it was first seen.
 */
export function extractConversationMessages(
  conversation: Pick<Conversation, 'root' | 'people'>,
  now: number,
): LinkedInMessage[] {
  const items = [...conversation.root.querySelectorAll(MESSAGE_ITEM)].filter(
    (li) => !li.parentElement?.closest(MESSAGE_ITEM),
  );
  const messages: LinkedInMessage[] = [];
  let day: string | undefined;
  let clock: string | undefined;
  let sender: LinkedInPerson | undefined;
  for (const item of items) {
    for (const time of item.querySelectorAll('time')) {
      const text = cleanText(time.textContent, 100) ?? '';
      if (isClockText(text)) clock = text;
      else if (parseDayHeading(text, now)) day = text;
    }
    sender = senderOf(item) ?? sender;
    const text = messageText(item);
    if (!text || !sender) continue;
    const from = conversation.people.find((p) => samePerson(sender as LinkedInPerson, p));
    if (!from) continue;
    const stated = Date.parse(item.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
    const read = Number.isNaN(stated) ? messageTime(day ?? 'today', clock, now) : stated;
    const at = read ?? now;
    const urn = (
      item.matches(MESSAGE_EVENT) ? item : item.querySelector(MESSAGE_EVENT)
    )?.getAttribute('data-event-urn');
    const identity: LinkedInPerson = {
      ...(from.linkedinSlug ? { linkedinSlug: from.linkedinSlug } : {}),
      ...(from.linkedinMemberId ? { linkedinMemberId: from.linkedinMemberId } : {}),
      ...(from.name ? { name: from.name } : {}),
    };
    messages.push({
      // The time in the hash is the one read from the page (or its raw words), never `now`,
      // so the same message hashes alike on every reload.
      messageId:
        urn && urn.length <= 200
          ? urn
          : `h:${hashOf(`${keyOf(identity)}|${read ?? `${day}|${clock}`}|${text}|${urn ?? ''}`)}`,
      from: identity,
      at,
      firstLine: firstLineOf(text),
    });
  }
  return messages;
}
