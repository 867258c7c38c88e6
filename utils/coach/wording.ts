import { excerpt } from './language';

/** How the coach puts times, counts and quotes into words: the way a person would say them. */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** "1st", "2nd", "11th", "23rd". */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * "2 days", "5 hours", "20 minutes": how long, in the unit a person would use. Whole units
 * elapsed by default ("2 days ago" until the third day is over); `round` for what is ahead.
 */
export function humanDuration(ms: number, round: (n: number) => number = Math.floor): string {
  const abs = Math.abs(ms);
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (abs >= DAY_MS) return plural(round(abs / DAY_MS), 'day');
  if (abs >= HOUR_MS) return plural(round(abs / HOUR_MS), 'hour');
  return plural(Math.max(1, round(abs / MINUTE_MS)), 'minute');
}

/** "2 days ago", or "just now" under a minute. */
export function ago(ms: number): string {
  return ms < MINUTE_MS ? 'just now' : `${humanDuration(ms)} ago`;
}

/** "in 5 hours" (to the nearest unit: a meeting 1 h 50 away is "in 2 hours"), or "now" under a minute. */
export function fromNow(ms: number): string {
  return ms < MINUTE_MS ? 'now' : `in ${humanDuration(ms, Math.round)}`;
}

/**
 * A note quoted inside a sentence: “Send the case study”, cut to `max` characters and without
 * its closing full stop, so the sentence around it keeps its own punctuation.
 */
export function quoted(text: string, max = 80): string {
  return `“${excerpt(text, max).replace(/[.,;:!?]+$/, '')}”`;
}

/** A count that stopped at `cap` ("at least that many"), as shown: "7", or "99+" for 100. */
export function countWords(n: number, cap: number): string {
  return n >= cap ? `${cap - 1}+` : String(n);
}
