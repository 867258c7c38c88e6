import { z } from 'zod';
import { storage } from '#imports';
import { MAX_NOTE_LENGTH, NOTE_KINDS } from './schema';

/**
 * The "never lost" note draft. The popup dies the moment it loses focus, so what the rep
 * types is written to extension storage on every change, one draft per person (or
 * NEW_DRAFT before anyone is chosen), and comes back when the popup opens for them again.
 * Saving or discarding the note clears it.
 */

/** The draft key used while no person in Rapport is chosen yet. */
export const NEW_DRAFT = 'new';

export const draftSchema = z.object({
  body: z.string().max(MAX_NOTE_LENGTH),
  kind: z.enum(NOTE_KINDS),
  oneOff: z.boolean(),
  /** The due date as typed, not as read: the rep's own words come back. */
  due: z.string().max(1000),
  savedAt: z.number(),
});
export type Draft = z.infer<typeof draftSchema>;

const itemKey = (draftKey: string) => `local:draft:${draftKey}` as const;

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

/** The stored draft, or null. A stored value that does not fit is treated as none. */
export async function loadDraft(draftKey: string): Promise<Draft | null> {
  const parsed = draftSchema.safeParse(await storage.getItem<unknown>(itemKey(draftKey)));
  return parsed.success ? parsed.data : null;
}

/** Stores the draft, or removes it when nothing is typed. */
export async function saveDraft(draftKey: string, draft: Draft): Promise<void> {
  if (isEmptyDraft(draft)) await clearDraft(draftKey);
  else await storage.setItem(itemKey(draftKey), draftSchema.parse(draft));
}

export async function clearDraft(draftKey: string): Promise<void> {
  await storage.removeItem(itemKey(draftKey));
}

/**
 * Moves a draft to another key (typed before the person was chosen, then the person was
 * added). Never overwrites a draft already waiting under the target key.
 */
export async function moveDraft(from: string, to: string): Promise<void> {
  if (from === to) return;
  const draft = await loadDraft(from);
  if (!draft || (await loadDraft(to))) return;
  await storage.setItem(itemKey(to), draft);
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
    if (draft) await storage.setItem(itemKey(key), draft);
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
  await storage.setItem(itemKey(to), draftSchema.parse(merged));
  await clearDraft(from);
  return before;
}
