import type { CadenceSettings } from '../../storage/schema';
import { resolveCadence } from './cadence';
import type { FollowUp } from './follow-ups';
import { countWords } from './wording';
import {
  isValidTimeZone,
  nextWorkingStart,
  systemTimeZone,
  wallTime,
  workingState,
  zonedToUtc,
  type WorkingHours,
} from '../domain/zoned-time';

/**
 * Which reminders to show, and when to look again: a morning digest at the start of the
 * rep's working hours, a notification when a promise falls due, and one shortly before a
 * call or meeting. Only the last may come outside working hours; none is shown twice (the
 * caller records the keys of what it showed). Pure: the background supplies the plan.
 */

/** A call or meeting is announced this long before it starts. */
export const MEETING_LEAD_MS = 10 * 60_000;
/** The digest still comes this long into the working day, for a browser opened late. */
export const DIGEST_WINDOW_MS = 2 * 3_600_000;
/** Promises falling due together beyond this many are told in one notification. */
const SEPARATE_AT_MOST = 3;

export interface ReminderSettings {
  cadence?: Partial<CadenceSettings>;
  /** The rep's own zone; the system's when absent. */
  timeZone?: string;
  /** Reminders are on since this moment: promises that fell due before it are not announced. */
  onSince: number;
}

/** The day at a glance, for the digest: the plan's counts (stopped at `cap`) and its first item. */
export interface DayAtAGlance {
  overdue: number;
  listed: number;
  cap: number;
  first?: FollowUp;
}

export interface ReminderNotice {
  /** What it reminds of, each at most once ever: `digest:<day>`, `promise:<note>:<due>`, `meeting:<touch>:<at>`. */
  keys: string[];
  /** The person to open the side panel on when it is clicked; none: Today. */
  personId?: string;
  title: string;
  message: string;
}

function hoursOf(settings: ReminderSettings): { zone: string; hours: WorkingHours } {
  const cadence = resolveCadence(settings.cadence);
  return {
    zone: isValidTimeZone(settings.timeZone) ? settings.timeZone : systemTimeZone(),
    hours: {
      startMinute: Math.round(cadence.workdayStartHour * 60),
      endMinute: Math.round(cadence.workdayEndHour * 60),
      workingDays: cadence.workingDays,
    },
  };
}

const promiseKey = (item: FollowUp) => `promise:${item.noteId}:${item.dueAt}`;
const meetingKey = (item: FollowUp) => `meeting:${item.touchId}:${item.dueAt}`;

/** The day's digest key, by the rep's calendar: `digest:2026-03-04`. */
function digestKey(now: number, zone: string): string {
  const w = wallTime(now, zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `digest:${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** When today's working hours began, in the rep's zone. */
function workdayStart(now: number, zone: string, hours: WorkingHours): number {
  return zonedToUtc(wallTime(now, zone), hours.startMinute, zone);
}

/**
 * The reminders to show now, given the items of the plan that may call for one (the
 * promises due in the last day, the calls and meetings ahead), the day at a glance, and the
 * keys already shown. `nameOf` gives a person's full name for a notification's title.
 */
export function remindersDue(
  plan: readonly FollowUp[],
  day: DayAtAGlance,
  now: number,
  settings: ReminderSettings,
  shown: ReadonlySet<string>,
  nameOf: (personId: string) => string | undefined,
): ReminderNotice[] {
  const { zone, hours } = hoursOf(settings);
  const notices: ReminderNotice[] = [];
  const titled = (item: FollowUp, what: string) => {
    const name = nameOf(item.personId);
    return name ? `${what}: ${name}` : what;
  };

  for (const item of plan) {
    if (item.reason !== 'meeting-soon' || item.dueAt - now > MEETING_LEAD_MS) continue;
    if (shown.has(meetingKey(item))) continue;
    notices.push({
      keys: [meetingKey(item)],
      personId: item.personId,
      title: titled(item, 'Starting soon'),
      message: item.message,
    });
  }

  if (!workingState(now, zone, hours).inHours) return notices;

  const fallenDue = plan.filter(
    (item) =>
      (item.reason === 'promise-overdue' || item.reason === 'promise-due') &&
      item.dueAt <= now &&
      item.dueAt >= settings.onSince &&
      !shown.has(promiseKey(item)),
  );
  const digest = digestKey(now, zone);
  const digestDue =
    !shown.has(digest) && day.listed > 0 && now - workdayStart(now, zone, hours) < DIGEST_WINDOW_MS;
  if (digestDue) {
    notices.push({
      // The digest tells of the promises that fell due overnight: none is told again.
      keys: [digest, ...fallenDue.map(promiseKey)],
      title: 'Rapport: your day',
      message: `${digestCounts(day)}.${day.first ? ` First: ${day.first.message}` : ''}`,
    });
    return notices;
  }

  if (fallenDue.length > SEPARATE_AT_MOST) {
    notices.push({
      keys: fallenDue.map(promiseKey),
      title: `${fallenDue.length} promises are due`,
      message: fallenDue
        .slice(0, SEPARATE_AT_MOST)
        .map((i) => i.message)
        .join(' '),
    });
  } else {
    for (const item of fallenDue) {
      notices.push({
        keys: [promiseKey(item)],
        personId: item.personId,
        title: titled(item, 'Promise due'),
        message: item.message,
      });
    }
  }
  return notices;
}

/**
 * "3 overdue and 2 due within a day". Counts stopped at the cap are "at least": when the
 * whole list reached it, what is not overdue is only "more".
 */
function digestCounts(day: DayAtAGlance): string {
  const overdue = day.overdue > 0 ? `${countWords(day.overdue, day.cap)} overdue` : '';
  if (day.listed >= day.cap) {
    if (day.overdue >= day.cap) return overdue;
    return overdue
      ? `${overdue} and more due within a day`
      : `${countWords(day.listed, day.cap)} due within a day`;
  }
  const later = day.listed - day.overdue;
  return [overdue, later > 0 ? `${later} due within a day` : ''].filter(Boolean).join(' and ');
}

/**
 * The next moment reminders need a look, besides the moments the plan itself changes (a
 * promise falling due): shortly before each call or meeting ahead (`meetingAts`), or at its
 * start when that moment has passed, and the start of the next working day (its digest, and
 * the promises that fell due outside working hours).
 */
export function nextReminderCheck(
  now: number,
  settings: ReminderSettings,
  meetingAts: readonly number[],
): number {
  const { zone, hours } = hoursOf(settings);
  let nextWorkday: number;
  if (workingState(now, zone, hours).inHours) {
    // Today's working hours end at endMinute; the next day's start comes after that.
    const end = zonedToUtc(wallTime(now, zone), hours.endMinute, zone);
    nextWorkday = nextWorkingStart(Math.max(end, now + 1), zone, hours);
  } else nextWorkday = nextWorkingStart(now, zone, hours);
  const meetings = meetingAts
    .filter((at) => at > now)
    .map((at) => (at - MEETING_LEAD_MS > now ? at - MEETING_LEAD_MS : at));
  return Math.max(now + 1, Math.min(nextWorkday, ...meetings));
}

/** Whether a call or meeting ahead is close enough to be announced now. */
export function meetingWithinLead(now: number, meetingAts: readonly number[]): boolean {
  return meetingAts.some((at) => at > now && at - MEETING_LEAD_MS <= now);
}
