/**
 * Wall-clock time in an IANA zone through Intl.DateTimeFormat, which carries the
 * platform's tz database: no offsets are hard-coded, so DST and odd offsets
 * (Asia/Kolkata +5:30, Australia/Lord_Howe's half-hour DST) come out right.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY_MS = 86_400_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the platform knows this IANA time zone. */
export function isValidTimeZone(timeZone: string | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * How long the machine's zone is taken as read. Reading it builds a whole formatter (tenths
 * of a millisecond), and plans ask for it once per person; the machine's zone changes when
 * the rep travels, which a minute's delay does not matter to.
 */
const SYSTEM_ZONE_KEPT_MS = 60_000;
let systemZone: { zone: string; readAt: number } | undefined;

/** The system's own time zone (a setting of the machine, not a clock). */
export function systemTimeZone(): string {
  const now = Date.now();
  if (!systemZone || Math.abs(now - systemZone.readAt) > SYSTEM_ZONE_KEPT_MS) {
    systemZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  }
  return systemZone.zone;
}

/**
 * The zone a person's days are counted in: their own when it is known, else the rep's,
 * else this machine's.
 */
export function personTimeZone(personZone?: string, repZone?: string): string {
  if (isValidTimeZone(personZone)) return personZone;
  if (isValidTimeZone(repZone)) return repZone;
  return systemTimeZone();
}

/** The wall-clock reading of an instant in a zone. */
export function wallTime(ms: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
  };
}

function asUtc(w: Pick<WallTime, 'year' | 'month' | 'day'>, minutes: number): number {
  return Date.UTC(w.year, w.month - 1, w.day, 0, minutes);
}

function offsetAt(ms: number, timeZone: string): number {
  const w = wallTime(ms, timeZone);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallMs - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a local date and minute-of-day occurs in a zone. In a fall-back overlap
 * the first occurrence wins; a time skipped by spring-forward moves on past the gap,
 * as a wall clock would.
 */
export function zonedToUtc(
  date: Pick<WallTime, 'year' | 'month' | 'day'>,
  minuteOfDay: number,
  timeZone: string,
): number {
  const guess = asUtc(date, minuteOfDay);
  const before = guess - offsetAt(guess - DAY_MS, timeZone);
  const after = guess - offsetAt(guess + DAY_MS, timeZone);
  const valid = [before, after].filter((t) => {
    const w = wallTime(t, timeZone);
    return asUtc(w, w.hour * 60 + w.minute) === guess;
  });
  return valid.length > 0 ? Math.min(...valid) : Math.max(before, after);
}

export interface WorkingHours {
  startMinute: number;
  endMinute: number;
  workingDays: readonly number[];
}

/** Whether an instant falls on a working day, and inside working hours, in a zone. */
export function workingState(ms: number, timeZone: string, hours: WorkingHours) {
  const w = wallTime(ms, timeZone);
  const minute = w.hour * 60 + w.minute;
  const workingDay = hours.workingDays.includes(w.weekday);
  return {
    wall: w,
    workingDay,
    inHours: workingDay && minute >= hours.startMinute && minute < hours.endMinute,
  };
}

/** The instant itself when inside working hours, else the next start of a working day. */
export function nextWorkingStart(ms: number, timeZone: string, hours: WorkingHours): number {
  const state = workingState(ms, timeZone, hours);
  if (state.inHours) return ms;
  const today = state.wall;
  for (let i = 0; i <= 7; i++) {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
    if (!hours.workingDays.includes(d.getUTCDay())) continue;
    const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    const start = zonedToUtc(date, hours.startMinute, timeZone);
    if (start > ms) return start;
  }
  return ms;
}

/**
 * The instant `days` working days after `ms`, at the same wall-clock time, in a zone: the
 * days that are not working days (weekends, by default) are stepped over, so three working
 * days after a Friday 10:00 is the Wednesday at 10:00. A fraction of a day is added after.
 */
export function addWorkingDays(
  ms: number,
  days: number,
  workingDays: readonly number[],
  timeZone: string,
): number {
  const whole = Math.floor(days);
  const start = wallTime(ms, timeZone);
  let date = new Date(Date.UTC(start.year, start.month - 1, start.day));
  for (let counted = 0; counted < whole;) {
    date = new Date(date.getTime() + DAY_MS);
    if (workingDays.includes(date.getUTCDay())) counted += 1;
  }
  const day = {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
  const at = zonedToUtc(day, start.hour * 60 + start.minute, timeZone) + start.second * 1000;
  return at + (days - whole) * DAY_MS;
}

/**
 * The two quick snoozes, at the start of the rep's working day: tomorrow, and the first day
 * of next week (Monday).
 */
export function snoozeChoices(
  now: number,
  startHour: number,
  timeZone?: string,
): { tomorrow: number; nextWeek: number } {
  const zone = timeZone ?? systemTimeZone();
  const today = wallTime(now, zone);
  const day = (offset: number) => {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    return zonedToUtc(date, Math.round(startHour * 60), zone);
  };
  // Days until next Monday: 1 on a Sunday, 7 on a Monday.
  const toMonday = (8 - today.weekday) % 7 || 7;
  return { tomorrow: day(1), nextWeek: day(toMonday) };
}
