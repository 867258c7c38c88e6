/**
 * The one request the background makes of a content script: the text the rep has
 * selected on the page, for the "save selection" shortcut. Apart from utils/messages.ts,
 * which checks its reply with zod, because the content scripts that receive it carry no zod.
 */
export const SELECTION_REQUEST = { type: 'read-selection' } as const;

/** What a content script answers: the selected text and the page's address. */
export interface SelectionReply {
  text: string;
  url: string;
}

/** Whether a message is exactly the background's selection request. */
export function isSelectionRequest(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    Object.keys(raw).length === 1 &&
    (raw as { type?: unknown }).type === SELECTION_REQUEST.type
  );
}
