import {
  MATCH_RANKS,
  matchRank,
  queryTerms,
  quoteMatch,
  textMatchesTerms,
  WORD_IN,
  type MatchRank,
  type QuotePiece,
} from '../utils/domain/search';
import type { RapportDatabase } from './db';
import type { Note, Person } from './schema';
import {
  DOCUMENTS_KEY,
  shardRange,
  termPlaces,
  type DocumentList,
  type WordShard,
} from './word-index';

/** One person found, and why. */
export interface PersonMatch {
  person: Person;
  rank: MatchRank;
  /** For a person found by words of their notes: the newest such note, quoted around them. */
  quote?: { note: Note; pieces: QuotePiece[] };
}

export interface SearchResults {
  /** Every term of the query, as matched (folded). */
  terms: string[];
  matches: PersonMatch[];
  /** How many people match in all; more than `matches` when the limit cut the list. */
  total: number;
}

const NOTHING: SearchResults = { terms: [], matches: [], total: 0 };

/**
 * People with a word starting with each word of the query, anywhere on them (name,
 * company, title, location, addresses, LinkedIn profile, tags) or in their notes. Ranked:
 * everything in the name first, then in their details, then found through their notes
 * (quoted); most recently active first within each. Reads the word index, then only the
 * people shown and, for those found through notes, their notes.
 */
export async function searchPeople(
  db: RapportDatabase,
  query: string,
  limit = 20,
): Promise<SearchResults> {
  const terms = queryTerms(query);
  if (terms.length === 0) return NOTHING;
  return db.transaction('r', db.people, db.notes, db.wordIndex, async () => {
    const { ids, places } = await readTermPlaces(db, terms);
    const size = ids.length;
    const ranked: Record<MatchRank, string[]> = { name: [], details: [], notes: [] };
    const first = places[0]!;
    for (let doc = 0; doc < size; doc += 1) {
      if (!first[doc] || !ids[doc]) continue;
      const where = places.map((p) => p[doc]!);
      if (where.every(Boolean)) ranked[matchRank(where)].push(ids[doc]!);
    }
    const total = MATCH_RANKS.reduce((sum, rank) => sum + ranked[rank].length, 0);

    const matches: PersonMatch[] = [];
    let recency: Map<string, number> | undefined;
    for (const rank of MATCH_RANKS) {
      const room = limit - matches.length;
      if (room <= 0) break;
      let ids = ranked[rank];
      if (ids.length > room) {
        recency ??= await recencyOrder(db);
        const order = recency;
        ids = [...ids].sort((a, b) => (order.get(a) ?? size) - (order.get(b) ?? size));
        ids = ids.slice(0, room);
      }
      const people = (await db.people.bulkGet(ids)).filter((p): p is Person => !!p);
      people.sort((a, b) => b.updatedAt - a.updatedAt);
      for (const person of people) matches.push({ person, rank });
    }
    await Promise.all(
      matches
        .filter((m) => m.rank === 'notes')
        .map(async (match) => {
          const doc = ids.indexOf(match.person.id);
          const noteTerms = terms.filter(
            (_, i) => !(places[i]![doc]! & (WORD_IN.name | WORD_IN.details)),
          );
          match.quote = await quoteNewestNote(db, match.person.id, noteTerms);
        }),
    );
    return { terms, matches, total };
  });
}

/**
 * The document list (person ids by number) and, for each term, where each person has
 * words starting with it (WORD_IN bits by number). In the caller's transaction.
 */
export async function readTermPlaces(
  db: RapportDatabase,
  terms: readonly string[],
): Promise<{ ids: string[]; places: Uint8Array[] }> {
  const list = (await db.wordIndex.get(DOCUMENTS_KEY)) as DocumentList | undefined;
  const ids = list?.ids ?? [];
  const places = await Promise.all(
    terms.map(async (term) => termPlaces(await shardsFor(db, term), term, ids.length)),
  );
  return { ids, places };
}

/** The shards that may hold words starting with `term`. */
async function shardsFor(db: RapportDatabase, term: string): Promise<WordShard[]> {
  const [from, to] = shardRange(term);
  const found =
    from === to
      ? [await db.wordIndex.get(from)]
      : await db.wordIndex.where(':id').between(from, to, true, true).toArray();
  return found.filter((r): r is WordShard => r !== undefined && r.key !== DOCUMENTS_KEY);
}

/** Every person's place in "most recently active first". */
async function recencyOrder(db: RapportDatabase): Promise<Map<string, number>> {
  const ids = await db.people.orderBy('updatedAt').reverse().primaryKeys();
  return new Map(ids.map((id, i) => [id, i]));
}

/** The newest note of the person with every term (else the newest with any), quoted. */
async function quoteNewestNote(
  db: RapportDatabase,
  personId: string,
  terms: string[],
): Promise<PersonMatch['quote']> {
  const notes = await db.notes
    .where('[personId+createdAt]')
    .between([personId, -Infinity], [personId, Infinity])
    .reverse()
    .toArray();
  const note =
    notes.find((n) => textMatchesTerms(n.body, terms)) ??
    notes.find((n) => terms.some((t) => textMatchesTerms(n.body, [t])));
  const pieces = note && quoteMatch(note.body, terms);
  return note && pieces ? { note, pieces } : undefined;
}
