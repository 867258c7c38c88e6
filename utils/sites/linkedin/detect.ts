import type { PageSignal } from '../../messages';
import { extractProfile } from './extract';
import { linkedinProfileSlug, linkedinView } from './urls';

/**
 * Who is in focus on LinkedIn: the person of a profile page, keyed by the slug in the
 * address; null on every other page (feed, search, company, messaging, profile sub-pages).
 * While the page is still changing after a navigation the signal carries the slug alone.
 */
export function detectLinkedIn(doc: Document, url: string): PageSignal | null {
  const slug = linkedinProfileSlug(url);
  if (linkedinView(url) !== 'profile' || !slug) return null;
  return { site: 'linkedin', view: 'profile', people: [extractProfile(doc, slug)] };
}
