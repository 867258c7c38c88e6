/**
 * Every LinkedIn selector Rapport uses, each with the layout it serves and where it was
 * seen. LinkedIn hashes its class names (fully since 2024, and again in the 2026 "SDUI"
 * layout), so the hooks are headings, links to `/in/<slug>/`, `aria-label`, `data-*`,
 * `componentkey`, the hCard microformat of the 2016 public page, and LinkedIn's design-system
 * utility classes (`text-body-medium`, `text-body-small`), which survived 2022–2024.
 *
 * Layouts, as captured in tests/fixtures/captures/linkedin/ (read 2026-11) and in
 * mrbuslov/linkedin-parser-browser-extension tests/fixtures/costa-vasili-topcard.html (2026):
 *   2016  public page: `section#topcard .vcard`, `h1#name.fn`, `.headline`, `.locality`, `.org`
 *   2022  logged-in (also SingleFile-saved): `section.pv-top-card`, `h1`, `div.text-body-medium`
 *   2024  logged-out public page: `section.top-card-layout`, `h1.top-card-layout__title`
 *   2024  logged-in, hashed classes, no <head>: `section.artdeco-card` > … `a > h1`
 *   2026  SDUI: `section[componentkey$="Topcard"]`, name in `a[href*="/in/<slug>/"] h2`
 */

/**
 * The 2026 SDUI top card: `section[componentkey="com.linkedin.sdui.profile.card.ref<URN>Topcard"]`
 * (costa-vasili-topcard.html, 2026). Matched on any tag: some SDUI builds use a div.
 */
export const SDUI_TOP_CARD = '[componentkey$="Topcard"]';
/** The member id inside that `componentkey` (2026). */
export const SDUI_TOP_CARD_KEY = /ref(ACoAA[A-Za-z0-9_-]+?)Topcard$/;

/**
 * The SDUI name, tried in this order: an h2 (an h1 in some builds) inside the link to the
 * profile (2026), else the card's first heading.
 */
export const SDUI_NAME = ['a[href*="/in/"] h2', 'a[href*="/in/"] h1', 'h1', 'h2'];

/**
 * The name heading of every earlier layout: the page's one `h1` (2016 `h1#name`, 2022 and
 * 2024 logged-in `h1.text-heading-xlarge`, 2024 logged-out `h1.top-card-layout__title`); the
 * top card is the section around it.
 */
export const NAME_HEADING = 'main h1, h1';
export const CARD_AROUND_NAME = 'section';

/**
 * Links in a top card that say whose card it is: the name's own link (2024 logged-in
 * about-this-profile, 2026 SDUI) and the profile's overlays and edit forms (contact info
 * 2022–2024, about-this-profile 2024, edit intro on one's own profile 2022). Mutual
 * connections and "people also viewed" link to other `/in/` slugs and are not evidence.
 */
export const IDENTITY_LINKS = 'a[href*="/in/"][href*="/overlay/"], a[href*="/in/"][href*="/edit/"]';

/**
 * The address a server-rendered public page declares for itself: `link[rel=canonical]`
 * (2016 and 2024 logged-out public pages; `og:url` too in 2024). Logged-in pages have none.
 */
export const CANONICAL = 'link[rel="canonical"][href], meta[property="og:url"][content]';

/**
 * Dated fallback for the headline, which extract.ts reads by structure (the first text after
 * the name): `div.text-body-medium.break-words` (2022, 2024 logged-in),
 * `.top-card-layout__headline` (2024 logged-out), hCard `.headline` (2016).
 */
export const HEADLINE_CLASSES =
  '.text-body-medium.break-words, .top-card-layout__headline, .headline';

/**
 * The current company by its label: `div[aria-label="Current company"]` (2022),
 * `button[aria-label^="Current company: …"]` (2024 logged-in),
 * `[data-section="currentPositionsDetails"]` (2024 logged-out).
 */
export const COMPANY = '[aria-label^="Current company"], [data-section="currentPositionsDetails"]';

/**
 * Else the top card's first link to a company page: the 2016 public page lists current
 * companies (as `/company/<name>` links) before previous ones.
 */
export const COMPANY_LINK = 'a[href*="/company/"]';

/** Dated fallback for the company: hCard `.org` (2016). */
export const COMPANY_CLASSES = '.org';

/**
 * SDUI (2026): the company and school buttons each carry a placeholder icon
 * `svg#company-accent-4` / `svg#school-accent-4` beside the logo; the company's button is
 * the one with the company icon.
 */
export const SDUI_COMPANY_ICON = 'svg[id^="company"]';
export const SDUI_COMPANY_ITEM = '[role="button"], a, li';

/**
 * The contact-info control, which every layout since 2022 puts right after the location:
 * `a[href$="/overlay/contact-info/"]#top-card-text-details-contact-info` (2022, 2024
 * logged-in), `span[data-modal$="contact-info_modal"]` (2024 logged-out), `p > a[href="#"]`
 * "Contact info" (2026 SDUI). The location is the nearest earlier sibling with text.
 */
export const CONTACT_INFO =
  'a[href*="/overlay/contact-info"], [data-modal$="contact-info_modal"], p > a[href="#"]';

/**
 * Dated fallback for the location when no contact-info control follows it, nor a term
 * labelled "Location" (the 2016 public page's `dt`) gives it: hCard `.locality` (2016);
 * `span.text-body-small.inline.t-black--light.break-words`, the one such span in the top card
 * of every 2022 and 2024 logged-in capture (read 2026-11), for a card whose contact-info link
 * is missing (not yet rendered, or a page built in that layout's shape without one, such as
 * Rapport's demo page).
 */
export const LOCALITY_CLASSES = '.locality, .text-body-small.inline.t-black--light.break-words';

/**
 * Parts of an SDUI top card that are not the headline: links and buttons, the
 * name-pronunciation audio player (`div[role=region]` with its own dialog), hidden text.
 */
export const NOT_HEADLINE =
  'a, button, [role="button"], [role="region"], [role="dialog"], [aria-hidden="true"]';

/*
 * Messaging and connection requests. Modelled on the structures public tools read today
 * (stored public code, read 2026-11): sarahcallmesmadds/productivity_personal-email-slack-assistant
 * personal_linkedin_dm_assistant/selectors.js (thread, message groups, composer, send
 * button), oscyp/linkedhr-helper name-helper.js (`#msg-overlay`, conversation bubbles),
 * Gembani/scrap-in lib/salesnavot/helpers/css_selectors/send_message.rb (composer, send),
 * andrebradshaw/one_click_LinkedInConnect readableJS_include_message.js (the invite modal
 * and its note), and 2025–2026 automation scripts that reach the bubbles, the composer and
 * the invite dialog through `#interop-outlet`'s open shadow root. The class names in these
 * are hashed or A/B-tested away in parts of the 2026 layout, so the anchors are a form with
 * an editable box, `/in/` links, roles, ids and `data-*`; each class below is a dated
 * fallback only.
 */

/**
 * Open shadow roots LinkedIn renders messaging and dialogs into: `div#interop-outlet`
 * (`data-testid="interop-shadowdom"`), 2025–2026. Detection, the watcher and the badge look
 * inside these (and inside any open shadow root nested in them).
 */
export const SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';

/**
 * Where conversations open: the messaging overlay `aside#msg-overlay` that holds the chat
 * bubbles (2018–2024, in the 2024 captures here), the 2026 shadow roots above, and on
 * `/messaging/thread/…` the page's `main`. Fallbacks: `.msg-overlay-conversation-bubble`
 * (bubble, 2019–2025), `.msg-thread` (full-page thread, 2019–2025), `.msg-form` (the
 * message form). The feed's comment boxes are forms too, in `main`: `main` counts only on a
 * conversation's own page.
 */
export const CONVERSATION_AREAS = '#msg-overlay';
export const FULL_PAGE_AREA = 'main';
export const CONVERSATION_FALLBACK = '.msg-overlay-conversation-bubble, .msg-thread, .msg-form';

/**
 * The message box: an editable element inside a form. `div.msg-form__contenteditable
 * [contenteditable="true"][role="textbox"][aria-label="Write a message…"]` (2019–2025); a
 * `textarea` in some A/B variants and in the 2026 layout.
 */
export const MESSAGE_BOX = 'form [contenteditable="true"], form textarea';

/** A box labelled as a message box, wherever it is (any variant that keeps the label). */
export const MESSAGE_LABEL = /\bmessage\b/i;

/**
 * One message in a conversation: `div.msg-s-event-listitem[data-event-urn]` (2019–2025),
 * inside `li.msg-s-message-list__event`; with no `data-event-urn`, the list item itself.
 */
export const MESSAGE_EVENT = '[data-event-urn]';
export const MESSAGE_ITEM = 'li';

/**
 * A message's text: `p.msg-s-event-listitem__body` (2019–2025); else the item's paragraphs.
 */
export const MESSAGE_BODY = '.msg-s-event-listitem__body';

/**
 * The sender's name where their link has no text: `span.msg-s-message-group__name`
 * (2019–2025), else the avatar's `img[alt]`.
 */
export const SENDER_NAME = '.msg-s-message-group__name';

/**
 * Parts of a message item that are not the message: the group's meta (sender, time), the
 * screen-reader heading "… sent the following message at …", reactions.
 */
export const NOT_MESSAGE_TEXT =
  'a, time, h3, h4, [aria-hidden="true"], .visually-hidden, .msg-s-message-group__meta, .msg-s-event-listitem--group-a11y-heading';

/**
 * The rep's own profile, never reported: the global navigation `#global-nav` (its "Me"
 * photo `img.global-nav__me-photo[alt]` names the viewer, 2020–2025) and any `/in/` link in
 * it; the 2026 SDUI navigation, `header nav`, links the viewer's profile.
 */
export const VIEWER_LINKS = '#global-nav a[href*="/in/"], header nav a[href*="/in/"]';
export const VIEWER_PHOTO = '#global-nav img[alt], .global-nav__me-photo[alt]';

/**
 * The connection request dialog: `div.artdeco-modal.send-invite[role="dialog"]` with the
 * note in `textarea#custom-message[name="message"]` (2020–2025); in 2026 the same dialog
 * inside `#interop-outlet`'s shadow root. Any dialog with a text area is one.
 */
export const DIALOG = '[role="dialog"], [role="alertdialog"], dialog';
export const INVITE_NOTE = 'textarea';

/**
 * Send buttons: the message form's `button.msg-form__send-button[type="submit"]`
 * (2019–2025); in the invite dialog the button labelled "Send" / "Send invitation"
 * (`aria-label`, 2020–2026), never "Send without a note".
 */
export const SUBMIT_BUTTON = 'button[type="submit"]';
export const SEND_LABEL = /^send\b(?!.*without)/i;
