import * as chrono from 'chrono-node';
import { Lru } from './lru';
import { VAGUE_WHEN } from './lexicon/commitments';
import { normalise } from './match';

/**
 * Time expressions through chrono-node: "Thursday at 10am", "next week", "March 14".
 * chrono also reads bare durations ("15 minutes", "a second") and "now" as times; those
 * say how long, not when, so they are left to `durationMinutes`.
 */

const NOT_A_WHEN =
  /^(?:(?:for|in|within)\s+)?(?:a|an|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty|\d+(?:\.\d+)?)[\s-]*(?:second|sec|minute|min|hour|hr|day|week|month|year)s?$|^now$/i;

// A day in so many words, when chrono's certainty flags miss it ("evening on 12 March").
const DAY_NAMED =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\btoday\b|\btomorrow\b/i;

/** A time expression as written, and whether it names a day or an hour. */
export interface When {
  text: string;
  /** "Thursday at 10am", "9 March", "tomorrow": a day (or hour) someone can put in a diary. */
  specific: boolean;
}

// Which words are a time expression does not depend on the reference date, so the
// answer is cached by text alone; null records "none".
const whenCache = new Lru<string, When | null>(2000);

/**
 * The first expression of when something happens, preferring one that names a day: a
 * span such as "next week", "later this month" or "in May" is a when, but not a specific
 * one.
 */
export function findWhen(text: string, now: number): When | undefined {
  let hit = whenCache.get(text);
  if (hit === undefined) {
    hit = null;
    for (const r of chrono.casual.parse(text, new Date(now), { forwardDate: true })) {
      const written = r.text.trim();
      if (NOT_A_WHEN.test(written)) continue;
      const names =
        r.start.isCertain('weekday') || r.start.isCertain('hour') || r.start.isCertain('day');
      const specific = (names || DAY_NAMED.test(written)) && !VAGUE_WHEN.test(normalise(written));
      if (!hit || (specific && !hit.specific)) hit = { text: r.text, specific };
      if (specific) break;
    }
    whenCache.set(text, hit);
  }
  return hit ?? undefined;
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

const durationCache = new Lru<string, { text: string; minutes: number } | null>(2000);

/** A duration written in the text, e.g. "15-minute" or "half an hour", and its length. */
export function durationMinutes(text: string): { text: string; minutes: number } | undefined {
  let hit = durationCache.get(text);
  if (hit === undefined) {
    hit = readDuration(text) ?? null;
    durationCache.set(text, hit);
  }
  return hit ?? undefined;
}

function readDuration(text: string): { text: string; minutes: number } | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const amountText = (m[1] ?? '').toLowerCase();
  const amount = WORD_NUMBERS[amountText] ?? Number(amountText);
  const unit = (m[2] ?? '').toLowerCase();
  const minutes = unit.startsWith('h') ? amount * 60 : amount;
  return Number.isFinite(minutes) ? { text: m[0], minutes } : undefined;
}
