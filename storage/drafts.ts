import Dexie, { type EntityTable } from 'dexie';
import * as z from 'zod/mini';
import { storage } from '#imports';
import { MAX_NOTE_LENGTH, NOTE_KINDS } from './schema';

/**
 * The "never lost" note draft. The popup dies the moment it loses focus, so what the rep
 * types is written on every change, one draft per person (or NEW_DRAFT before anyone is
 * chosen), and comes back when the popup opens for them again. Saving or discarding the
 * note clears it.
 *
 * Drafts are kept in an IndexedDB database of their own, in Rapport's own origin. Content
 * scripts open IndexedDB as the page they run in, so no browser lets them read it; local
 * extension storage, where drafts were kept before, is open to content scripts in Firefox,
 * which has no access levels for it. Not in the main database: a draft is working state,
 * never backed up, and needs no schema version of the records.
 */

/** The draft key used while no person in Rapport is chosen yet. */
export const NEW_DRAFT = 'new';

export const draftSchema = z.object({
  body: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
  kind: z.enum(NOTE_KINDS),
  oneOff: z.boolean(),
  /** The due date as typed, not as read: the rep's own words come back. */
  due: z.string().check(z.maxLength(1000)),
  savedAt: z.number(),
});
export type Draft = z.infer<typeof draftSchema>;

/** Where drafts were kept before they moved to their own database (moved on start). */
const LEGACY_PREFIX = 'draft:';

type StoredDraft = Draft & { key: string };

export const DRAFTS_DATABASE = 'rapport-drafts';

let database: (Dexie & { drafts: EntityTable<StoredDraft, 'key'> }) | undefined;
function drafts() {
  if (!database) {
    database = new Dexie(DRAFTS_DATABASE) as Dexie & { drafts: EntityTable<StoredDraft, 'key'> };
    database.version(1).stores({ drafts: 'key' });
    // Another context upgrading or deleting the drafts database: let go of this connection,
    // so that it can, and open a new one at the next draft read or write.
    database.on('versionchange', () => {
      database?.close();
      database = undefined;
      return false;
    });
  }
  return database.drafts;
}

/**
 * How long a draft about someone never added to Rapport is kept: long enough to come back
 * to, not so long that words about strangers pile up on the machine.
 */
export const UNADDED_DRAFT_LIFETIME_MS = 30 * 86_400_000;

/** Whether a draft key names someone not in Rapport (a page person, or nobody chosen yet). */
const isUnaddedDraftKey = (draftKey: string) =>
  draftKey === NEW_DRAFT || draftKey.startsWith('page:');

/** The draft key for a person, or NEW_DRAFT when there is none yet. */
export function draftKeyFor(personId: string | undefined): string {
  return personId ?? NEW_DRAFT;
}

/** The key of the side panel's note draft about a person (apart from the popup's). */
export function sidePanelDraftKey(personId: string): string {
  return `sidepanel:${personId}`;
}

/**
 * The draft key for someone on the page who is not in Rapport yet, by what identifies
 * them there, so each person's words come back to them alone (one shared key would hand
 * one stranger's draft to the next). NEW_DRAFT when the page gives nothing stable.
 */
export function candidateDraftKey(person: {
  linkedinSlug?: string;
  linkedinMemberId?: string;
  emails?: readonly string[];
}): string {
  if (person.linkedinSlug) return `page:linkedin:${person.linkedinSlug}`;
  if (person.linkedinMemberId) return `page:linkedin-member:${person.linkedinMemberId}`;
  const email = person.emails?.[0];
  return email ? `page:email:${email.toLowerCase()}` : NEW_DRAFT;
}

/** A draft with nothing typed in it is not worth keeping. */
export function isEmptyDraft(draft: Pick<Draft, 'body' | 'due'>): boolean {
  return draft.body.trim() === '' && draft.due.trim() === '';
}

/**
 * Moves drafts kept in local extension storage by an earlier version into the drafts
 * database (a draft already there wins), and removes them from local storage.
 */
async function moveLegacyDrafts(): Promise<void> {
  const stored = await storage.snapshot('local');
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(LEGACY_PREFIX)) continue;
    const draft = draftSchema.safeParse(value);
    const draftKey = key.slice(LEGACY_PREFIX.length);
    if (draft.success && !(await loadDraft(draftKey))) await saveDraft(draftKey, draft.data);
    await storage.removeItem(`local:${key}`);
  }
}

/**
 * Removes the drafts about people never added that were last typed in more than
 * UNADDED_DRAFT_LIFETIME_MS before `now`. Drafts about people in Rapport stay. Run when
 * the background starts, after moving any drafts an earlier version kept elsewhere.
 */
export async function forgetStaleDrafts(now: number): Promise<void> {
  await moveLegacyDrafts();
  for (const stored of await drafts().toArray()) {
    const draft = draftSchema.safeParse(stored);
    const stale = !draft.success || now - draft.data.savedAt > UNADDED_DRAFT_LIFETIME_MS;
    if (isUnaddedDraftKey(stored.key) && stale) await clearDraft(stored.key);
  }
}

/** The stored draft, or null. A stored value that does not fit is treated as none. */
export async function loadDraft(draftKey: string): Promise<Draft | null> {
  const stored = await drafts().get(draftKey);
  const parsed = draftSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Stores the draft, or removes it when nothing is typed. */
export async function saveDraft(draftKey: string, draft: Draft): Promise<void> {
  if (isEmptyDraft(draft)) await clearDraft(draftKey);
  else await drafts().put({ ...draftSchema.parse(draft), key: draftKey });
}

export async function clearDraft(draftKey: string): Promise<void> {
  await drafts().delete(draftKey);
}

/**
 * Moves a draft to another key (typed before the person was chosen, then the person was
 * added). Never overwrites a draft already waiting under the target key.
 */
export async function moveDraft(from: string, to: string): Promise<void> {
  if (from === to) return;
  const draft = await loadDraft(from);
  if (!draft || (await loadDraft(to))) return;
  await saveDraft(to, draft);
  await clearDraft(from);
}

/**
 * Every key a draft about this person may be kept under: the popup's and the side panel's,
 * and the ones typed before they were added, by their address or LinkedIn profile.
 */
export function draftKeysOf(person: {
  id: string;
  emails: readonly string[];
  linkedinSlug?: string;
  linkedinMemberId?: string;
}): string[] {
  const { linkedinSlug, linkedinMemberId } = person;
  return [
    person.id,
    sidePanelDraftKey(person.id),
    ...person.emails.map((email) => candidateDraftKey({ emails: [email] })),
    ...(linkedinSlug ? [candidateDraftKey({ linkedinSlug })] : []),
    ...(linkedinMemberId ? [candidateDraftKey({ linkedinMemberId })] : []),
  ];
}

/** Drafts by key, as they were; null where there was none. What undo puts back. */
export type DraftsSnapshot = Record<string, Draft | null>;

/** Takes the drafts under these keys away, returning them as they were. */
export async function takeDrafts(keys: readonly string[]): Promise<DraftsSnapshot> {
  const taken: DraftsSnapshot = {};
  for (const key of new Set(keys)) {
    taken[key] = await loadDraft(key);
    await clearDraft(key);
  }
  return taken;
}

/** Puts drafts back as they were (undo): a key that had none is left empty. */
export async function restoreDrafts(drafts: DraftsSnapshot): Promise<void> {
  for (const [key, draft] of Object.entries(drafts)) {
    if (draft) await saveDraft(key, draft);
    else await clearDraft(key);
  }
}

/**
 * One person's draft joins another's (two records merged): moved when the other has none,
 * else appended to it, so no word typed is lost. Returns both as they were, for undo.
 */
export async function mergeDraft(from: string, to: string): Promise<DraftsSnapshot> {
  const before = { [from]: await loadDraft(from), [to]: await loadDraft(to) };
  const moving = before[from];
  if (!moving) return before;
  const staying = before[to];
  const merged = staying
    ? { ...staying, body: `${staying.body}\n\n${moving.body}`.trim(), savedAt: Date.now() }
    : moving;
  await saveDraft(to, merged);
  await clearDraft(from);
  return before;
}
