/**
 * Cheap word-level English: tokens, stop words, a light stemmer and a language guess.
 * These run on every keystroke, so they stay at plain string work; anything that needs
 * grammar goes through `nlp.ts`.
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

/**
 * A deliberately light suffix stripper: enough that "teams", "hiring" and "hired" meet
 * "team" and "hire", without a stemming library's size on the keystroke path.
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 4) w = w.slice(0, -3);
  else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(?:ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "hiring" → "hir", "hire" → "hir": doubled consonants fold too ("planned" → "plan").
  if (/([bdfgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
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

/** Whether a text reads as English rather than another language. */
export function looksEnglish(text: string): boolean {
  const ws = words(text);
  if (ws.length < 4) return true;
  let latin = 0;
  let english = 0;
  let other = 0;
  for (const w of ws) {
    if (/^[a-z0-9'’]+$/.test(w)) latin++;
    if (STOP_WORDS.has(w) && !AMBIGUOUS_STOP_WORDS.has(w)) english++;
    else if (OTHER_FUNCTION_WORDS.has(w)) other++;
  }
  if (latin / ws.length < 0.6) return false;
  if (other > english) return false;
  // Long texts with hardly any English function words are not English prose.
  return ws.length < 25 || english / ws.length >= 0.08;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences via the platform's ICU segmenter; line breaks end a sentence too. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of sentenceSegmenter.segment(text)) {
    for (const line of segment.split(/\n+/)) {
      const t = line.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** Trims a quotation to a readable length, on a word boundary. */
export function excerpt(text: string, max = 140): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}
