import type { Note } from '../../../storage/schema';
import type { Draft } from '../draft';
import type { NoteAnalysis } from '../notes';
import type { ChecklistId, ChecklistItem, ChecklistStatus, DraftInput } from '../types';

/** Everything a checklist rule reads: the raw input and the analyses made once per call. */
export interface RuleContext {
  input: DraftInput;
  draft: Draft;
  notes: Array<{ note: Note; analysis: NoteAnalysis }>;
}

export type Rule = (ctx: RuleContext) => ChecklistItem;

/** Builds an item, leaving evidence out when there is none. */
export function item(
  id: ChecklistId,
  status: ChecklistStatus,
  hint: string,
  evidence?: string,
): ChecklistItem {
  return evidence ? { id, status, evidence, hint } : { id, status, hint };
}

/** Quotes words for evidence. */
export function quote(text: string): string {
  return `“${text}”`;
}
