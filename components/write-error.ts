/**
 * What the rep reads when saving fails. A full disk (the browser's QuotaExceededError,
 * which Dexie may wrap in an AbortError of the transaction) gets its own plain message:
 * the raw one ("QuotaExceededError: Transaction aborted…") tells a rep nothing.
 */
export const STORAGE_FULL_MESSAGE =
  'the browser has no room left for Rapport on this computer. Nothing was half-saved and ' +
  'your earlier notes are safe. Free some disk space, or export a backup from the options page, then try again.';

export function writeErrorMessage(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}

function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (name === 'QuotaExceededError') return true;
  return isQuotaError(inner, depth + 1) || isQuotaError(cause, depth + 1);
}
