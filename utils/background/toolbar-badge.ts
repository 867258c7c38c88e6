import { browser } from '#imports';
import type { RapportDatabase } from '@/storage/db';
import { COUNT_CAP, countOverdue, rollSummaries } from '@/storage/follow-ups';
import type { Settings } from '@/storage/schema';
import { countWords } from '@/utils/coach/wording';
import { timingSettings } from '@/utils/coach/cadence';

/** The manifest's own title, when nothing is overdue. */
const QUIET_TITLE = 'Rapport: capture a note';
const BADGE_COLOUR = '#b3261e';

/** The badge's words for a count: none for nothing, a number up to 99, then "99+". */
export function badgeText(overdue: number): string {
  return overdue <= 0 ? '' : countWords(overdue, COUNT_CAP);
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
  // Touches logged ahead that have come to pass change what is due: settle them first.
  await rollSummaries(db, now);
  const overdue = await countOverdue(db, now, timingSettings(settings));
  const action = browser.action ?? browser.browserAction;
  if (!action) return overdue;
  await Promise.all([
    action.setBadgeBackgroundColor({ color: BADGE_COLOUR }),
    action.setBadgeText({ text: badgeText(overdue) }),
    action.setTitle({
      title: overdue ? `${QUIET_TITLE} (${badgeText(overdue)} overdue on your list)` : QUIET_TITLE,
    }),
  ]);
  return overdue;
}
