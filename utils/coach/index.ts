export { evaluateDraft } from './checklist';
export { followUpDueAt, followUpGapDays, resolveCadence } from './follow-up-gap';
export { judgeTiming, TIMING_SEVERITY } from './timing';
export {
  CHECKLIST_IDS,
  TIMING_CODES,
  type ChecklistId,
  type ChecklistItem,
  type ChecklistStatus,
  type DraftInput,
  type TimingCode,
  type TimingInput,
  type TimingLevel,
  type TimingReason,
  type TimingSettings,
  type TimingVerdict,
} from './types';
