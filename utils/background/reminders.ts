import { browser } from '#imports';
import type { RapportDatabase } from '@/storage/db';
import { COUNT_CAP, countPlan, planInputOf, planStart, readSnoozed } from '@/storage/follow-ups';
import type { PersonSummary } from '@/storage/person-summary';
import { requestPanel } from '@/storage/panel-request';
import { claimReminders } from '@/storage/reminders';
import type { Settings } from '@/storage/schema';
import { timingSettings } from '@/utils/coach/cadence';
import { planFollowUps } from '@/utils/coach/follow-ups';
import { MEETING_LEAD_MS, remindersDue, type ReminderSettings } from '@/utils/coach/reminders';
import { openSidePanelInWindow } from './side-panel';

/**
 * Reminders as browser notifications. A notification's id carries what a click needs,
 * because the service worker keeps nothing in memory and a click must open the side panel
 * at once (an await before `sidePanel.open` would lose the click's user gesture).
 */

const ID_PREFIX = 'rapport';
const SEPARATOR = '|';

/** What a click on a notification opens: the panel in this window, on this person. */
interface NoticeTarget {
  personId?: string;
  windowId?: number;
}

export function notificationId(target: NoticeTarget, key: string): string {
  return [ID_PREFIX, target.personId ?? '', target.windowId ?? '', key].join(SEPARATOR);
}

export function targetOf(id: string): NoticeTarget | undefined {
  const [prefix, personId, windowId] = id.split(SEPARATOR);
  if (prefix !== ID_PREFIX) return undefined;
  const window = Number(windowId);
  return {
    ...(personId ? { personId } : {}),
    ...(windowId && Number.isInteger(window) ? { windowId: window } : {}),
  };
}

export function reminderSettings(settings: Settings): ReminderSettings | undefined {
  if (settings.remindersOnSince === undefined) return undefined;
  return {
    cadence: settings.cadence,
    ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
    onSince: settings.remindersOnSince,
  };
}

/** Promises that fell due longer ago than this are left to the digest and to Today. */
const FALLEN_DUE_WINDOW_MS = 86_400_000;

/** Shows the reminders due now, each at most once ever. Returns how many were shown. */
export async function showDueReminders(
  db: RapportDatabase,
  settings: Settings,
  now = Date.now(),
): Promise<number> {
  const reminders = reminderSettings(settings);
  if (!reminders || !browser.notifications) return 0;
  // The people whose promises fell due lately or whose call or meeting is about to start:
  // the only items a reminder can be about, besides the digest.
  const timing = timingSettings(settings);
  const from = Math.max(reminders.onSince, now - FALLEN_DUE_WINDOW_MS);
  const snoozed = readSnoozed(db, now);
  const [promised, meeting, { snoozes }, counts, start] = await Promise.all([
    // Promise keys are [due moment, note id]: from `[from]` to after every key due at `now`.
    db.personSummaries.where('promiseDueAts').between([from], [now, []], true, true).primaryKeys(),
    db.personSummaries
      .where('meetingAts')
      .between(now, now + MEETING_LEAD_MS, false, true)
      .primaryKeys(),
    snoozed,
    countPlan(db, now, timing, COUNT_CAP, snoozed),
    planStart(db, now, 1, timing, snoozed),
  ]);
  const summaries = (
    await db.personSummaries.bulkGet([...new Set([...promised, ...meeting])])
  ).filter((s): s is PersonSummary => s !== undefined);
  const plan = planFollowUps({
    ...planInputOf(summaries, snoozes),
    now,
    settings: timing,
  });
  const names = new Map([...summaries, ...start.summaries].map((s) => [s.personId, s.name]));
  const nameOf = (id: string) => names.get(id);
  const day = { ...counts, cap: COUNT_CAP, ...(start.items[0] ? { first: start.items[0] } : {}) };
  const candidates = remindersDue(plan, day, now, reminders, new Set(), nameOf);
  const keys = candidates.flatMap((n) => n.keys);
  const shown = new Set((await db.reminders.bulkGet(keys)).flatMap((r) => (r ? [r.key] : [])));
  const notices = remindersDue(plan, day, now, reminders, shown, nameOf);
  const claimed = new Set(
    (
      await claimReminders(
        db,
        notices.flatMap((n) =>
          n.keys.map((key) => ({ key, ...(n.personId ? { personId: n.personId } : {}) })),
        ),
        now,
      )
    ).map((r) => r.key),
  );
  const windowId = await lastFocusedWindow();
  let count = 0;
  for (const notice of notices) {
    // Claimed meanwhile by another wake-up of the worker: that one shows it.
    if (!notice.keys.every((key) => claimed.has(key))) continue;
    await browser.notifications.create(
      notificationId({ personId: notice.personId, windowId }, notice.keys[0] ?? ''),
      {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
        priority: notice.keys.some((k) => k.startsWith('meeting:')) ? 2 : 0,
      },
    );
    count += 1;
  }
  return count;
}

async function lastFocusedWindow(): Promise<number | undefined> {
  try {
    return (await browser.windows?.getLastFocused())?.id;
  } catch {
    return undefined;
  }
}

/**
 * A click on a reminder opens the side panel in its window, on its person (or on Today).
 * Chrome dispatches `notifications.onClicked` with a user gesture, which `sidePanel.open`
 * needs; the panel reads which person from the session request written alongside.
 */
export function registerReminderClicks(): void {
  browser.notifications?.onClicked.addListener((id) => {
    const target = targetOf(id);
    if (!target) return;
    void requestPanel({
      ...(target.personId ? { personId: target.personId } : {}),
      at: Date.now(),
    });
    openSidePanelInWindow(target.windowId).catch((error: unknown) =>
      console.warn('Rapport: the side panel did not open from a reminder', error),
    );
    void browser.notifications.clear(id);
  });
}
