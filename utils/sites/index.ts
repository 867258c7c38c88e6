import type { PageSignal } from '../messages';
import { detectGmail } from './gmail/detect';
import { isGmailUrl } from './gmail/urls';
import { detectLinkedIn } from './linkedin/detect';
import { isLinkedInUrl } from './linkedin/urls';

/**
 * Who is on screen: the people in focus on a Gmail or LinkedIn page, the view, and the
 * draft being written; null where no person is in focus. Pure: reads only `doc` and `url`.
 */
export function detectPage(doc: Document, url: string): PageSignal | null {
  if (isGmailUrl(url)) return detectGmail(doc, url);
  if (isLinkedInUrl(url)) return detectLinkedIn(doc, url);
  return null;
}
