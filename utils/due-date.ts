import * as chrono from 'chrono-node';
import { systemTimeZone, wallTime, zonedToUtc, type WallTime } from './domain/zoned-time';

/**
 * Due dates typed as words ("by Friday", "next Tuesday", "Dec 3"), read in the rep's own
 * time zone. A date the parser cannot read in full is refused (null) rather than
 * guessed: the UI then asks again. Pure: no browser API, so the popup, the side panel and
 * tests share it.
 */

export interface DueDate {
  /** Epoch milliseconds. */
  at: number;
  /** The date it means, to show back to the rep: "Fri 27 Nov, 17:00". */
  label: string;
}

/** A due date without a time means the end of that working day. */
export const END_OF_DAY_HOUR = 17;

/**
 * Rep shorthand chrono does not know, rewritten to words it does. Kept tiny on purpose:
 * every entry is a phrase reps write in promises ("I'll send it EOW").
 */
const SHORTHAND: [RegExp, string][] = [
  [/\b(eod|cob|end of (the )?day|close of business)\b/gi, 'today'],
  [/\b(eow|end of (the )?(work ?)?week)\b/gi, 'Friday'],
  [/\b(eom|end of (the )?month)\b/gi, 'end of month'],
];

/** Words around a date that add nothing ("by Friday", "due on 3 Dec"). */
const FILLER = /^(?:\s|[,.;:!]|\b(?:by|before|on|due|until|till|at|the|latest|no later than)\b)*$/i;

/** Times of day chrono implies without a clock time ("tomorrow morning"); kept as read. */
const TIME_OF_DAY = /\b(morning|afternoon|evening|tonight|noon|midday|midnight)\b/i;

/**
 * Reads a due date typed as words. `now` anchors relative dates ("tomorrow"); `timeZone`
 * is the rep's IANA zone (the system's when omitted); a date without a time means
 * `untimedHour` that day (the end of the working day for a promise). Returns null when the
 * text is not a date, has words left over that are not a date, or means a day already past.
 */
export function parseDueDate(
  text: string,
  now: number,
  timeZone?: string,
  untimedHour: number = END_OF_DAY_HOUR,
): DueDate | null {
  const zone = timeZone ?? systemTimeZone();
  const input = normalise(text);
  if (!input) return null;

  // chrono works in the process's local zone: hand it a reference whose local fields are
  // the rep's wall clock, and read the result's fields back as wall-clock fields.
  const today = wallTime(now, zone);
  const reference = new Date(today.year, today.month - 1, today.day, today.hour, today.minute);
  const results = chrono.parse(input, reference, { forwardDate: true });
  const [result] = results;
  if (!result || results.length > 1) return null;
  const leftover = input.slice(0, result.index) + input.slice(result.index + result.text.length);
  if (!FILLER.test(leftover)) return null;

  const start = result.start;
  const keepTime = start.isCertain('hour') || TIME_OF_DAY.test(result.text);
  const due = {
    year: start.get('year') ?? today.year,
    month: start.get('month') ?? today.month,
    day: start.get('day') ?? today.day,
  };
  if (dayNumber(due) < dayNumber(today)) return null;
  const hour = keepTime ? (start.get('hour') ?? untimedHour) : untimedHour;
  const minute = keepTime ? (start.get('minute') ?? 0) : 0;
  const at = zonedToUtc(due, hour * 60 + minute, zone);
  return { at, label: formatDue(at, zone, now) };
}

/** "Fri 27 Nov, 17:00", with the year when it is not this year. */
export function formatDue(at: number, timeZone?: string, now = Date.now()): string {
  const zone = timeZone ?? systemTimeZone();
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const year = wallTime(at, zone).year === wallTime(now, zone).year ? '' : ` ${part('year')}`;
  return `${part('weekday')} ${part('day')} ${part('month')}${year}, ${part('hour')}:${part('minute')}`;
}

function normalise(text: string): string {
  let out = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, replacement] of SHORTHAND) out = out.replace(pattern, replacement);
  return out;
}

function dayNumber(w: Pick<WallTime, 'year' | 'month' | 'day'>): number {
  return Date.UTC(w.year, w.month - 1, w.day) / 86_400_000;
}
