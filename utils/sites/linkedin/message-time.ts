/**
 * When a LinkedIn message was sent, from what the conversation shows: a day heading
 * ("Today", "Yesterday", "Monday", "Jan 5", "Jan 5, 2025") above the messages and a clock
 * time beside each sender ("10:05 AM", "22:05"). Both are in the rep's own time zone, the
 * one the content script runs in. English day names, as LinkedIn's English interface
 * writes them; a heading in another language leaves the day unread (the caller then dates
 * the message when it was first seen).
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const CLOCK = /^(\d{1,2}):(\d{2})\s*([ap])?\.?\s*m?\.?$/i;

/** Minutes after midnight of a clock time, or undefined. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (minutes > 59 || hours > 23 || (half && (hours < 1 || hours > 12))) return undefined;
  if (half === 'p' && hours < 12) hours += 12;
  if (half === 'a' && hours === 12) hours = 0;
  return hours * 60 + minutes;
}

export function isClockText(text: string): boolean {
  return parseClock(text) !== undefined;
}

const startOfDay = (at: Date) => new Date(at.getFullYear(), at.getMonth(), at.getDate());

/** Local midnight of the day a heading names, or undefined when it names none. */
export function parseDayHeading(text: string, now: number): Date | undefined {
  const heading = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = startOfDay(new Date(now));
  if (heading === 'today') return today;
  if (heading === 'yesterday') {
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  }
  const weekday = WEEKDAYS.indexOf(heading);
  if (weekday >= 0) {
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
  }
  // "Jan 5", "January 5, 2025", "5 Jan 2025"
  const match =
    /^([a-z]{3,9})\.? (\d{1,2})(?:,? (\d{4}))?$/.exec(heading) ??
    /^(\d{1,2}) ([a-z]{3,9})\.?(?:,? (\d{4}))?$/.exec(heading);
  if (!match) return undefined;
  const [monthText, dayText] = /^\d/.test(match[1] ?? '')
    ? [match[2] ?? '', match[1] ?? '']
    : [match[1] ?? '', match[2] ?? ''];
  const month = MONTHS.indexOf(monthText.slice(0, 3));
  const day = Number(dayText);
  if (month < 0 || day < 1 || day > 31) return undefined;
  const year = match[3] ? Number(match[3]) : today.getFullYear();
  const date = new Date(year, month, day);
  if (date.getMonth() !== month) return undefined;
  // A heading without a year that would lie ahead is last year's.
  return !match[3] && date > today ? new Date(year - 1, month, day) : date;
}

/**
 * The moment a message was sent: its day heading's date at its clock time. Undefined when
 * either cannot be read.
 */
export function messageTime(day: string | undefined, clock: string | undefined, now: number) {
  const date = day ? parseDayHeading(day, now) : undefined;
  const minutes = clock ? parseClock(clock) : undefined;
  if (!date || minutes === undefined) return undefined;
  return new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    Math.floor(minutes / 60),
    minutes % 60,
  ).getTime();
}
