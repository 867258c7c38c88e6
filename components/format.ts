/** Dates and times as the rep reads them, in the rep's locale. */

const DAY = 86_400_000;

export function formatDateTime(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}

export function formatDate(at: number): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);
}

/** "in 3 days", "2 hours ago": how far `at` is from `now`, roughly. */
export function formatRelative(at: number, now: number): string {
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
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
    const time = new Intl.DateTimeFormat(undefined, {
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
