import { browser } from '#imports';
import type { RapportDatabase } from '@/storage/db';
import { countOverdue } from '@/storage/follow-ups';
import type { Settings } from '@/storage/schema';

/** The manifest's own title, when nothing is overdue. */
const QUIET_TITLE = 'Rapport: capture a note';
const BADGE_COLOUR = '#b3261e';

/** The badge's words for a count: a number up to 99, then "99+". */
export function badgeText(overdue: number): string {
  if (overdue <= 0) return '';
  return overdue > 99 ? '99+' : String(overdue);
}

/**
 * The toolbar button shows how many items of the plan are overdue, for every tab (a tab
 * given its own text for a moment, by "Save to Rapport", falls back to this afterwards).
 * Returns the count.
 */
export async function refreshToolbarBadge(
  db: RapportDatabase,
  settings: Settings,
  now = Date.now(),
): Promise<number> {
  const overdue = await countOverdue(db, now, settings.cadence);
  const action = browser.action ?? browser.browserAction;
  if (!action) return overdue;
  await Promise.all([
    action.setBadgeBackgroundColor({ color: BADGE_COLOUR }),
    action.setBadgeText({ text: badgeText(overdue) }),
    action.setTitle({
      title: overdue ? `${QUIET_TITLE} (${overdue} overdue on your list)` : QUIET_TITLE,
    }),
  ]);
  return overdue;
}
