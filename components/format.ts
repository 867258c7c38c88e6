/**
 * Dates and times as the rep reads them, in the rep's locale. Every formatter is total: a
 * date the browser cannot show (a damaged record, an unknown time zone) reads "unknown
 * date" rather than throwing and taking the rest of the screen with it.
 */

const DAY = 86_400_000;

export const UNKNOWN_DATE = 'unknown date';

/** `format(at)`, or "unknown date" when `at` is no date the browser can show. */
function formatOrUnknown(at: unknown, format: (at: number) => string): string {
  if (typeof at !== 'number' || !Number.isFinite(at)) return UNKNOWN_DATE;
  try {
    return format(at);
  } catch {
    return UNKNOWN_DATE;
  }
}

/**
 * Formatters by their options, made once: building one costs far more than using it, and a
 * list formats the same few shapes of date for every row.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(fields: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(fields);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, fields);
    dateFormats.set(key, format);
  }
  return format;
}

let relativeFormat: Intl.RelativeTimeFormat | undefined;

/** `at` in the rep's locale with these fields, or "unknown date". */
function formatWith(at: number, fields: Intl.DateTimeFormatOptions): string {
  return formatOrUnknown(at, (ms) => dateFormat(fields).format(ms));
}

export function formatDateTime(at: number, timeZone?: string): string {
  const time = { hour: '2-digit', minute: '2-digit' } as const;
  const zone = timeZone ? { timeZone } : {};
  return formatWith(at, { weekday: 'short', day: 'numeric', month: 'short', ...time, ...zone });
}

export function formatDate(at: number): string {
  return formatWith(at, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}

/** "in 3 days", "2 hours ago": how far `at` is from `now`, roughly. */
export function formatRelative(at: number, now: number): string {
  // Relative to a date the browser could not show, no distance means anything.
  if (formatDate(at) === UNKNOWN_DATE || formatDate(now) === UNKNOWN_DATE) return UNKNOWN_DATE;
  relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const rtf = relativeFormat;
  const diff = at - now;
  const abs = Math.abs(diff);
  if (abs < 3_600_000) return rtf.format(Math.round(diff / 60_000), 'minute');
  if (abs < DAY) return rtf.format(Math.round(diff / 3_600_000), 'hour');
  if (abs < 45 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  return rtf.format(Math.round(diff / (30 * DAY)), 'month');
}

/** The person's local time, e.g. "14:05 in Lisbon", or undefined without a time zone. */
export function localTime(timeZone: string | undefined, now: number): string | undefined {
  if (!timeZone) return undefined;
  try {
    const time = dateFormat({
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      timeZone,
    }).format(now);
    const city = timeZone.split('/').pop()?.replace(/_/g, ' ');
    return `${time} in ${city}`;
  } catch {
    return undefined;
  }
}
