import {
  CHECKLIST_IDS,
  evaluateDraft,
  type ChecklistId,
  type ChecklistItem,
} from '../../../../utils/coach';
import { NOW } from '../factories';
import { statusOf, type CorpusDraft, type Label } from './types';

/** The checklist on a draft and its context, with the tests' fixed "now". */
export function checklistOf(
  draft: Pick<CorpusDraft, 'subject' | 'body' | 'notes' | 'person' | 'touches'>,
): ChecklistItem[] {
  return evaluateDraft({
    subject: draft.subject,
    body: draft.body,
    notes: draft.notes ?? [],
    touches: draft.touches ?? [],
    now: NOW,
    ...(draft.person ? { person: draft.person } : {}),
  });
}

export interface Disagreement {
  draft: string;
  id: ChecklistId;
  expected: Label;
  actual: ChecklistItem;
}

export interface Agreement {
  perItem: Record<ChecklistId, { agreed: number; total: number }>;
  disagreements: Disagreement[];
}

/** How often the checklist's status equals the human label, item by item. */
export function agreementOn(corpus: readonly CorpusDraft[]): Agreement {
  const perItem = Object.fromEntries(
    CHECKLIST_IDS.map((id) => [id, { agreed: 0, total: 0 }]),
  ) as Agreement['perItem'];
  const disagreements: Disagreement[] = [];
  for (const draft of corpus) {
    const items = checklistOf(draft);
    for (const id of CHECKLIST_IDS) {
      const actual = items.find((i) => i.id === id);
      if (!actual) throw new Error(`${draft.name}: no ${id} item`);
      const expected = draft.labels[id];
      perItem[id].total += 1;
      if (actual.status === statusOf(expected)) perItem[id].agreed += 1;
      else disagreements.push({ draft: draft.name, id, expected, actual });
    }
  }
  return { perItem, disagreements };
}

/** The agreement as a Markdown table, the form the README shows. */
export function agreementTable(a: Agreement): string {
  const rows = CHECKLIST_IDS.map((id) => {
    const { agreed, total } = a.perItem[id];
    return `| ${id} | ${agreed} / ${total} | ${((100 * agreed) / total).toFixed(1)} % |`;
  });
  return ['| item | agreed | agreement |', '|---|---|---|', ...rows].join('\n');
}
