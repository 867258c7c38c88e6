import type { CadenceSettings, Note, Person, Touch } from '../../storage/schema';

/** The checklist's items, in the order the panel shows them. */
export const CHECKLIST_IDS = [
  'offers-value',
  'call-to-action',
  'specific-proposal',
  'small-first-step',
  'customer-centred',
  'no-rehash',
  'remembers',
  'one-off-not-pattern',
  'permission',
  'keeps-promise',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export type ChecklistStatus = 'pass' | 'warn' | 'fail' | 'na';

export interface ChecklistItem {
  id: ChecklistId;
  status: ChecklistStatus;
  /** The words in the draft or the note that decided the status. */
  evidence?: string;
  /** What to do about it, one sentence. */
  hint: string;
}

export interface DraftInput {
  subject: string;
  body: string;
  person?: Person;
  notes: Note[];
  touches: Touch[];
  now: number;
}

export const TIMING_CODES = [
  'declined',
  'too-many-unanswered',
  'too-soon',
  'outside-hours',
  'weekend',
  'going-cold',
  'promise-overdue',
] as const;
export type TimingCode = (typeof TIMING_CODES)[number];

export type TimingLevel = 'ok' | 'wait' | 'stop';

export interface TimingReason {
  code: TimingCode;
  message: string;
}

export interface TimingVerdict {
  level: TimingLevel;
  reasons: TimingReason[];
  /** Epoch ms of the earliest good moment to send; set only when the level is `wait`. */
  suggestedAt?: number;
}

/**
 * Cadence settings plus the rep's own time zone, which lives beside the cadence in the
 * stored settings (`Settings.timeZone`) rather than inside it.
 */
export type TimingSettings = Partial<CadenceSettings> & { timeZone?: string };

export interface TimingInput {
  touches: Touch[];
  now: number;
  person?: Person;
  notes?: Note[];
  settings?: TimingSettings;
}
