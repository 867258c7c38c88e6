import { describe, expect, it } from 'vitest';
import {
  foldText,
  matchRank,
  personWordPlaces,
  queryTerms,
  quoteMatch,
  textMatchesTerms,
  WORD_IN,
  wordsOf,
} from '@/utils/domain/search';

describe('words as search reads them', () => {
  it('ignores case and accents, and spells out letters a rep types plainly', () => {
    expect(foldText('Søren Ærø Straße Łódź Ðórr Þór İzmir')).toBe(
      'soren aero strasse lodz dorr thor izmir',
    );
    expect(foldText('LINDQVIST')).toBe('lindqvist');
    expect(foldText('Tomás José Zürich São Paulo')).toBe('tomas jose zurich sao paulo');
  });

  it('splits on anything that is not a letter or a digit, and keeps names with apostrophes whole too', () => {
    expect(wordsOf('maya@northwind.example, Q3 delays!')).toEqual([
      'maya',
      'northwind',
      'example',
      'q3',
      'delays',
    ]);
    expect(wordsOf("Austin O'Boyle and d’Artagnan")).toEqual([
      'austin',
      'o',
      'boyle',
      'oboyle',
      'and',
      'd',
      'artagnan',
      'dartagnan',
    ]);
  });

  it('keeps a word whose accents come as separate marks in one piece', () => {
    expect(wordsOf('Jose\u0301 Ma\u0308rta')).toEqual(['jose', 'marta']);
  });

  it('reads right-to-left and non-Latin words', () => {
    expect(wordsOf('שלום Привет 東京')).toEqual(['שלום', 'привет', '東京']);
  });
});

describe('the words a person is found by', () => {
  it('says where each word is: name, details, notes, or several', () => {
    const places = personWordPlaces(
      {
        name: 'Maya Lindqvist',
        emails: ['maya@northwind.example'],
        linkedinSlug: 'maya-lindqvist',
        company: 'Northwind Logistics',
        title: 'Head of Operations',
        location: 'Stockholm, Sweden',
        tags: ['pilot'],
      },
      ['Wants the Gothenburg pilot numbers', 'Maya prefers calls'],
    );
    expect(places.get('lindqvist')).toBe(WORD_IN.name | WORD_IN.details);
    expect(places.get('maya')).toBe(WORD_IN.name | WORD_IN.details | WORD_IN.notes);
    expect(places.get('northwind')).toBe(WORD_IN.details);
    expect(places.get('stockholm')).toBe(WORD_IN.details);
    expect(places.get('pilot')).toBe(WORD_IN.details | WORD_IN.notes);
    expect(places.get('gothenburg')).toBe(WORD_IN.notes);
  });
});

describe('a query', () => {
  it('becomes folded terms, dropping a term that starts another', () => {
    expect(queryTerms('  Maya   GOTH ')).toEqual(['maya', 'goth']);
    expect(queryTerms('go gothenburg')).toEqual(['gothenburg']);
    expect(queryTerms('north north')).toEqual(['north']);
    expect(queryTerms('!!!')).toEqual([]);
  });

  it('ranks name matches first, then details, then notes', () => {
    const { name, details, notes } = WORD_IN;
    expect(matchRank([name, name | notes])).toBe('name');
    expect(matchRank([name, details])).toBe('details');
    expect(matchRank([details | notes])).toBe('details');
    expect(matchRank([name, notes])).toBe('notes');
  });

  it('matches words by their start only', () => {
    expect(textMatchesTerms('The Gothenburg pilot', ['goth', 'pil'])).toBe(true);
    expect(textMatchesTerms('The Gothenburg pilot', ['burg'])).toBe(false);
  });
});

describe('quoting the note that matched', () => {
  it('marks the matching words and shows them in context', () => {
    const pieces = quoteMatch('She wants the Göteborg pilot numbers before Friday.', ['goteb']);
    expect(pieces).toEqual([
      { text: 'She wants the ', matched: false },
      { text: 'Göteborg', matched: true },
      { text: ' pilot numbers before Friday.', matched: false },
    ]);
  });

  it('cuts a long note around the first match, between words, with ellipses', () => {
    const body = `${'alpha '.repeat(40)}the Gothenburg pilot ${'omega '.repeat(80)}`;
    const pieces = quoteMatch(body, ['gothenburg'])!;
    const text = pieces.map((p) => p.text).join('');
    expect(text.startsWith('… alpha')).toBe(true);
    expect(text.endsWith('omega …')).toBe(true);
    expect(text.length).toBeLessThan(220);
    expect(pieces.filter((p) => p.matched).map((p) => p.text)).toEqual(['Gothenburg']);
  });

  it('finds nothing to quote when no word starts with a term', () => {
    expect(quoteMatch('Nothing here', ['zeppelin'])).toBeUndefined();
  });
});
