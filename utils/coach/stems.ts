import { GENERIC_WORDS } from './lexicon/phrases';
import { stemmer } from 'stemmer';
import { rawWords, sentences, STOP_WORDS } from './language';

/**
 * The words of a sentence that carry its topic, stemmed: what a draft and a note must
 * share to be about the same thing. Figures are kept ("12", "q3", "40k"; "three" reads
 * "3"), and so are acronyms ("IT", "SDRs"), which are short or look like function words.
 */

/**
 * The Porter stem of a word ("evaluation" and "evaluating" meet at "evalu", "renewal" and
 * "renews" at "renew"), possessive dropped.
 */
export function stem(word: string): string {
  return stemmer(word.replace(/['’]s$/, ''));
}

const GENERIC_STEMS = new Set(GENERIC_WORDS.map(stem));
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  hundred: '100',
};
const DAY_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
]);
// "on Monday at 10" schedules; "the Monday forecast" or "every Monday" says something.
const SCHEDULING_BEFORE = new Set([
  'on',
  'next',
  'this',
  'by',
  'until',
  'from',
  'before',
  'after',
  'at',
  'last',
  'or',
  'and',
]);

const TIME_BEFORE = new Set(['at', 'from', 'to', 'until', 'till', 'by', 'on', 'before', 'after']);
const TIME_AFTER =
  /^(?:am|pm|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|o'clock)$/;

function token(raw: string, i: number, ws: readonly string[]): string | undefined {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  const number = NUMBER_WORDS[lower];
  if (number) return number;
  if (/\d/.test(lower)) {
    // "at 12", "from 12 to 1", "12 March", "10am": a time or a date, not a fact they told.
    const before = ws[i - 1]?.toLowerCase() ?? '';
    const after = ws[i + 1]?.toLowerCase() ?? '';
    if (
      TIME_BEFORE.has(before) ||
      TIME_AFTER.test(after) ||
      /^\d+(?:am|pm|st|nd|rd|th|h)$/.test(lower)
    )
      return undefined;
    return lower.replace(/'s$/, '');
  }
  if (/^\p{Lu}{2,6}s?$/u.test(raw) && !/^(?:I|A)$/.test(raw)) return lower.replace(/s$/, '');
  if (DAY_WORDS.has(lower)) {
    const before = ws[i - 1]?.toLowerCase() ?? '';
    const after = ws[i + 1]?.toLowerCase() ?? '';
    // "Friday afternoons", "on Mondays": a habit they told, not a slot being offered.
    const habitual = /s$/.test(lower) || /^(?:mornings|afternoons|evenings)$/.test(after);
    const scheduling =
      !habitual &&
      (SCHEDULING_BEFORE.has(before) || /^\d|^at$|^morning|^afternoon|^evening/.test(after));
    return scheduling ? undefined : stem(lower.replace(/s$/, ''));
  }
  if (lower.length < 3 || STOP_WORDS.has(lower)) return undefined;
  const s = stem(lower);
  return GENERIC_STEMS.has(s) ? undefined : s;
}

/** Content stems of one sentence. */
export function contentStems(sentence: string): Set<string> {
  const ws = rawWords(sentence);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    const t = token(w, i, ws);
    if (t) out.add(t);
  });
  return out;
}

/** Names, products and figures: capitalised words inside sentences, acronyms, digits. */
export function distinctiveStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentences(text)) {
    const ws = rawWords(sentence);
    ws.forEach((w, i) => {
      const lower = w.toLowerCase();
      if (STOP_WORDS.has(lower) && !/^\p{Lu}{2,}/u.test(w)) return;
      if (/\d/.test(w) || (i > 0 && /^\p{Lu}/u.test(w)) || /^\p{Lu}{2,}/u.test(w)) {
        const t = token(w, i, ws);
        if (t) out.add(t);
      }
    });
  }
  return out;
}
