import { afterAll, describe, expect, it } from 'vitest';
import { CHECKLIST_IDS } from '../../../utils/coach';
import { CORPUS, reasonOf, statusOf } from './corpus';
import { agreementOn, agreementTable, checklistOf } from './corpus/agreement';

/** Every item must agree with the careful human labels at least this often. */
const REQUIRED_AGREEMENT = 0.95;
const agreement = agreementOn(CORPUS);

describe('the labelled corpus', () => {
  it('holds at least 150 drafts, each family represented, every label with its reason', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    const families = new Set(CORPUS.map((d) => d.family));
    expect(families.size).toBe(9);
    expect(new Set(CORPUS.map((d) => d.name)).size).toBe(CORPUS.length);
    for (const draft of CORPUS) {
      for (const id of CHECKLIST_IDS)
        expect(reasonOf(draft.labels[id]), `${draft.name}: ${id}`).not.toBe('');
    }
  });

  it('labels every item with each status it can take somewhere in the corpus', () => {
    for (const id of CHECKLIST_IDS) {
      const seen = new Set(CORPUS.map((d) => statusOf(d.labels[id])));
      expect(seen.size, id).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(CHECKLIST_IDS)('%s agrees with the labels on at least 95 % of the drafts', (id) => {
    const { agreed, total } = agreement.perItem[id];
    const misses = agreement.disagreements
      .filter((d) => d.id === id)
      .map(
        (d) =>
          `${d.draft}: labelled ${d.expected}; coach said ${d.actual.status} (${d.actual.evidence ?? ''})`,
      );
    expect(agreed / total, misses.join('\n')).toBeGreaterThanOrEqual(REQUIRED_AGREEMENT);
  });
});

describe.each(CORPUS)('$family: $name', (draft) => {
  it('gives the ten items in order, each with a hint and the evidence it rests on', () => {
    const items = checklistOf(draft);
    expect(items.map((i) => i.id)).toEqual([...CHECKLIST_IDS]);
    for (const i of items) {
      expect(i.hint, i.id).toMatch(/\S/);
      expect(i.evidence, i.id).toMatch(/\S/);
    }
  });
});

afterAll(() => {
  const lines = agreement.disagreements.map(
    (d) => `  ${d.id} · ${d.draft}: labelled ${statusOf(d.expected)}, coach ${d.actual.status}`,
  );
  console.info(
    `Checklist agreement with the labelled corpus (${CORPUS.length} drafts):\n${agreementTable(agreement)}` +
      (lines.length ? `\nDisagreements:\n${lines.join('\n')}` : ''),
  );
});
