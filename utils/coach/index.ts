export { evaluateDraft } from './checklist';
export { followUpDueAt, followUpGapDays } from '../domain/conversation';
export { resolveCadence } from './cadence';
export {
  compareFollowUps,
  FOLLOW_UP_REASONS,
  isOverdue,
  planFollowUps,
  PLAN_HORIZON_MS,
  type FollowUp,
  type FollowUpInput,
  type FollowUpPerson,
  type FollowUpReason,
  type FollowUpSnooze,
} from './follow-ups';
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
