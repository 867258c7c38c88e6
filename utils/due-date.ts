import * as chrono from 'chrono-node';

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

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

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
 * is the rep's IANA zone (the system's when omitted). Returns null when the text is not
 * a date, has words left over that are not a date, or means a day already past.
 */
export function parseDueDate(text: string, now: number, timeZone?: string): DueDate | null {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const input = normalise(text);
  if (!input) return null;

  // chrono works in the process's local zone: hand it a reference whose local fields are
  // the rep's wall clock, and read the result's fields back as wall-clock fields.
  const today = wallClock(now, zone);
  const reference = new Date(today.year, today.month - 1, today.day, today.hour, today.minute);
  const results = chrono.parse(input, reference, { forwardDate: true });
  const [result] = results;
  if (!result || results.length > 1) return null;
  const leftover = input.slice(0, result.index) + input.slice(result.index + result.text.length);
  if (!FILLER.test(leftover)) return null;

  const start = result.start;
  const keepTime = start.isCertain('hour') || TIME_OF_DAY.test(result.text);
  const due: Wall = {
    year: start.get('year') ?? today.year,
    month: start.get('month') ?? today.month,
    day: start.get('day') ?? today.day,
    hour: keepTime ? (start.get('hour') ?? END_OF_DAY_HOUR) : END_OF_DAY_HOUR,
    minute: keepTime ? (start.get('minute') ?? 0) : 0,
    second: 0,
  };
  if (dayNumber(due) < dayNumber(today)) return null;
  const at = wallToEpoch(due, zone);
  return { at, label: formatDue(at, zone, now) };
}

/** "Fri 27 Nov, 17:00", with the year when it is not this year. */
export function formatDue(at: number, timeZone?: string, now = Date.now()): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
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
  const year = wallClock(at, zone).year === wallClock(now, zone).year ? '' : ` ${part('year')}`;
  return `${part('weekday')} ${part('day')} ${part('month')}${year}, ${part('hour')}:${part('minute')}`;
}

function normalise(text: string): string {
  let out = text.trim().replace(/\s+/g, ' ');
  for (const [pattern, replacement] of SHORTHAND) out = out.replace(pattern, replacement);
  return out;
}

function dayNumber(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day) / 86_400_000;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a zone. */
function wallClock(epoch: number, timeZone: string): Wall {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    wallFormats.set(timeZone, format);
  }
  const fields: Record<string, number> = {};
  for (const p of format.formatToParts(epoch)) fields[p.type] = Number(p.value);
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/**
 * The instant at which a zone's clocks show `wall`. Two passes settle the offset across a
 * daylight-saving change; a wall time inside a spring-forward gap lands an hour later.
 */
function wallToEpoch(wall: Wall, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsetAt = (epoch: number) => {
    const w = wallClock(epoch, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - epoch;
  };
  const first = asUtc - offsetAt(asUtc);
  const second = asUtc - offsetAt(first);
  return second;
}
