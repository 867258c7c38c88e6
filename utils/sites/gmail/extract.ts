import type { PagePerson, ThreadMessage } from '../../messages';
import { TEXT_LIMITS } from '../../text-limits';
import { cleanMultiline, cleanText, emailsIn, normalizeEmail, plainText, textOf } from '../text';
import {
  ACCOUNT_BUTTON,
  BUTTON,
  COMPOSE_BODY,
  COMPOSE_DIALOG,
  COMPOSE_INLINE,
  COMPOSE_MARKER,
  COMPOSE_REGION,
  DATED,
  NOT_MESSAGE_HEADER,
  PERSON,
  QUOTED_HISTORY,
  RECIPIENT,
  SEND_BUTTON_FALLBACK,
  SENDER,
  SUBJECT_INPUT,
  THREAD_MESSAGE,
  THREAD_SUBJECT,
  recipientChips,
  recipientInputs,
} from './selectors';

/** Pure reads of Gmail's DOM: composes, the open conversation, the signed-in address. */

const RECIPIENT_ROLES = ['to', 'cc', 'bcc'] as const;
type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export interface ComposeContent {
  people: PagePerson[];
  draft: { subject: string; body: string };
}

/** The element holding the whole compose around `el`, or null when `el` is in none. */
export function composeOf(el: Element | null | undefined): Element | null {
  if (!el) return null;
  const root =
    el.closest(COMPOSE_DIALOG) ??
    el.closest(COMPOSE_INLINE) ??
    el.closest(COMPOSE_REGION) ??
    el.closest('form')?.parentElement ??
    null;
  return root?.querySelector(COMPOSE_BODY) && root.querySelector(COMPOSE_MARKER) ? root : null;
}

/** Every compose on the page, in document order (the last one is the last opened). */
export function findComposes(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const body of root.querySelectorAll(COMPOSE_BODY)) {
    const compose = composeOf(body);
    if (compose && !found.includes(compose)) found.push(compose);
  }
  return found;
}

/** The compose holding the keyboard focus, or null. */
export function composeWithFocus(doc: Document, composes = findComposes(doc)): Element | null {
  const active = doc.activeElement;
  return (active && composes.find((c) => c.contains(active))) || null;
}

/** The compose the rep is writing in: the one with focus, else the last opened one. */
export function focusedCompose(doc: Document, composes = findComposes(doc)): Element | null {
  return composeWithFocus(doc, composes) ?? composes[composes.length - 1] ?? null;
}

/** Whether the compose sits inside a conversation (an inline reply or forward). */
export function isInlineCompose(compose: Element): boolean {
  return !compose.closest(COMPOSE_DIALOG) && !!compose.ownerDocument.querySelector(THREAD_MESSAGE);
}

function addPerson(
  people: PagePerson[],
  role: PagePerson['role'],
  email: string | undefined,
  name: string | null | undefined,
  exclude: string | undefined,
) {
  if (!email || email === exclude || people.some((p) => p.email === email)) return;
  const cleanName = cleanText(name, TEXT_LIMITS.name);
  people.push({
    role,
    email,
    ...(cleanName && cleanName.toLowerCase() !== email ? { name: cleanName } : {}),
  });
}

// `Name <address>`, `"Doe, Jane" <address>` or a bare address, as Gmail writes them in the
// recipient inputs of the pre-2021 compose and as a rep types them.
const ADDRESS_ENTRY = /(?:"([^"]*)"|([^,;<>"]*))\s*<([^<>]+)>|([^\s,;<>"]+@[^\s,;<>"]+)/g;

function readRecipients(
  compose: Element,
  role: RecipientRole,
  people: PagePerson[],
  owner?: string,
) {
  for (const chip of compose.querySelectorAll(recipientChips(role))) {
    const email = normalizeEmail(
      chip.getAttribute('email') ?? chip.getAttribute('data-hovercard-id'),
    );
    const name = chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? chip.textContent;
    addPerson(people, role, email, name, owner);
  }
  for (const input of compose.querySelectorAll<HTMLInputElement>(recipientInputs(role))) {
    for (const m of (input.value ?? '').matchAll(ADDRESS_ENTRY)) {
      addPerson(people, role, normalizeEmail(m[3] ?? m[4]), m[1] ?? m[2], owner);
    }
  }
}

/** The conversation's subject, when a thread is open. */
export function threadSubject(root: ParentNode): string | undefined {
  return textOf(root.querySelector(THREAD_SUBJECT), TEXT_LIMITS.subject);
}

/** The draft's body as the rep wrote it: plain lines, Gmail's quoted history left out. */
export function draftBody(compose: Element): string {
  const body = compose.querySelector(COMPOSE_BODY);
  return (body && cleanMultiline(plainText(body, QUOTED_HISTORY), TEXT_LIMITS.body)) || '';
}

/**
 * The recipients (To, then Cc, then Bcc; each address once, the mailbox owner never) and
 * the draft. An inline reply's subject falls back to the conversation's.
 */
export function extractCompose(compose: Element, owner?: string): ComposeContent {
  const people: PagePerson[] = [];
  for (const role of RECIPIENT_ROLES) readRecipients(compose, role, people, owner);
  const subjectInput = compose.querySelector<HTMLInputElement>(SUBJECT_INPUT);
  const subject =
    cleanText(subjectInput?.value, TEXT_LIMITS.subject) ??
    (isInlineCompose(compose) ? threadSubject(compose.ownerDocument) : undefined) ??
    '';
  return { people, draft: { subject, body: draftBody(compose) } };
}

/**
 * The signed-in address, read from the page: the document title ("Inbox -
 * jane@example.com - Gmail"; a subject may hold an address too, so the last one counts),
 * else the Google bar's account button.
 */
export function mailboxOwner(doc: Document): string | undefined {
  const fromTitle = emailsIn(doc.title).pop();
  if (fromTitle) return fromTitle;
  for (const button of doc.querySelectorAll(ACCOUNT_BUTTON)) {
    const email = emailsIn(button.getAttribute('aria-label')).pop();
    if (email) return email;
  }
  return undefined;
}

function isSendLabel(el: Element): boolean {
  const label = cleanText(el.getAttribute('data-tooltip') ?? el.getAttribute('aria-label'), 100);
  return !!label && /^send\b/i.test(label) && el.getAttribute('aria-haspopup') !== 'true';
}

/** The compose's Send button, or null. */
export function findSendButton(compose: Element): Element | null {
  for (const button of compose.querySelectorAll(BUTTON)) if (isSendLabel(button)) return button;
  return compose.querySelector(SEND_BUTTON_FALLBACK);
}

/**
 * The compose whose Send button `target` (a click's target) is, or is inside; null for any
 * other click. Send and archive counts: it sends too.
 */
export function composeSentBy(target: Element | null | undefined): Element | null {
  const button = target?.closest(BUTTON);
  const compose = composeOf(button);
  if (!button || !compose) return null;
  return isSendLabel(button) || findSendButton(compose) === button ? compose : null;
}

/** Whether a key press is Gmail's send shortcut (Ctrl+Enter, ⌘+Enter on a Mac). */
export function isSendShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey);
}

type KeyEventLike = Pick<KeyboardEvent, 'type' | 'key' | 'ctrlKey' | 'metaKey' | 'repeat'> & {
  target: EventTarget | null;
};

/**
 * The compose a key event sends, or null: Ctrl/⌘+Enter anywhere in a compose, Enter on its
 * focused Send button (both on press), Space on that button (on release), as Gmail's
 * buttons act and as InboxSDK's presending stream listens (2016–2026). A held key's
 * repeats are not new sends.
 */
export function composeSentByKey(event: KeyEventLike): Element | null {
  if (event.repeat) return null;
  const target = event.target instanceof Element ? event.target : null;
  if (event.type === 'keydown' && isSendShortcut(event)) return composeOf(target);
  const acts =
    event.type === 'keydown' ? event.key === 'Enter' : event.type === 'keyup' && event.key === ' ';
  return acts ? composeSentBy(target) : null;
}

/** The messages of the open conversation, outermost elements only, oldest first. */
export function threadMessageElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll(THREAD_MESSAGE)].filter(
    (el) => !el.parentElement?.closest(THREAD_MESSAGE),
  );
}

function headerPeople(message: Element): Element[] {
  return [...message.querySelectorAll(PERSON)].filter((el) => !el.closest(NOT_MESSAGE_HEADER));
}

function senderOf(message: Element): Element | undefined {
  return message.querySelector(SENDER) ?? headerPeople(message)[0];
}

function recipientsOf(message: Element): Element[] {
  const marked = [...message.querySelectorAll(RECIPIENT)];
  if (marked.length) return marked;
  const sender = senderOf(message);
  return headerPeople(message).filter((el) => el !== sender);
}

const personName = (el: Element) => el.getAttribute('name') ?? el.textContent;
const personEmail = (el: Element) => normalizeEmail(el.getAttribute('email'));

/**
 * The people of the open conversation other than the mailbox owner: senders first, the
 * latest sender first, as `from`; then everyone else on the messages as `participant`.
 */
export function extractThreadPeople(root: ParentNode, owner?: string): PagePerson[] {
  const people: PagePerson[] = [];
  const messages = threadMessageElements(root).reverse();
  for (const message of messages) {
    const sender = senderOf(message);
    if (sender) addPerson(people, 'from', personEmail(sender), personName(sender), owner);
  }
  for (const message of messages) {
    for (const el of recipientsOf(message)) {
      addPerson(people, 'participant', personEmail(el), personName(el), owner);
    }
  }
  return people;
}

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const MONTH_DAY_YEAR = /\b([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b/i;
const DAY_MONTH_YEAR = /\b(\d{1,2}) ([a-z]{3})[a-z]*\.?,? (\d{4})\b/i;
const TIME = /\b(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?: ?([ap])\.? ?m\b\.?)?/i;

/**
 * Epoch ms of a Gmail date as its tooltip shows it ("May 13, 2026, 11:02 PM", "Thu, Dec
 * 18, 2014 at 12:35 PM", "13 May 2026, 23:02"), in the browser's time zone like Gmail's
 * own display; other languages go to `Date.parse`. Undefined when unreadable.
 */
export function parseGmailDate(text: string | null | undefined): number | undefined {
  const s = cleanText(text, 200);
  if (!s) return undefined;
  const mdy = MONTH_DAY_YEAR.exec(s);
  const dmy = mdy ? null : DAY_MONTH_YEAR.exec(s);
  const match = mdy ?? dmy;
  if (match) {
    const [dayText, monthText] = mdy ? [mdy[2], mdy[1]] : [match[1], match[2]];
    const month = MONTHS.indexOf((monthText ?? '').toLowerCase()) / 3;
    const day = Number(dayText);
    const year = Number(match[3]);
    const time = TIME.exec(s.slice(match.index + match[0].length));
    let hour = Number(time?.[1] ?? 0);
    const meridiem = time?.[4]?.toLowerCase();
    if (meridiem) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
    const at = new Date(year, month, day, hour, Number(time?.[2] ?? 0), Number(time?.[3] ?? 0));
    if (Number.isInteger(month) && month >= 0) {
      return at.getDate() === day && at.getMonth() === month ? at.getTime() : undefined;
    }
  }
  // Date.parse guesses at almost anything; only a text with a year is worth asking.
  const parsed = /\d{4}/.test(s) ? Date.parse(s) : NaN;
  return Number.isFinite(parsed) ? parsed : undefined;
}

function messageDate(message: Element): number | undefined {
  for (const el of message.querySelectorAll(DATED)) {
    if (el.closest(NOT_MESSAGE_HEADER)) continue;
    const at = parseGmailDate(el.getAttribute('title'));
    if (at !== undefined) return at;
  }
  return undefined;
}

/** The addresses a message header shows it was sent to (To and Cc), each once, in order. */
function shownRecipients(message: Element): string[] {
  const addresses = recipientsOf(message).flatMap((el) => personEmail(el) ?? []);
  return [...new Set(addresses)];
}

/**
 * The open conversation's messages, for logging as touches once per Gmail message id: one
 * from someone else as inbound, one the mailbox owner sent as outbound to its recipients. A
 * message whose sender or date cannot be read is left out rather than logged with a guessed
 * date. Gmail shows a collapsed message's sender but not its recipients: a message of the
 * owner's that shows none is taken as written to the conversation's other people, as a
 * reply in it is.
 */
export function extractThreadMessages(root: ParentNode, owner?: string): ThreadMessage[] {
  const subject = threadSubject(root);
  let others: string[] | undefined;
  const messages: ThreadMessage[] = [];
  for (const message of threadMessageElements(root)) {
    const messageId = cleanText(message.getAttribute('data-message-id')?.replace(/^#/, ''), 200);
    const sender = senderOf(message);
    const fromEmail = sender && personEmail(sender);
    const at = messageDate(message);
    if (!messageId || !fromEmail || at === undefined) continue;
    if (messages.some((m) => m.messageId === messageId)) continue;
    const fromName = cleanText(personName(sender), TEXT_LIMITS.name);
    let recipients = shownRecipients(message);
    if (!recipients.length && owner && fromEmail === owner) {
      others ??= extractThreadPeople(root, owner).flatMap((p) => p.email ?? []);
      recipients = others;
    }
    messages.push({
      messageId,
      fromEmail,
      at,
      ...(fromName && fromName.toLowerCase() !== fromEmail ? { fromName } : {}),
      ...(recipients.length ? { recipients: recipients.slice(0, 100) } : {}),
      ...(subject ? { subject } : {}),
    });
  }
  return messages;
}
