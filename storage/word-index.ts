import Dexie, { type EntityTable, type PromiseExtended, type Table } from 'dexie';
import { personWordPlaces, type WordPlaces } from '../utils/domain/search';
import type { Note, Person } from './schema';

/**
 * The word index: for every word, the people it belongs to and where it is on them (name,
 * details, notes). Kept up to date in the same transaction as every write to a person or a
 * note, so search never reads a stale word and a deleted person leaves no word behind.
 *
 * Why not an IndexedDB multi-entry index on a `words` field: every entry of such an index
 * is a separate record in the browser's store, and a person's words number in the hundreds
 * once their notes count: importing 10,000 people and 100,000 notes wrote 2–2.5 times as
 * long with one (measured in Chromium on the bench's records). Here the index is a few
 * hundred records of packed numbers: each person is a small number (their place in
 * the document list), and the words starting with the same two letters share one record
 * ("shard") holding, per word, the sorted numbers of the people who have it and where.
 */

/** The shard of a word: its first two letters, after the `w:` of every shard key. */
export function shardKey(word: string): string {
  return `w:${Array.from(word).slice(0, 2).join('')}`;
}

/** The keys of every shard that may hold words starting with `term`, as a key range. */
export function shardRange(term: string): [string, string] {
  const key = shardKey(term);
  // A one-letter term is in its own one-letter shard and in every two-letter shard after it.
  return Array.from(term).length >= 2 ? [key, key] : [key, `${key}\uffff`];
}

/**
 * One shard: `words` sorted; the postings of words[i] are data[starts[i]] up to
 * data[starts[i + 1]] (see packPostings).
 */
export interface WordShard {
  key: string;
  words: string[];
  starts: Uint32Array;
  data: Uint8Array;
}

/** Person numbers (ascending) and, for each, where the word is on them (WORD_IN bits, 1–7). */
export interface Postings {
  docs: number[];
  places: number[];
}

/**
 * Postings as bytes: each is the gap from the previous person number times 8, plus its
 * places (three bits), written as a base-128 varint (seven bits a byte, the high bit set on
 * all but the last).
 */
export function packPostings({ docs, places }: Postings): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  docs.forEach((doc, i) => {
    let value = (doc - previous) * 8 + places[i]!;
    previous = doc;
    while (value >= 128) {
      bytes.push((value % 128) | 128);
      value = Math.floor(value / 128);
    }
    bytes.push(value);
  });
  return Uint8Array.from(bytes);
}

/** Calls back with each posting of a packed run, in order. */
function eachPosting(
  data: Uint8Array,
  from: number,
  to: number,
  visit: (doc: number, places: number) => void,
): void {
  let doc = 0;
  let at = from;
  while (at < to) {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = data[at]!;
      at += 1;
      value += (byte & 127) * scale;
      scale *= 128;
    } while (byte & 128);
    doc += Math.floor(value / 8);
    visit(doc, value % 8);
  }
}

/** The postings of a shard's i-th word. */
export function shardPostings(shard: WordShard, i: number): Postings {
  const docs: number[] = [];
  const places: number[] = [];
  eachPosting(shard.data, shard.starts[i]!, shard.starts[i + 1]!, (doc, where) => {
    docs.push(doc);
    places.push(where);
  });
  return { docs, places };
}

/** The document list: person ids by number ('' where a person was deleted; never reused). */
export interface DocumentList {
  key: typeof DOCUMENTS_KEY;
  ids: string[];
}

export const DOCUMENTS_KEY = 'docs';
export type WordIndexRecord = WordShard | DocumentList;

/** The tables the index is made from and kept in (the database, or an upgrade's transaction). */
export interface WordIndexTables {
  people: EntityTable<Person, 'id'>;
  notes: EntityTable<Note, 'id'>;
  wordIndex: Table<WordIndexRecord, string>;
}

/** What changes in one shard: by word, the people and their new places (0: gone). */
type ShardChanges = Map<string, Postings>;

/** The shard with these changes made; undefined when no word is left in it. */
export function updateShard(
  key: string,
  shard: WordShard | undefined,
  changes: ShardChanges,
): WordShard | undefined {
  const stored = new Map(shard?.words.map((w, i) => [w, i]));
  const words = [...new Set([...stored.keys(), ...changes.keys()])].sort();
  const runs: Uint8Array[] = [];
  const kept: string[] = [];
  for (const word of words) {
    const at = stored.get(word);
    const change = changes.get(word);
    let run: Uint8Array;
    if (!change) run = shard!.data.subarray(shard!.starts[at!]!, shard!.starts[at! + 1]!);
    else {
      // Both lists are sorted by person number: merge them, the change winning a tie.
      const old = at === undefined ? { docs: [], places: [] } : shardPostings(shard!, at);
      const merged: Postings = { docs: [], places: [] };
      let j = 0;
      let k = 0;
      while (j < old.docs.length || k < change.docs.length) {
        const a = old.docs[j] ?? Infinity;
        const b = change.docs[k] ?? Infinity;
        if (a < b) {
          merged.docs.push(a);
          merged.places.push(old.places[j]!);
          j += 1;
        } else {
          if (change.places[k]) {
            merged.docs.push(b);
            merged.places.push(change.places[k]!);
          }
          if (a === b) j += 1;
          k += 1;
        }
      }
      run = packPostings(merged);
    }
    if (run.length) {
      kept.push(word);
      runs.push(run);
    }
  }
  if (kept.length === 0) return undefined;
  const starts = new Uint32Array(kept.length + 1);
  runs.forEach((run, i) => (starts[i + 1] = starts[i]! + run.length));
  const data = new Uint8Array(starts[kept.length]!);
  runs.forEach((run, i) => data.set(run, starts[i]!));
  return { key, words: kept, starts, data };
}

/**
 * Where each person has words starting with `term`: places[doc] is the union of WORD_IN
 * bits over every such word (0 where the person has none).
 */
export function termPlaces(shards: readonly WordShard[], term: string, size: number): Uint8Array {
  const found = new Uint8Array(size);
  for (const shard of shards) {
    const { words, starts, data } = shard;
    // The first word not before the term, then every word that starts with it.
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && words[i]!.startsWith(term); i += 1) {
      eachPosting(data, starts[i]!, starts[i + 1]!, (doc, places) => {
        if (doc < size) found[doc] = found[doc]! | places;
      });
    }
  }
  return found;
}

/** A person's words before and after a write (null: the person does not exist then). */
export interface WordChange {
  personId: string;
  before: WordPlaces | null;
  after: WordPlaces | null;
}

/** The document list as stored; an empty one when the index has none yet. */
export function readDocumentList(
  db: Pick<WordIndexTables, 'wordIndex'>,
): PromiseExtended<DocumentList> {
  return db.wordIndex
    .get(DOCUMENTS_KEY)
    .then((list) => (list as DocumentList | undefined) ?? { key: DOCUMENTS_KEY, ids: [] });
}

/** What changes bring to the index: the changed postings by shard, and the document list after. */
export interface WordIndexUpdate {
  byShard: Map<string, ShardChanges>;
  list: DocumentList;
  listChanged: boolean;
}

/**
 * Works out what these changes do to the index, given its document list (left as it is):
 * new people get a number, deleted people lose theirs and every posting, and each changed
 * word is listed under its shard. Null when no one's words change. Only memory is touched,
 * so a writer can work this out while the browser writes its records, with the document
 * list read beforehand.
 */
export function planWordChanges(
  stored: DocumentList,
  changes: readonly WordChange[],
): WordIndexUpdate | null {
  const relevant = wordsChanging(changes);
  return relevant.length === 0 ? null : planChangedWords(stored, relevant);
}

/** The changes that change someone's words: the others leave the index as it is. */
function wordsChanging(changes: readonly WordChange[]): WordChange[] {
  return changes.filter((c) => !samePlaces(c.before, c.after));
}

/** planWordChanges for changes that each change someone's words. */
function planChangedWords(stored: DocumentList, relevant: readonly WordChange[]): WordIndexUpdate {
  const list: DocumentList = { key: DOCUMENTS_KEY, ids: [...stored.ids] };
  const numbers = new Map<string, number>();
  list.ids.forEach((id, doc) => id && numbers.set(id, doc));
  let listChanged = false;
  const byShard = new Map<string, ShardChanges>();
  const byWord = new Map<string, Postings & { sorted: boolean }>();
  const change = (word: string, doc: number, where: number) => {
    let postings = byWord.get(word);
    if (!postings) {
      postings = { docs: [], places: [], sorted: true };
      byWord.set(word, postings);
      const key = shardKey(word);
      let shard = byShard.get(key);
      if (!shard) byShard.set(key, (shard = new Map()));
      shard.set(word, postings);
    }
    const last = postings.docs[postings.docs.length - 1];
    if (last !== undefined && last > doc) postings.sorted = false;
    postings.docs.push(doc);
    postings.places.push(where);
  };
  for (const { personId, before, after } of relevant) {
    let doc = numbers.get(personId);
    if (doc === undefined) {
      if (!after) continue;
      doc = list.ids.push(personId) - 1;
      numbers.set(personId, doc);
      listChanged = true;
    }
    for (const word of before?.keys() ?? []) if (!after?.has(word)) change(word, doc, 0);
    for (const [word, where] of after ?? [])
      if (before?.get(word) !== where) change(word, doc, where);
    if (!after) {
      list.ids[doc] = '';
      listChanged = true;
    }
  }
  // New people come with rising numbers; only changes to people already listed need sorting.
  for (const postings of byWord.values()) {
    if (postings.sorted) continue;
    const order = postings.docs
      .map((_, i) => i)
      .sort((a, b) => postings.docs[a]! - postings.docs[b]!);
    postings.docs = order.map((i) => postings.docs[i]!);
    postings.places = order.map((i) => postings.places[i]!);
  }
  return { byShard, list, listChanged };
}

/**
 * Writes an update worked out by planWordChanges, inside the caller's transaction (which
 * must include the word index): each shard it changes is read, rewritten and put back.
 */
export async function writeWordUpdate(
  db: Pick<WordIndexTables, 'wordIndex'>,
  { byShard, list, listChanged }: WordIndexUpdate,
): Promise<void> {
  const keys = [...byShard.keys()];
  const stored = (await db.wordIndex.bulkGet(keys)) as (WordShard | undefined)[];
  const puts: WordIndexRecord[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const next = updateShard(key, stored[i], byShard.get(key)!);
    if (next) puts.push(next);
    else if (stored[i]) deletes.push(key);
  });
  if (listChanged) puts.push(list);
  await Dexie.Promise.all([db.wordIndex.bulkPut(puts), db.wordIndex.bulkDelete(deletes)]);
}

/** Brings the index in line with these changes, inside the caller's transaction. */
export async function applyWordChanges(
  db: Pick<WordIndexTables, 'wordIndex'>,
  changes: WordChange[],
): Promise<void> {
  // Most edits (a due date, a pin, consent) change no one's words: then nothing is read.
  const relevant = wordsChanging(changes);
  if (relevant.length === 0) return;
  await writeWordUpdate(db, planChangedWords(await readDocumentList(db), relevant));
}

function samePlaces(a: WordPlaces | null, b: WordPlaces | null): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [word, where] of a) if (b.get(word) !== where) return false;
  return true;
}

/** A person's notes as stored now. */
export function storedNotesOf(
  db: Pick<WordIndexTables, 'notes'>,
  personId: string,
): PromiseExtended<Note[]> {
  return db.notes
    .where('[personId+createdAt]')
    .between([personId, -Infinity], [personId, Infinity])
    .toArray();
}

/** A person's words as stored now (their record and notes), or null when they do not exist. */
export async function storedWordPlaces(
  db: Pick<WordIndexTables, 'people' | 'notes'>,
  personId: string,
): Promise<WordPlaces | null> {
  const [person, notes] = await Promise.all([db.people.get(personId), storedNotesOf(db, personId)]);
  return person
    ? personWordPlaces(
        person,
        notes.map((n) => n.body),
      )
    : null;
}

/**
 * Runs `write` (which changes these people or their notes) and updates the word index for
 * them, all in the caller's transaction: what they could be found by before the write is
 * read first, what they can be found by after it last.
 */
export async function reindexAround<T>(
  db: WordIndexTables,
  personIds: readonly string[],
  write: () => Promise<T>,
): Promise<T> {
  const ids = [...new Set(personIds)];
  const before = await Promise.all(ids.map((id) => storedWordPlaces(db, id)));
  const result = await write();
  const after = await Promise.all(ids.map((id) => storedWordPlaces(db, id)));
  await applyWordChanges(
    db,
    ids.map((personId, i) => ({ personId, before: before[i]!, after: after[i]! })),
  );
  return result;
}

/**
 * Builds the whole index anew from every person and note (the schema upgrade that brings
 * the index in, and repairs): in the caller's transaction.
 */
export async function rebuildWordIndex(db: WordIndexTables): Promise<void> {
  const [people, notes] = await Promise.all([db.people.toArray(), db.notes.toArray()]);
  const bodies = new Map<string, string[]>();
  for (const note of notes) {
    const list = bodies.get(note.personId);
    if (list) list.push(note.body);
    else bodies.set(note.personId, [note.body]);
  }
  await db.wordIndex.clear();
  await applyWordChanges(
    db,
    people.map((p) => ({
      personId: p.id,
      before: null,
      after: personWordPlaces(p, bodies.get(p.id) ?? []),
    })),
  );
}
