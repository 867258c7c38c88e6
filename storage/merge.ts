import {
  linkedinIdentitiesToLearn,
  mergeConflict,
  mergePersonRecords,
  normaliseMemberId,
  normaliseSlug,
} from '../utils/domain/person';
import type { RapportDatabase } from './db';
import { mergeDraft, restoreDrafts, sidePanelDraftKey, type DraftsSnapshot } from './drafts';
import {
  findPersonByMemberId,
  findPersonBySlug,
  updatePerson,
  type PersonIdentity,
} from './people';
import { rebuildSummary } from './person-summaries';
import { personSchema, validate, type Person, type Snooze } from './schema';
import { restoreSnapshot, snapshotTables, takeSnapshot, type PeopleSnapshot } from './snapshot';
import { attachUnattached } from './unattached';
import { reindexAround } from './word-index';

/** A merge done, and what undoing it puts back. */
export interface Merged {
  person: Person;
  undo: {
    snapshot: PeopleSnapshot;
    drafts: DraftsSnapshot;
    /** Touches the merge made of contact kept unattached under an identity it brought. */
    madeTouchIds: string[];
  };
}

/**
 * Unites two records of one person by the one merge policy (mergePersonRecords): `kept`
 * stays as the rep wrote it and gains `absorbed`'s addresses, profile, tags and missing
 * fields, and all its notes, touches and reminders shown; then `absorbed` is deleted, and
 * whoever was marked as not being `absorbed` is now marked as not being `kept`. The kept
 * person's summary is worked out again from everything now theirs, and keeps the snooze
 * that ends later. One transaction: all or nothing. The unsaved note drafts about
 * `absorbed` join `kept`'s.
 */
export async function mergePeople(
  db: RapportDatabase,
  keptId: string,
  absorbedId: string,
  now = Date.now(),
): Promise<Merged> {
  if (keptId === absorbedId) throw new Error('Cannot merge a person with themselves');
  const done = await db.transaction('rw', snapshotTables(db), async () => {
    const snapshot = await takeSnapshot(db, [keptId, absorbedId]);
    const kept = snapshot.people.find((p) => p.id === keptId);
    const absorbed = snapshot.people.find((p) => p.id === absorbedId);
    if (!kept || !absorbed) throw new Error('Both people must exist to be merged');
    const conflict = mergeConflict(kept, absorbed);
    if (conflict) throw new Error(conflict);
    const { distinctFrom, ...rest } = mergePersonRecords(kept, absorbed, now);
    const stillDistinct = distinctFrom?.filter((id) => id !== keptId && id !== absorbedId);
    const merged = validate('person', personSchema, {
      ...rest,
      ...(stillDistinct?.length ? { distinctFrom: stillDistinct } : {}),
    });
    await reindexAround(db, [keptId, absorbedId], async () => {
      await db.people.delete(absorbedId);
      await db.people.put(merged);
      await db.notes.bulkPut(
        snapshot.notes
          .filter((n) => n.personId === absorbedId)
          .map((n) => ({ ...n, personId: keptId })),
      );
      await db.touches.bulkPut(
        snapshot.touches
          .filter((t) => t.personId === absorbedId)
          .map((t) => ({ ...t, personId: keptId })),
      );
      await db.people.bulkPut(
        snapshot.naming.map((p) => ({
          ...p,
          distinctFrom: [
            ...new Set((p.distinctFrom ?? []).map((id) => (id === absorbedId ? keptId : id))),
          ],
        })),
      );
    });
    await db.reminders.bulkPut(
      snapshot.reminders
        .filter((r) => r.personId === absorbedId)
        .map((r) => ({ ...r, personId: keptId })),
    );
    // What was seen with an identity the merge brings becomes their touches too.
    const made = await attachUnattached(db, [merged], now);
    await db.personSummaries.delete(absorbedId);
    // A summary is never worked out for a moment before either one's was.
    await rebuildSummary(db, keptId, Math.max(now, ...snapshot.summaries.map((s) => s.asOf)));
    await db.snoozes.delete(absorbedId);
    const snooze = laterSnooze(snapshot.snoozes);
    if (snooze) await db.snoozes.put({ ...snooze, personId: keptId });
    return { person: merged, snapshot, madeTouchIds: made.map((t) => t.id) };
  });
  const { person, snapshot, madeTouchIds } = done;
  const drafts = {
    ...(await mergeDraft(absorbedId, keptId)),
    ...(await mergeDraft(sidePanelDraftKey(absorbedId), sidePanelDraftKey(keptId))),
  };
  return { person, undo: { snapshot, drafts, madeTouchIds } };
}

/** Of two people's snoozes, the one that keeps them off the plan longer. */
function laterSnooze(snoozes: readonly Snooze[]): Snooze | undefined {
  return snoozes.reduce<Snooze | undefined>(
    (later, s) => (later && later.until >= s.until ? later : s),
    undefined,
  );
}

/**
 * Puts both people back exactly as they were before the merge: notes, touches, summaries,
 * snoozes, reminders and contact kept unattached too.
 */
export async function undoMerge(db: RapportDatabase, undo: Merged['undo']): Promise<void> {
  await restoreSnapshot(db, undo.snapshot, undo.madeTouchIds);
  await restoreDrafts(undo.drafts);
}

/**
 * A page showed a profile's slug and member id together (a profile page carries both):
 * the person found by either gains the one they lack, so a chat bubble that links the
 * member id finds the person added from their profile, and the reverse. When the slug
 * and the id each found a different record, those are one person seen twice: the record
 * with the slug keeps its fields and absorbs the other (the one merge policy). Returns the
 * person, or undefined when the page's person is not in Rapport.
 */
export async function learnLinkedInIdentities(
  db: RapportDatabase,
  page: PersonIdentity,
  now = Date.now(),
): Promise<Person | undefined> {
  const slug = page.linkedinSlug ? normaliseSlug(page.linkedinSlug) : undefined;
  const memberId = page.linkedinMemberId ? normaliseMemberId(page.linkedinMemberId) : undefined;
  if (!slug || !memberId) return undefined;
  const [bySlug, byId] = await Promise.all([
    findPersonBySlug(db, slug),
    findPersonByMemberId(db, memberId),
  ]);
  if (bySlug && byId && bySlug.id !== byId.id) {
    if (mergeConflict(bySlug, byId)) return bySlug;
    const { person: merged } = await mergePeople(db, bySlug.id, byId.id, now);
    return learnLinkedInIdentities(db, page, now).then((p) => p ?? merged);
  }
  const person = bySlug ?? byId;
  if (!person) return undefined;
  const learned = linkedinIdentitiesToLearn(person, {
    linkedinSlug: slug,
    linkedinMemberId: memberId,
  });
  // Learning an identity is not the rep's activity: the person keeps their place in "recent".
  return learned ? updatePerson(db, person.id, learned, person.updatedAt) : person;
}
