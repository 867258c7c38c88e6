import { browser, type ContentScriptContext } from '#imports';
import { isSelectionRequest, type SelectionReply } from '@/utils/selection-request';
import { MAX_URL_LENGTH, TEXT_LIMITS } from '@/utils/text-limits';

/**
 * Answers the background's "what is selected?" (its save-selection shortcut) with the
 * page's selected text and address. Only Rapport's own background is answered; anything
 * else is ignored.
 */
export function answerSelectionRequests(ctx: ContentScriptContext): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    if (!isSelectionRequest(message)) return undefined;
    const reply: SelectionReply = {
      text: (window.getSelection()?.toString() ?? '').slice(0, TEXT_LIMITS.selection),
      url: location.href.slice(0, MAX_URL_LENGTH),
    };
    return Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
