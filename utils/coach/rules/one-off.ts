import { excerpt } from '../language';
import { findPhrase, phraseList } from '../match';
import { PATTERN_PHRASES } from '../phrases';
import { item, quote, type Rule } from './context';
import { nameStems } from './remembers';

const patterns = phraseList(PATTERN_PHRASES);

/** A one-off (four bottles of Chivas bought once, for a boss) is not a lasting interest. */
export const oneOffNotPattern: Rule = ({ input, draft, notes }) => {
  const oneOffs = notes.filter(({ note }) => note.oneOff);
  if (oneOffs.length === 0) {
    return item('one-off-not-pattern', 'na', 'No one-off notes on this person.');
  }
  const ignore = nameStems(input.person);
  let mention: { sentence: string; note: string } | undefined;
  for (const { note, analysis } of oneOffs) {
    for (const s of draft.all) {
      const touches = [...s.stems].some((st) => analysis.stems.has(st) && !ignore.has(st));
      if (!touches) continue;
      const pattern = findPhrase(s.norm, patterns);
      if (pattern) {
        return item(
          'one-off-not-pattern',
          'fail',
          'That note is a one-off: mention it as a single event, or leave it out.',
          `${quote(excerpt(s.text, 90))} treats the one-off note ${quote(excerpt(note.body, 70))} as a habit (${quote(pattern)})`,
        );
      }
      mention ??= { sentence: s.text, note: note.body };
    }
  }
  if (mention) {
    return item(
      'one-off-not-pattern',
      'pass',
      'Fine: you mention the one-off as a single event, not as who they are.',
      quote(excerpt(mention.sentence, 100)),
    );
  }
  return item(
    'one-off-not-pattern',
    'pass',
    'Good: the one-off note is not used as personalisation.',
  );
};
