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
import { searchCacheOf } from './search-cache';
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
 * (quoted); most recently active first within each. Reads the word index (kept between
 * keystrokes until a write changes it: storage/search-cache.ts), then only the people shown
 * and, for those found through notes, their notes. No one transaction holds these reads: a
 * person deleted in between is simply not listed.
 */
export async function searchPeople(
  db: RapportDatabase,
  query: string,
  limit = 20,
): Promise<SearchResults> {
  const terms = queryTerms(query);
  if (terms.length === 0) return NOTHING;
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
  let recency: string[] | undefined;
  for (const rank of MATCH_RANKS) {
    const room = limit - matches.length;
    if (room <= 0) break;
    let ids = ranked[rank];
    if (ids.length > room) {
      recency ??= await mostRecentFirst(db);
      ids = firstIn(recency, new Set(ids), room);
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
}

/**
 * The document list (person ids by number) and, for each term, where each person has
 * words starting with it (WORD_IN bits by number). What was read since the last write to
 * the index comes from the search cache; call it outside any transaction of the caller's
 * (a value from the cache is no request, and an explicit transaction would commit early).
 */
export async function readTermPlaces(
  db: RapportDatabase,
  terms: readonly string[],
): Promise<{ ids: string[]; places: Uint8Array[] }> {
  const ids = await searchCacheOf(db).through(DOCUMENTS_KEY, async () => {
    const list = (await db.wordIndex.get(DOCUMENTS_KEY)) as DocumentList | undefined;
    return list?.ids ?? [];
  });
  const places = await Promise.all(
    terms.map(async (term) => termPlaces(await shardsFor(db, term), term, ids.length)),
  );
  return { ids, places };
}

/** The shards that may hold words starting with `term`. */
function shardsFor(db: RapportDatabase, term: string): Promise<WordShard[]> {
  const [from, to] = shardRange(term);
  return searchCacheOf(db).through(`${from}..${to}`, async () => {
    const found =
      from === to
        ? [await db.wordIndex.get(from)]
        : await db.wordIndex.where(':id').between(from, to, true, true).toArray();
    return found.filter((r): r is WordShard => r !== undefined && r.key !== DOCUMENTS_KEY);
  });
}

/**
 * Every person's id, most recently active first. Read forwards through the index in one
 * request and turned round here: a reversed read walks a cursor one record at a time, which
 * at 10,000 people took most of a keystroke.
 */
function mostRecentFirst(db: RapportDatabase): Promise<string[]> {
  return searchCacheOf(db).through('recency', async () =>
    (await db.people.orderBy('updatedAt').primaryKeys()).reverse(),
  );
}

/** The first `room` ids of `order` that are among `wanted`. */
function firstIn(order: readonly string[], wanted: ReadonlySet<string>, room: number): string[] {
  const found: string[] = [];
  for (const id of order) {
    if (found.length >= room) break;
    if (wanted.has(id)) found.push(id);
  }
  return found;
}

/** The newest note of the person with every term (else the newest with any), quoted. */
async function quoteNewestNote(
  db: RapportDatabase,
  personId: string,
  terms: string[],
): Promise<PersonMatch['quote']> {
  // Read forwards (one request) and turned round: newest first.
  const notes = (
    await db.notes
      .where('[personId+createdAt]')
      .between([personId, -Infinity], [personId, Infinity])
      .toArray()
  ).reverse();
  const note =
    notes.find((n) => textMatchesTerms(n.body, terms)) ??
    notes.find((n) => terms.some((t) => textMatchesTerms(n.body, [t])));
  const pieces = note && quoteMatch(note.body, terms);
  return note && pieces ? { note, pieces } : undefined;
}
