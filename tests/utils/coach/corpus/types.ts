import type { Note, Person, Touch } from '../../../../storage/schema';
import type { ChecklistId, ChecklistStatus } from '../../../../utils/coach';

/** A label and why: "fail: asks when the contract ends; the note says it renews in June". */
export type Label = `${ChecklistStatus}: ${string}`;

/**
 * One draft as a rep would write it, with the context the coach sees and a human
 * judgment on every checklist item, each with its reason.
 */
export interface CorpusDraft {
  name: string;
  /** Which way of dodging keyword rules (or of passing them honestly) this draft shows. */
  family: Family;
  subject: string;
  body: string;
  notes?: Note[];
  person?: Person;
  touches?: Touch[];
  labels: Record<ChecklistId, Label>;
}

export type Family =
  | 'rehash-paraphrase'
  | 'new-question-near-topic'
  | 'disguised-bump'
  | 'one-off-habit'
  | 'vague-money-or-time'
  | 'big-or-small-step'
  | 'everyday'
  | 'promise-and-permission'
  | 'other-language';

export function statusOf(label: Label): ChecklistStatus {
  return label.slice(0, label.indexOf(':')) as ChecklistStatus;
}

export function reasonOf(label: Label): string {
  return label.slice(label.indexOf(':') + 1).trim();
}
