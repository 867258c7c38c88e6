import { browser } from '#imports';
import type { BadgeState, ContentMessage } from '@/utils/messages';

/**
 * Sends a message to the background. Failures (the extension was updated or reloaded and
 * this page still runs the old script) are swallowed: the page must never break.
 */
export async function sendToBackground(message: ContentMessage): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

/** Asks what the badge should show; undefined when the background cannot answer. */
export async function requestBadgeState(): Promise<BadgeState | undefined> {
  const reply = (await sendToBackground({ type: 'badge-state' })) as
    Partial<BadgeState> | undefined;
  if (!reply || typeof reply.noteCount !== 'number' || typeof reply.known !== 'boolean')
    return undefined;
  return reply as BadgeState;
}
