import { describe, expect, it } from 'vitest';
import { CHECKLIST_IDS } from '../../../utils/coach';
import { checklistOf } from './corpus/agreement';
import { DRAFT_CASES } from './drafts.table';

const ABOUT_WHAT_IS_MISSING: ReadonlySet<string> = new Set(['offers-value', 'call-to-action']);

describe('evaluateDraft on drafts written as reps write', () => {
  it('has at least 40 drafts', () => {
    expect(DRAFT_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(DRAFT_CASES)('$name', (c) => {
    const items = checklistOf(c);
    expect(items.map((i) => i.id)).toEqual([...CHECKLIST_IDS]);
    const byId = Object.fromEntries(items.map((i) => [i.id, i]));
    const actual = Object.fromEntries(Object.keys(c.expect).map((id) => [id, byId[id]?.status]));
    expect(actual, JSON.stringify(items, null, 1)).toEqual(c.expect);
    for (const [id, text] of Object.entries(c.evidence ?? {})) {
      expect(byId[id]?.evidence ?? '').toContain(text);
    }
    for (const i of items) {
      expect(i.hint.length, i.id).toBeGreaterThan(0);
      // A verdict against the draft quotes what it rests on, so the rep sees why; only a
      // verdict about what the draft lacks (no value offered, no next step) has nothing to quote.
      const against = i.status === 'fail' || i.status === 'warn';
      if (against && !ABOUT_WHAT_IS_MISSING.has(i.id)) expect(i.evidence, i.id).toMatch(/\S/);
    }
  });
});
