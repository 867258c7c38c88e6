import * as chrono from 'chrono-node';
import { Lru } from './lru';

/**
 * Time expressions through chrono-node: "Thursday at 10am", "next week", "March 14".
 * chrono also reads bare durations ("15 minutes", "a second") and "now" as times; those
 * say how long, not when, so they are left to `durationMinutes`.
 */

const NOT_A_WHEN =
  /^(?:(?:for|in|within)\s+)?(?:a|an|one|\d+(?:\.\d+)?)[\s-]*(?:second|sec|minute|min|hour|hr|day|week|month|year)s?$|^now$/i;

// Which words are a time expression does not depend on the reference date, so the
// answer is cached by text alone; '' records "none".
const whenCache = new Lru<string, string>(2000);

/** The first expression of when something happens, as written, or undefined. */
export function findWhen(text: string, now: number): string | undefined {
  let hit = whenCache.get(text);
  if (hit === undefined) {
    hit = '';
    for (const r of chrono.casual.parse(text, new Date(now), { forwardDate: true })) {
      if (!NOT_A_WHEN.test(r.text.trim())) {
        hit = r.text;
        break;
      }
    }
    whenCache.set(text, hit);
  }
  return hit || undefined;
}

/** The text with its time expressions removed, so a promise's topic words stand alone. */
export function withoutWhen(text: string, now: number): string {
  let out = text;
  for (const r of chrono.casual.parse(text, new Date(now))) out = out.replace(r.text, ' ');
  return out;
}

const DURATION =
  /\b(\d+(?:\.\d+)?|a few|few|a couple of|half an?|an?|one|ten|fifteen|twenty|thirty|forty-five)[\s-]*(minutes?|mins?|hours?|hrs?)\b/i;
const WORD_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  'a few': 5,
  few: 5,
  'a couple of': 2,
  'half a': 0.5,
  'half an': 0.5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'forty-five': 45,
};

/** A duration written in the text, e.g. "15-minute" or "half an hour", and its length. */
export function durationMinutes(text: string): { text: string; minutes: number } | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const amountText = (m[1] ?? '').toLowerCase();
  const amount = WORD_NUMBERS[amountText] ?? Number(amountText);
  const unit = (m[2] ?? '').toLowerCase();
  const minutes = unit.startsWith('h') ? amount * 60 : amount;
  return Number.isFinite(minutes) ? { text: m[0], minutes } : undefined;
}
