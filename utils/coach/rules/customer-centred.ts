import { item, type Rule } from './context';

// Pronouns are a closed class: a list is exact, where a tagger would only add cost.
const THEM = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you'll",
  "you've",
  "you'd",
  "y'all",
]);
const US = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  "we're",
  "we've",
  "we'll",
  "we'd",
  "let's",
]);
const MIN_SELF_FOR_FAIL = 3;

/** Written for the reader's benefit, not the sender's: more you/your than I/we/our. */
export const customerCentred: Rule = ({ draft }) => {
  let them = 0;
  let us = 0;
  for (const s of draft.body) {
    const ws = s.words.map((w) => w.replace(/’/g, "'"));
    ws.forEach((w, i) => {
      // "Thank you" is courtesy, not attention to them.
      if (THEM.has(w) && !(w === 'you' && ws[i - 1] === 'thank')) them++;
      else if (US.has(w)) us++;
    });
  }
  const evidence = `you/your ×${them} · I/we/our ×${us}`;
  if (them >= us) {
    return item('customer-centred', 'pass', 'Good: it is about them.', evidence);
  }
  if (us >= MIN_SELF_FOR_FAIL && us > 2 * them) {
    return item(
      'customer-centred',
      'fail',
      'Rewrite the sentences about you and your product as what it means for them ("you get…", "your team…").',
      evidence,
    );
  }
  return item(
    'customer-centred',
    'warn',
    'Turn one or two "we/I" sentences around so they are about them.',
    evidence,
  );
};
