import { memberIdsIn } from '../../domain/linkedin-identity';
import type { PagePerson } from '../../messages';
import { TEXT_LIMITS } from '../../text-limits';
import { cleanText, textOf } from '../text';
import {
  CANONICAL,
  CARD_AROUND_NAME,
  COMPANY,
  COMPANY_CLASSES,
  COMPANY_LINK,
  CONTACT_INFO,
  HEADLINE_CLASSES,
  IDENTITY_LINKS,
  LOCALITY_CLASSES,
  NAME_HEADING,
  NOT_HEADLINE,
  SDUI_COMPANY_ICON,
  SDUI_COMPANY_ITEM,
  SDUI_NAME,
  SDUI_TOP_CARD,
  SDUI_TOP_CARD_KEY,
} from './selectors';
import { linkedinProfileSlug } from './urls';

/** Pure reads of a LinkedIn profile page's top card. */

export interface TopCard {
  card: Element;
  name: Element;
  sdui: boolean;
}

/** The profile's top card and its name heading, in whichever layout the page uses. */
export function findTopCard(root: ParentNode): TopCard | undefined {
  const sduiCard = root.querySelector(SDUI_TOP_CARD);
  let sduiName: Element | null | undefined;
  for (const selector of SDUI_NAME) sduiName ??= sduiCard?.querySelector(selector);
  if (sduiCard && sduiName) return { card: sduiCard, name: sduiName, sdui: true };
  const name = root.querySelector(NAME_HEADING);
  const card = name?.closest(CARD_AROUND_NAME);
  return name && card ? { card, name, sdui: false } : undefined;
}

/** The profile slug an address names, resolved against LinkedIn when relative. */
export function slugOfAddress(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return linkedinProfileSlug(new URL(href, 'https://www.linkedin.com/').href);
  } catch {
    return undefined;
  }
}

/** The slugs the top card's own links (name link, overlays, edit forms) point at. */
export function identitySlugs({ card, name }: TopCard): Set<string> {
  const links = [...card.querySelectorAll(IDENTITY_LINKS)];
  const nameLink = name.closest('a[href]');
  if (nameLink) links.push(nameLink);
  const slugs = new Set<string>();
  for (const link of links) {
    const slug = slugOfAddress(link.getAttribute('href'));
    if (slug) slugs.add(slug);
  }
  return slugs;
}

const titleName = (title: string) =>
  (cleanText(title, 500) ?? '').replace(/^\(\d+\+?\)\s*/, '').toLowerCase();

/**
 * Whether the top card provably shows the person at `slug`. LinkedIn changes the address
 * before it re-renders, so right after moving from one profile to another the page still
 * shows the previous card. Rule:
 * - When the card links to a profile (its name link, contact info, about-this-profile,
 *   edit intro: every logged-in layout since 2022 has one), all those links must point at
 *   `slug`.
 * - A card with no such link is a server-rendered public page (2016, 2024 logged-out), a
 *   full page load rather than a leftover; it counts when the page's canonical address
 *   names `slug`, or, with no canonical address, when the document title starts with the
 *   name the card shows (so a leftover heading of another page, the feed's, never passes).
 */
export function cardBelongsTo(doc: Document, top: TopCard, slug: string): boolean {
  const slugs = identitySlugs(top);
  if (slugs.size > 0) return slugs.size === 1 && slugs.has(slug);
  const canonical = doc.querySelector(CANONICAL);
  const address = canonical?.getAttribute('href') ?? canonical?.getAttribute('content');
  if (address) return slugOfAddress(address) === slug;
  const name = textOf(top.name, TEXT_LIMITS.name)?.toLowerCase();
  return !!name && titleName(doc.title).startsWith(name);
}

/** The top card's name heading when the card belongs to `slug`, else null (badge placement). */
export function profileNameElement(doc: Document, slug: string): Element | null {
  const top = findTopCard(doc);
  return top && cardBelongsTo(doc, top, slug) ? top.name : null;
}

function firstText(card: Element, selector: string, max: number): string | undefined {
  for (const el of card.querySelectorAll(selector)) {
    const text = textOf(el, max);
    if (text) return text;
  }
  return undefined;
}

const SEPARATOR = /^[·•|,\-–—\s]*$/;
// The connection degree beside the name: "· 2nd" (2026), "3rd degree connection" (2022–2024).
const DEGREE = /^(?:[·•].*|(?:1st|2nd|3rd\+?)(?: degree connection)?)$/i;
// Pronouns as LinkedIn shows them beside the name: "(She/Her)", or bare "they/them".
const PRONOUNS = /^(?:\([^()]{1,30}\)|(?:she|he|they|ze|xe)(?:\/\p{L}{1,6}){1,2})$/iu;
const NOT_READ = 'script, style, template, noscript, code';

const hasOwnText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && !!n.textContent?.trim());

/**
 * The headline, by structure alone (every layout since 2016, whatever its class names): the
 * first text after the name that is not the name again, the connection degree, pronouns, a
 * control or hidden text, and that comes before the location's row (the row that holds the
 * contact-info control).
 */
function headlineAfterName({ card, name }: TopCard, nameText: string | undefined) {
  const locationRow = card.querySelector(CONTACT_INFO)?.closest('p, span')?.parentElement;
  for (const el of card.querySelectorAll('*')) {
    if (!(name.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (name.contains(el) || !hasOwnText(el) || el.closest(NOT_READ)) continue;
    if (locationRow?.contains(el)) return undefined;
    const control = el.closest(NOT_HEADLINE);
    if (control && card.contains(control)) continue;
    const text = textOf(el, TEXT_LIMITS.headline);
    if (!text || SEPARATOR.test(text) || DEGREE.test(text) || PRONOUNS.test(text)) continue;
    if (text !== nameText) return text;
  }
  return undefined;
}

function sduiCompany(card: Element): string | undefined {
  const item = card.querySelector(SDUI_COMPANY_ICON)?.closest(SDUI_COMPANY_ITEM);
  return item && card.contains(item) ? textOf(item, TEXT_LIMITS.company) : undefined;
}

/** The cell a term or row header labelled `label` gives ("Location", 2016 public page). */
function labelledValue(card: Element, label: string, max: number): string | undefined {
  for (const term of card.querySelectorAll('dt, th')) {
    if (textOf(term, 100)?.toLowerCase() !== label) continue;
    const value = term.nextElementSibling;
    const text = value ? textOf(value, max) : undefined;
    if (text) return text;
  }
  return undefined;
}

/** The nearest earlier sibling with text before the contact-info control. */
function locationBeforeContactInfo(card: Element): string | undefined {
  const control = card.querySelector(CONTACT_INFO);
  if (!control) return undefined;
  const wrapper = control.closest('span, p') ?? control;
  for (let el = wrapper.previousElementSibling; el; el = el.previousElementSibling) {
    const text = textOf(el, TEXT_LIMITS.location);
    if (text && !SEPARATOR.test(text)) return text;
  }
  return undefined;
}

/**
 * The member id of the profile at `slug`, from the page's own markup: the profile's links
 * to itself carry it (`/in/<slug>/details/…?profileUrn=urn:li:fsd_profile:ACoAA…`,
 * `/in/<slug>/overlay/urn:li:fsd_skill:(ACoAA…,3)/…`, 2022–2024), and the 2026 top card
 * names it in its `componentkey` and its Message link. Only when every such place names
 * one and the same id; links to other people (mutual connections, "people also viewed")
 * do not count, nor a top card left over from the previous profile.
 */
export function profileMemberId(doc: Document, slug: string): string | undefined {
  const ids = new Set<string>();
  for (const link of doc.querySelectorAll('a[href*="ACoAA"]')) {
    const href = link.getAttribute('href') ?? '';
    if (slugOfAddress(href) === slug) for (const id of memberIdsIn(decodeSafely(href))) ids.add(id);
  }
  const top = findTopCard(doc);
  if (top && cardBelongsTo(doc, top, slug)) {
    const key = SDUI_TOP_CARD_KEY.exec(top.card.getAttribute('componentkey') ?? '')?.[1];
    if (key) ids.add(key);
    for (const link of top.card.querySelectorAll('a[href*="ACoAA"]')) {
      const href = decodeSafely(link.getAttribute('href') ?? '');
      if (href.includes('/messaging/')) for (const id of memberIdsIn(href)) ids.add(id);
    }
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

function decodeSafely(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

/**
 * The person at `slug` as the profile page shows them. The slug always comes from the
 * address; name, headline, company and location only from a top card that provably
 * belongs to that slug (see `cardBelongsTo`), each left out where the page does not show it.
 */
export function extractProfile(doc: Document, slug: string): PagePerson {
  const memberId = profileMemberId(doc, slug);
  const person: PagePerson = {
    role: 'profile',
    linkedinSlug: slug,
    ...(memberId ? { linkedinMemberId: memberId } : {}),
  };
  const top = findTopCard(doc);
  if (!top || !cardBelongsTo(doc, top, slug)) return person;
  const { card } = top;
  const name = textOf(top.name, TEXT_LIMITS.name);
  // Structure first (what follows the name, aria-* and data-* labels, links, the row before
  // the contact-info control), whatever the class names; the class hooks of earlier layouts
  // only where structure finds nothing. SDUI has no such hooks.
  const headline =
    headlineAfterName(top, name) ??
    (top.sdui ? undefined : firstText(card, HEADLINE_CLASSES, TEXT_LIMITS.headline));
  const company = top.sdui
    ? sduiCompany(card)
    : (firstText(card, COMPANY, TEXT_LIMITS.company) ??
      firstText(card, COMPANY_LINK, TEXT_LIMITS.company) ??
      firstText(card, COMPANY_CLASSES, TEXT_LIMITS.company));
  const location =
    locationBeforeContactInfo(card) ??
    (top.sdui
      ? undefined
      : (labelledValue(card, 'location', TEXT_LIMITS.location) ??
        firstText(card, LOCALITY_CLASSES, TEXT_LIMITS.location)));
  return {
    ...person,
    ...(name ? { name } : {}),
    ...(headline ? { headline } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
  };
}
