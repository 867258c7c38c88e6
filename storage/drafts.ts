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

const DRAFT_PREFIX = 'draft:';
const itemKey = (draftKey: string) => `local:${DRAFT_PREFIX}${draftKey}` as const;

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
 * Removes the drafts about people never added that were last typed in more than
 * UNADDED_DRAFT_LIFETIME_MS before `now`. Drafts about people in Rapport stay.
 */
export async function forgetStaleDrafts(now: number): Promise<void> {
  const stored = await storage.snapshot('local');
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(DRAFT_PREFIX)) continue;
    const draftKey = key.slice(DRAFT_PREFIX.length);
    const draft = draftSchema.safeParse(value);
    const stale = !draft.success || now - draft.data.savedAt > UNADDED_DRAFT_LIFETIME_MS;
    if (isUnaddedDraftKey(draftKey) && stale) await clearDraft(draftKey);
  }
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
