import { Lru } from './lru';

/**
 * Cheap word-level English: tokens, stop words, sentences and a language guess.
 * These run on every keystroke, so they stay at plain string work; stems are in `stems.ts`,
 * anything that needs grammar goes through `nlp.ts`. The timing verdict uses this file too,
 * so it stays free of the language libraries the panel loads later.
 */

// Function words: they carry no topic, and their share of a text says whether it is English.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the and that have for not with you this but his from they say her she will one all would ' +
    'there their what out about who get which when make can like time just him know take into ' +
    'your some could them see other than then now look only come its over think also back after ' +
    'use two how our work first well way even new want because any these give day most are was ' +
    'were been has had did does doing is am be being of to in it on at by or as an if so my me we ' +
    'us our ours i your yours he him they them its itself myself yourself were should shall ' +
    'very too more much many such own same both each few again further once here where why ' +
    'while during before above below under until off up down through between against those ' +
    'whom whose being having let lets let’s i’m i’ve i’ll i’d you’re you’ll you’ve you’d we’re ' +
    'we’ll we’ve it’s that’s there’s don’t can’t won’t isn’t aren’t didn’t doesn’t'
  )
    .split(/\s+/)
    .flatMap((w) => [w, w.replace(/’/g, "'")]),
);

// Common enough in other languages that they prove nothing about English.
const AMBIGUOUS_STOP_WORDS = new Set([
  'a',
  'i',
  'me',
  'no',
  'is',
  'an',
  'am',
  'on',
  'in',
  'so',
  'die',
  'de',
]);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text in order, lower-cased, apostrophes kept inside words. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The words of a text with their original case, for proper-noun detection. */
export function rawWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

// Function words of the languages reps most often write in besides English. A draft is
// judged by which set it uses more, so a short English note with few function words
// ("Touching base!") is not mistaken for another language.
const OTHER_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  // Spanish, Portuguese, Italian
  (
    'el la los las del que por para con una unos unas como pero muy te tu tus su sus mi mis ' +
    'es está estoy quedo hola gracias saludos semana pasada nos les lo le ya sí también ' +
    'não uma com para obrigado você é os das dos ao na pelo pela ' +
    'il lo gli della che per non sono ciao grazie questa questo ' +
    // German, Dutch, Swedish
    'der die das und ist nicht ich du wir sie mit dem den ein eine einen für auf auch hallo ' +
    'danke bitte haben hat uns dir mir wie zu im um anbei ' +
    'het een van en niet ik je jij wij zijn met voor op ook dank ' +
    'och att det som är inte jag vi med för på hej tack ' +
    // French
    'le les des est et je vous nous avec pour dans sur pas une mais bonjour merci cette ce ' +
    'qui au aux du votre vos'
  ).split(/\s+/),
);

/** What the language guess counts in a run of words; counts of sentences add up. */
export interface LanguageCounts {
  total: number;
  latin: number;
  english: number;
  other: number;
}

export function languageCounts(ws: readonly string[]): LanguageCounts {
  const counts = { total: ws.length, latin: 0, english: 0, other: 0 };
  for (const w of ws) {
    if (/^[a-z0-9'’]+$/.test(w)) counts.latin++;
    if (STOP_WORDS.has(w) && !AMBIGUOUS_STOP_WORDS.has(w)) counts.english++;
    else if (OTHER_FUNCTION_WORDS.has(w)) counts.other++;
  }
  return counts;
}

/** Whether words with these counts read as English rather than another language. */
export function readsAsEnglish({ total, latin, english, other }: LanguageCounts): boolean {
  if (total < 4) return true;
  if (latin / total < 0.6) return false;
  if (other > english) return false;
  // Long texts with hardly any English function words are not English prose.
  return total < 25 || english / total >= 0.08;
}

/** Whether a text reads as English rather than another language. */
export function looksEnglish(text: string): boolean {
  return readsAsEnglish(languageCounts(words(text)));
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Typing changes one line at a time: the others' sentences are read from here.
const lineCache = new Lru<string, readonly string[]>(2000);

function lineSentences(line: string): readonly string[] {
  let hit = lineCache.get(line);
  if (!hit) {
    const out: string[] = [];
    for (const { segment } of sentenceSegmenter.segment(line)) {
      const t = segment.trim();
      if (t) out.push(t);
    }
    hit = out;
    lineCache.set(line, hit);
  }
  return hit;
}

/** Sentences via the platform's ICU segmenter; line breaks end a sentence too. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) if (line.trim()) out.push(...lineSentences(line));
  return out;
}

/** Trims a quotation to a readable length, on a word boundary. */
export function excerpt(text: string, max = 140): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/, '') + '…';
}
