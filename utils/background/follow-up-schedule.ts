import { browser } from '#imports';
import { database, type RapportDatabase } from '@/storage/db';
import { nextOverdueChange } from '@/storage/follow-ups';
import { SETTINGS_STORAGE_KEY, loadSettings } from '@/storage/settings';
import type { Settings } from '@/storage/schema';
import { meetingWithinLead, nextReminderCheck } from '@/utils/coach/reminders';
import { reminderSettings, registerReminderClicks, showDueReminders } from './reminders';
import { refreshToolbarBadge } from './toolbar-badge';
import { timingSettings } from '@/utils/coach/cadence';

/**
 * One alarm keeps the toolbar count and the reminders on time without the service worker
 * staying awake: it is set for the next moment anything changes (a promise or a follow-up
 * falling due, a meeting about to start, the next working day), and set again after every
 * write to the plan and every change of settings.
 */

export const FOLLOW_UP_ALARM = 'rapport-follow-ups';
/** Alarms are not guaranteed to survive a browser restart: look at least this often anyway. */
const LONGEST_WAIT_MS = 6 * 3_600_000;
/** Calls and meetings ahead looked at when choosing the next moment. */
const MEETINGS_AHEAD = 20;

/**
 * Recounts the toolbar badge, shows the reminders due (on the alarm, or whenever a meeting
 * is about to start) and sets the alarm for the next moment. Returns the overdue count.
 */
export async function syncFollowUps(
  db: RapportDatabase,
  options: { remind: boolean },
  now = Date.now(),
): Promise<number> {
  const settings = await loadSettings();
  const overdue = await refreshToolbarBadge(db, settings, now);
  await remindAndSchedule(db, settings, options, now);
  return overdue;
}

/**
 * After a write to the plan: resolves once the toolbar count shows it, which is all a rep
 * sees of it. The reminders due and the next alarm follow, not awaited, as nothing waits
 * for them; they take milliseconds, and a worker that has just handled an event is not
 * stopped for 30 s.
 */
export async function followUpsChanged(db: RapportDatabase, now = Date.now()): Promise<void> {
  const settings = await loadSettings();
  await refreshToolbarBadge(db, settings, now);
  remindAndSchedule(db, settings, { remind: false }, now).catch((error: unknown) =>
    console.warn('Rapport: reminders and the next alarm not brought up to date', error),
  );
}

/** Shows the reminders due (as `syncFollowUps` says) and sets the alarm for the next moment. */
async function remindAndSchedule(
  db: RapportDatabase,
  settings: Settings,
  options: { remind: boolean },
  now: number,
): Promise<void> {
  const meetingAts = await db.personSummaries
    .where('meetingAts')
    .above(now)
    .limit(MEETINGS_AHEAD)
    .keys();
  const ahead = (meetingAts as number[]).filter((at) => at > now);
  const reminders = reminderSettings(settings);
  if (reminders && (options.remind || meetingWithinLead(now, ahead))) {
    await showDueReminders(db, settings, now);
  }
  await scheduleNext(db, settings, ahead, now);
}

async function scheduleNext(
  db: RapportDatabase,
  settings: Settings,
  meetingAts: number[],
  now: number,
): Promise<void> {
  if (!browser.alarms) return;
  const reminders = reminderSettings(settings);
  const moments = [
    now + LONGEST_WAIT_MS,
    (await nextOverdueChange(db, now, timingSettings(settings))) ?? Infinity,
    reminders ? nextReminderCheck(now, reminders, meetingAts) : Infinity,
  ];
  await browser.alarms.create(FOLLOW_UP_ALARM, { when: Math.min(...moments) });
}

/** Wires the alarm, start-up, settings changes and reminder clicks to syncFollowUps. */
export function registerFollowUpSchedule(db: () => RapportDatabase = database): void {
  const sync = (remind: boolean) =>
    void syncFollowUps(db(), { remind }).catch((error: unknown) =>
      console.warn('Rapport: follow-ups not brought up to date', error),
    );
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM) sync(true);
  });
  browser.runtime.onStartup.addListener(() => sync(true));
  browser.runtime.onInstalled.addListener(() => sync(false));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_STORAGE_KEY in changes) sync(false);
  });
  registerReminderClicks();
}
