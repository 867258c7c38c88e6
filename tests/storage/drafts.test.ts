import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearDraft,
  candidateDraftKey,
  draftKeyFor,
  DRAFTS_DATABASE,
  forgetStaleDrafts,
  loadDraft,
  moveDraft,
  NEW_DRAFT,
  saveDraft,
  type Draft,
} from '@/storage/drafts';

const draft = (body: string, extra: Partial<Draft> = {}): Draft => ({
  body,
  kind: 'said',
  oneOff: false,
  due: '',
  savedAt: 1,
  ...extra,
});

describe('drafts', () => {
  it('keeps a draft per person in its own database, not in local extension storage', async () => {
    await saveDraft('p1', draft('Budget is €20k <script>', { kind: 'promise', due: 'by Friday' }));
    await saveDraft('p2', draft('Other'));
    expect(await loadDraft('p1')).toEqual(
      draft('Budget is €20k <script>', { kind: 'promise', due: 'by Friday' }),
    );
    expect((await loadDraft('p2'))?.body).toBe('Other');
    // Firefox lets content scripts read local extension storage; they cannot open this.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stores any text intact, however long', async () => {
    const body = '𝕏\u202e\u200b"\'<>&\n'.repeat(20_000);
    await saveDraft('p1', draft(body));
    expect((await loadDraft('p1'))?.body).toBe(body);
  });

  it('removes the draft when it is cleared or emptied', async () => {
    await saveDraft('p1', draft('Hello'));
    await clearDraft('p1');
    expect(await loadDraft('p1')).toBeNull();
    await saveDraft('p1', draft('Hello'));
    await saveDraft('p1', draft('   '));
    expect(await loadDraft('p1')).toBeNull();
  });

  it('reads a damaged stored value as no draft', async () => {
    const raw = new Dexie(DRAFTS_DATABASE);
    raw.version(1).stores({ drafts: 'key' });
    await raw.table('drafts').put({ key: 'p1', body: 42 });
    raw.close();
    expect(await loadDraft('p1')).toBeNull();
  });

  it('moves the new-person draft to the person, never over an existing draft', async () => {
    expect(draftKeyFor(undefined)).toBe(NEW_DRAFT);
    await saveDraft(NEW_DRAFT, draft('Typed first'));
    await moveDraft(NEW_DRAFT, 'p1');
    expect((await loadDraft('p1'))?.body).toBe('Typed first');
    expect(await loadDraft(NEW_DRAFT)).toBeNull();

    await saveDraft(NEW_DRAFT, draft('Second'));
    await moveDraft(NEW_DRAFT, 'p1');
    expect((await loadDraft('p1'))?.body).toBe('Typed first');
    expect((await loadDraft(NEW_DRAFT))?.body).toBe('Second');
  });

  it('keys a draft for someone not in Rapport yet by what the page identifies them by', () => {
    expect(candidateDraftKey({ linkedinSlug: 'sam-okafor' })).toBe('page:linkedin:sam-okafor');
    expect(candidateDraftKey({ emails: ['Sam@Example.com'] })).toBe('page:email:sam@example.com');
    expect(candidateDraftKey({ linkedinSlug: 'kim-lee' })).not.toBe(
      candidateDraftKey({ linkedinSlug: 'sam-okafor' }),
    );
    expect(candidateDraftKey({ emails: [] })).toBe(NEW_DRAFT);
  });

  it('moves the drafts an earlier version kept in local extension storage', async () => {
    await saveDraft('p2', draft('Typed since'));
    await fakeBrowser.storage.local.set({
      'draft:p1': draft('Kept in local storage'),
      'draft:p2': draft('Older words'),
      'draft:p3': { body: 42 },
      theme: 'dark',
    });
    await forgetStaleDrafts(Date.UTC(2026, 11, 2));
    expect((await loadDraft('p1'))?.body).toBe('Kept in local storage');
    expect((await loadDraft('p2'))?.body).toBe('Typed since');
    expect(await loadDraft('p3')).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ theme: 'dark' });
  });

  it('forgets drafts about people never added after 30 days, and keeps the others', async () => {
    const now = Date.UTC(2026, 11, 2);
    const days = (n: number) => now - n * 86_400_000;
    await saveDraft('page:email:old@example.com', draft('Old stranger', { savedAt: days(31) }));
    await saveDraft('page:linkedin:recent', draft('Recent stranger', { savedAt: days(29) }));
    await saveDraft(NEW_DRAFT, draft('Nobody chosen', { savedAt: days(40) }));
    await saveDraft('person-1', draft('Someone in Rapport', { savedAt: days(400) }));

    await forgetStaleDrafts(now);
    expect(await loadDraft('page:email:old@example.com')).toBeNull();
    expect(await loadDraft(NEW_DRAFT)).toBeNull();
    expect((await loadDraft('page:linkedin:recent'))?.body).toBe('Recent stranger');
    expect((await loadDraft('person-1'))?.body).toBe('Someone in Rapport');
  });
});
