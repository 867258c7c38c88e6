import Dexie, { type PromiseExtended } from 'dexie';
import { groupByPerson } from '../../utils/domain/person';
import { personWordPlaces, type WordPlaces } from '../../utils/domain/search';
import { readChangeStamp } from '../change-stamp';
import type { RapportDatabase } from '../db';
import {
  decidesNothing,
  recordsDecideNothing,
  summarise,
  summaryPerson,
  withChange,
  type PersonSummary,
} from '../person-summary';
import { summaryFromRecords } from '../person-summaries';
import type { Note, Person } from '../schema';
import { attachUnattached } from '../unattached';
import {
  planWordChanges,
  readDocumentList,
  rebuildWordIndex,
  storedNotesOf,
  writeWordUpdate,
  type WordChange,
} from '../word-index';
import { checkBackup, ImportRejectedError, type CheckedBackup } from './check';
import {
  planAgainst,
  readStored,
  wholeTableIfSmall,
  type ImportPlan,
  type MatchPolicy,
  type Stored,
} from './plan';

/**
 * Imports a backup: validates everything, then writes in one transaction. Throws
 * ImportRejectedError, having written nothing, when the file has any problem.
 */
export async function importBackup(
  db: RapportDatabase,
  raw: unknown,
  now = Date.now(),
): Promise<ImportPlan> {
  const check = checkBackup(raw, now);
  if (!check.ok) throw new ImportRejectedError(check.problems);
  return writeChecked(db, check.records, 'backup', now);
}

/**
 * Imports the records a plan carries, without checking them again: they were validated
 * when the plan was made (planImport for a backup, planContactImport for a contacts file).
 * In the write transaction, the plan's matching is reused when nothing was written to the
 * database since it was made (its change stamp is unchanged), and done again otherwise. A
 * plan with problems, or without records, writes nothing.
 */
export async function importPlan(
  db: RapportDatabase,
  plan: ImportPlan,
  now = Date.now(),
): Promise<ImportPlan> {
  if (plan.problems.length) throw new ImportRejectedError(plan.problems);
  if (!plan.records) {
    throw new ImportRejectedError(['the plan carries no checked records: make it with planImport']);
  }
  return writeChecked(db, plan.records, plan.policy, now, plan);
}

async function writeChecked(
  db: RapportDatabase,
  checked: CheckedBackup,
  policy: MatchPolicy,
  now: number,
  preview?: ImportPlan,
): Promise<ImportPlan> {
  // Planned and written in one transaction: an edit in another window cannot land between
  // the plan and the writes and be overwritten by a merge planned before it. The contact
  // Rapport kept with the people written becomes their touches in the same transaction,
  // and every summary changed is written with them.
  const tables = [
    db.people,
    db.notes,
    db.touches,
    db.snoozes,
    db.reminders,
    db.personSummaries,
    db.unattachedTouches,
    db.wordIndex,
    db.changeStamps,
  ];
  return db.transaction('rw', tables, async () => {
    const [{ plan, stored }, keptUnattached] = await Dexie.Promise.all([
      matchedNow(db, checked, policy, preview),
      db.unattachedTouches.count(),
    ]);
    const writes = plan.writes ?? {
      people: [],
      notes: [],
      touches: [],
      snoozes: [],
      reminders: [],
    };
    // The reads come before the first write (a read issued after a write waits for it), but
    // for kept contact, which is looked up only when some is stored. Only people already
    // stored can have a summary; the new ones are summed up from the file.
    const storedIds = new Set(stored.people.flatMap((p) => (p ? [p.id] : [])));
    const [before, words, documents] = await Dexie.Promise.all([
      storedSummaries(db, writes, storedIds),
      readWordsBefore(db, stored, storedIds, writes.people, writes.notes),
      readDocumentList(db),
    ]);
    // All issued at once: IndexedDB runs them in order within the transaction, and the
    // page works out the words and summaries while the records are being written.
    const written = Dexie.Promise.all([
      db.people.bulkPut(writes.people),
      db.notes.bulkPut(writes.notes),
      db.touches.bulkPut(writes.touches),
      db.snoozes.bulkPut(writes.snoozes),
      db.reminders.bulkPut(writes.reminders),
    ]);
    // The words and summaries are worked out at once, while the browser writes those
    // records. Waiting a macrotask first (kept in the transaction by Dexie.waitFor) waited
    // for the whole write: waitFor keeps a transaction alive with requests of its own, which
    // queue behind every put, so the work ran only after the last one, not beside them.
    // The word index's update is worked out against the document list read before the
    // puts (nothing in this transaction changes it meanwhile); its shards are read once the
    // records are written, as a read issued after a write waits for it.
    const wordChanges = words.changes();
    const wordUpdate = wordChanges && planWordChanges(documents, wordChanges);
    const wordsWritten = wordUpdate && writeWordUpdate(db, wordUpdate);
    const attached = keptUnattached ? await attachUnattached(db, writes.people, now) : [];
    const touches = [...writes.touches, ...attached];
    const { summaries, missing } = summariesAfter({ ...writes, touches }, before, now);
    // A stored person without a summary (one that decided nothing, say) is summed up from
    // all their records, read once the file's are written.
    const rebuilt = await Dexie.Promise.all(missing.map((id) => summaryFromRecords(db, id, now)));
    await Dexie.Promise.all([
      written,
      db.personSummaries.bulkPut([...summaries, ...rebuilt.flatMap((s) => (s ? [s] : []))]),
      wordsWritten,
    ]);
    // The whole index built anew reads every person and note: after the writes.
    if (!wordChanges) await rebuildWordIndex(db);
    return { ...plan, attached: attached.length };
  });
}

/**
 * The plan to write and what it was matched against, read in the write transaction: the
 * preview's own when the database's change stamp is the one it was matched at (nothing was
 * written since, so matching again would decide the same), or the records matched again.
 */
function matchedNow(
  db: RapportDatabase,
  checked: CheckedBackup,
  policy: MatchPolicy,
  preview: ImportPlan | undefined,
): PromiseExtended<{ plan: ImportPlan; stored: Stored }> {
  const again = () =>
    readStored(db, checked, policy).then((stored) => ({
      plan: planAgainst(checked, stored, policy),
      stored,
    }));
  const basis = preview?.basis;
  if (!preview || !basis) return again();
  return readChangeStamp(db.changeStamps).then((stamp) => {
    if (stamp !== basis.stamp) return again();
    const { basis: _matchedAgainst, ...plan } = preview;
    return { plan, stored: basis.stored };
  });
}

/** The people an import's writes are about. */
function peopleWritten(writes: NonNullable<ImportPlan['writes']>): string[] {
  return [
    ...new Set([
      ...writes.people.map((p) => p.id),
      ...writes.notes.map((n) => n.personId),
      ...writes.touches.map((t) => t.personId),
    ]),
  ];
}

/**
 * The stored summary of each already-stored person the writes are about (undefined where
 * one is missing), by person id. People new in the file have none to read.
 */
function storedSummaries(
  db: RapportDatabase,
  writes: NonNullable<ImportPlan['writes']>,
  storedIds: ReadonlySet<string>,
): PromiseExtended<Map<string, PersonSummary | undefined>> {
  const ids = peopleWritten(writes).filter((id) => storedIds.has(id));
  if (!ids.length) return Dexie.Promise.resolve(new Map());
  return db.personSummaries
    .bulkGet(ids)
    .then((found) => new Map(ids.map((id, i) => [id, found[i]] as const)));
}

/**
 * The summary of every person the import changes, from their stored summary (in `before`,
 * for people already stored) and what the file adds: an import only adds records or replaces
 * notes, never takes any away. A person new to the database whose summary decides nothing
 * gets none (see decidesNothing). People stored without a summary, whose records this cannot
 * see, are returned as `missing`.
 */
function summariesAfter(
  writes: NonNullable<ImportPlan['writes']>,
  before: ReadonlyMap<string, PersonSummary | undefined>,
  now: number,
): { summaries: PersonSummary[]; missing: string[] } {
  const written = new Map(writes.people.map((p) => [p.id, p]));
  const notesOf = groupByPerson(writes.notes);
  const touchesOf = groupByPerson(writes.touches);
  const summaries: PersonSummary[] = [];
  const missing: string[] = [];
  for (const id of peopleWritten(writes)) {
    const change = { notes: notesOf.get(id) ?? [], touches: touchesOf.get(id) ?? [] };
    const summary = before.get(id);
    const person = written.get(id) ?? (summary && summaryPerson(summary));
    if (summary && person) summaries.push(withChange(summary, person, change, now));
    else if (person && !before.has(id)) {
      if (recordsDecideNothing(change.notes, change.touches)) continue;
      const made = summarise(person, change.notes, change.touches, now);
      if (!decidesNothing(made)) summaries.push(made);
    } else missing.push(id);
  }
  return { summaries, missing };
}

/**
 * Past this share of everyone stored, the people already stored whose words an import
 * changes (a backup from a second device, say) are indexed anew with everyone else: reading
 * every person and note once is cheaper than reading so many people's notes one by one.
 */
const REINDEX_ALL_FROM_SHARE = 0.25;

/**
 * How the word index follows an import, read before the writes. What each person can be
 * found by afterwards is worked out in memory: people new to the database from the file;
 * people already stored from their stored record (read by the plan) and notes, with the
 * file's person record and notes in their place. Nothing is read again after the writes.
 * `changes` is null when the whole index is to be built anew instead.
 */
function readWordsBefore(
  db: RapportDatabase,
  stored: Stored,
  storedIds: ReadonlySet<string>,
  people: Person[],
  notes: Note[],
): PromiseExtended<{ changes(): WordChange[] | null }> {
  const newPeople = people.filter((p) => !storedIds.has(p.id));
  const newIds = new Set(newPeople.map((p) => p.id));
  const changed = new Set<string>(people.map((p) => p.id));
  for (const note of notes) {
    changed.add(note.personId);
    const previousOwner = stored.notes.get(note.id)?.personId;
    if (previousOwner) changed.add(previousOwner);
  }
  const existing = [...changed].filter((id) => !newIds.has(id));
  const storedPeople = new Map(stored.people.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  const counted = existing.length ? db.people.count() : Dexie.Promise.resolve(0);
  return counted.then((everyone) => {
    if (existing.length > everyone * REINDEX_ALL_FROM_SHARE) return { changes: () => null };
    return Dexie.Promise.all([
      Dexie.Promise.all(existing.map((id) => storedPeople.get(id) ?? db.people.get(id))),
      notesOfPeople(db, existing),
    ]).then(([found, notesOf]) => ({
      changes(): WordChange[] {
        const written = new Map(people.map((p) => [p.id, p]));
        const incoming = groupByPerson(notes);
        const fresh = newPeople.map((p) => ({
          personId: p.id,
          before: null,
          after: wordPlaces(p, incoming.get(p.id) ?? []),
        }));
        const incomingIds = new Set(notes.map((n) => n.id));
        const merged = existing.map((personId, i): WordChange => {
          const person = found[i];
          const notesBefore = notesOf.get(personId) ?? [];
          const after = written.get(personId) ?? person;
          // The file's notes replace stored notes of the same id, wherever those were.
          const notesAfter = [
            ...notesBefore.filter((n) => !incomingIds.has(n.id)),
            ...(incoming.get(personId) ?? []),
          ];
          return {
            personId,
            before: person ? wordPlaces(person, notesBefore) : null,
            after: after ? wordPlaces(after, notesAfter) : null,
          };
        });
        return [...fresh, ...merged];
      },
    }));
  });
}

/** The stored notes of these people, by person: the whole table when it is small. */
function notesOfPeople(db: RapportDatabase, ids: string[]): PromiseExtended<Map<string, Note[]>> {
  if (!ids.length) return Dexie.Promise.resolve(new Map());
  return wholeTableIfSmall<Note>(db.notes, ids.length).then((all) =>
    all
      ? groupByPerson(all)
      : Dexie.Promise.all(ids.map((id) => storedNotesOf(db, id))).then(
          (notes) => new Map(ids.map((id, i) => [id, notes[i]!])),
        ),
  );
}

/** What a person can be found by, with these notes. */
function wordPlaces(person: Person, notes: readonly Note[]): WordPlaces {
  const bodies = notes.map((n) => n.body);
  return personWordPlaces(person, bodies);
}
