import { browser } from '#imports';
import {
  failedReplySchema,
  PAGE_REPLIES,
  type PageReply,
  type PageRequest,
  type PageRequestType,
} from '@/utils/messages';

/**
 * Asks the background to do what it alone owns (the side panel, the context menu, the
 * toolbar badge), and returns its reply once it parses. Throws with the background's own
 * words when it could not, and when no reply of the right shape came.
 */
export async function askBackground<T extends PageRequestType>(
  request: Extract<PageRequest, { type: T }>,
): Promise<PageReply<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const reply = PAGE_REPLIES[request.type].safeParse(raw);
  if (reply.success) return reply.data as PageReply<T>;
  const failed = failedReplySchema.safeParse(raw);
  throw new Error(failed.success ? failed.data.error : `No answer from Rapport to ${request.type}`);
}
