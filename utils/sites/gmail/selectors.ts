/**
 * Every Gmail selector Rapport uses, each with the layout it serves and where it was seen.
 * Stable hooks first (roles, `name`, `email`, `data-*`, `aria-*`); Gmail's class names are
 * obfuscated and change, so a class appears only as a fallback behind a stable hook.
 *
 * Sources: InboxSDK/InboxSDK, src/platform-implementation-js/dom-driver/gmail/ (read
 * 2026-11: gmail-compose-view.ts, gmail-compose-view/page-parser.ts, gmail-element-getter.ts,
 * gmail-message-view-reply-element.test.ts); Gmail's long-standing compose landmarks
 * (checked 2026-11), named below where each is used; the thread capture
 * tests/fixtures/captures/gmail/2026-thread-reduced.html (2026) and the inbox capture
 * 2014-12-inbox-list.html.
 */

/**
 * A compose's message body. Gmail's compose landmark that has held for years (checked
 * 2026-11): a contenteditable textbox labelled "Message Body". InboxSDK (2023–2026) finds it
 * as `.Ap [g_editable=true]`; the `g_editable` attribute is kept as a second hook, without
 * the class.
 */
export const COMPOSE_BODY = 'div[contenteditable="true"][role="textbox"], [g_editable="true"]';

/**
 * What makes an editable region a Gmail compose rather than another editor on the page:
 * every compose kind (dialog, pop-out, inline reply, forward) carries the subject input,
 * hidden for inline replies, and a To field (InboxSDK page-parser.ts, 2021-10 recipients
 * update onwards); both are long-standing Gmail landmarks.
 */
export const COMPOSE_MARKER = 'input[name="subjectbox"], [name="to"]';

/**
 * The element that holds one whole compose, tried in this order from the body outwards:
 * a new message, a fullscreen compose and a minimised "mole" are each a `[role=dialog]`
 * (InboxSDK setup-compose-view-driver-stream.ts, 2023–2026); an inline reply or forward
 * in a thread is the `.M9` element inside the message's `.adB` reply container (InboxSDK
 * gmail-message-view-reply-element.test.ts, 2025); in every kind the recipients, body and
 * buttons sit in a `div[role=region]` (InboxSDK page-parser.ts, regular and inline paths),
 * which is all a popped-out window (`?view=cm`, compose directly under `[role=main]`) has.
 */
export const COMPOSE_DIALOG = '[role="dialog"]';
export const COMPOSE_INLINE = '.M9';
export const COMPOSE_REGION = '[role="region"]';

/** The subject input of every compose kind, long-standing (InboxSDK getSubjectInput, 2014–2026). */
export const SUBJECT_INPUT = 'input[name="subjectbox"]';

/**
 * Recipient chips since the October 2021 compose update: `div[name=to|cc|bcc]` rows holding
 * `[role=option][data-name][data-hovercard-id]` chips (InboxSDK page-parser.ts
 * getRecipientChips). Chips that carry the address in an `email` attribute (a long-standing
 * Gmail landmark) are read the same way.
 */
export const recipientChips = (role: 'to' | 'cc' | 'bcc') =>
  `[name="${role}"] [data-hovercard-id], [name="${role}"] [email]`;

/**
 * Recipients before the 2021 update: each chip holds `input[type=hidden][name=to]` whose
 * value is `Name <address>` (InboxSDK get-address-information-extractor.ts); the visible
 * `textarea[name=to]` / `input[name=to]` holds what is typed but not yet a chip.
 */
export const recipientInputs = (role: 'to' | 'cc' | 'bcc') =>
  `input[name="${role}"], textarea[name="${role}"]`;

/**
 * Gmail's quoted history in a reply or forward (`div.gmail_quote`, Gmail's outgoing HTML
 * since 2012, seen in the 2026 thread capture): not what the rep wrote, so not draft text.
 */
export const QUOTED_HISTORY = '.gmail_quote';

/**
 * The send button, a long-standing Gmail landmark: a `div[role=button]` whose tooltip
 * (`data-tooltip`, "Send ‪(Ctrl-Enter)‬") or `aria-label` starts with "Send"; matched
 * by label in `isSendLabel`. For other interface languages, InboxSDK getSendButton's
 * structural selector (2019–2026), the schedule-send menu (`aria-haspopup`) and
 * Send-and-archive (`.Uo`) excluded.
 */
export const BUTTON = '[role="button"]';
export const SEND_BUTTON_FALLBACK =
  '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])';

/**
 * One message of an opened conversation: `div.adn[data-message-id="#msg-f:…"]` (2026
 * thread capture; InboxSDK gmail-message-view.ts reads the same attribute).
 */
export const THREAD_MESSAGE = '[data-message-id]';

/**
 * Parts of a message that are not its header: the body (`div.ii.gt > div.a3s`, 2026
 * thread capture; InboxSDK message view 2016–2026), where addresses belong to the email's
 * content, and an inline reply or forward (`.M9`, its recipients in a `form`).
 */
export const NOT_MESSAGE_HEADER = '.ii, .a3s, .M9, form';

/**
 * People in a message header carry their address in `email` (and `data-hovercard-id`);
 * the sender is `span.gD`, recipients `span.g2` (2026 thread capture; unchanged since the
 * 2014 capture's `span[email][name]`). Classes only order sender before recipients; when
 * they are gone, the first person in the header is the sender.
 */
export const PERSON = '[email]';
export const SENDER = '.gD[email]';
export const RECIPIENT = '.g2[email]';

/** A message's date: `span.g3[title="May 13, 2026, 11:02 PM"]` (2026 thread capture); any
 * header element with a date in its `title` serves. */
export const DATED = '[title]';

/**
 * The conversation's subject: `h2.hP[data-legacy-thread-id]` (2026 thread capture;
 * InboxSDK gmail-thread-view.ts reads `data-legacy-thread-id` from it since 2018).
 */
export const THREAD_SUBJECT = 'h2[data-legacy-thread-id], h2[data-thread-perm-id], h2.hP';

/**
 * The signed-in account button of Google's bar: `a[aria-label="Google Account: Jane Doe
 * (jane@example.com)"]` pointing at accounts.google.com (Google bar, 2019–2026). The
 * document title "Inbox - jane@example.com - Gmail" is read first (2014 and 2026 captures).
 */
export const ACCOUNT_BUTTON = 'a[href*="accounts.google.com"][aria-label*="@"]';
