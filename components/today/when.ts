import type { FollowUp, FollowUpReason } from '@/utils/coach/follow-ups';
import { fromNow, humanDuration } from '@/utils/coach/wording';

/** Each reason as a rep would name it. */
export const REASON_LABELS: Record<FollowUpReason, string> = {
  'promise-overdue': 'Promise overdue',
  'meeting-soon': 'Meeting soon',
  'reply-waiting': 'Reply waiting',
  'promise-due': 'Promise due',
  'follow-up-due': 'Follow-up due',
  'going-cold': 'Going cold',
};

/** How overdue an item is, or how soon it falls due: "2 days overdue", "in 40 minutes". */
export function whenLabel(item: FollowUp, now: number): string {
  const gap = item.dueAt - now;
  if (item.reason === 'reply-waiting')
    return gap < 0 ? `waiting ${humanDuration(gap)}` : 'just now';
  if (gap < 0) return `${humanDuration(gap)} overdue`;
  return item.reason === 'meeting-soon' ? fromNow(gap) : `due ${fromNow(gap)}`;
}
