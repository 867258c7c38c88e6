import { useDeferredValue, useMemo } from 'react';
import type { Note, Person, Touch } from '@/storage/schema';
import { evaluateDraft } from '@/utils/coach/checklist';
import { styleFigures } from '@/utils/coach/style';
import type { ChecklistId, ChecklistItem } from '@/utils/coach/types';
import { StyleFigures } from './StyleFigures';

const ITEM_LABEL: Record<ChecklistId, string> = {
  'offers-value': 'Offers them something of value',
  'call-to-action': 'One clear next step',
  'specific-proposal': 'Specific: when, what, how much',
  'small-first-step': 'A small first step',
  'customer-centred': 'About them, not us',
  'no-rehash': 'Asks nothing they already told you',
  remembers: 'Uses what they told you',
  'one-off-not-pattern': 'No one-off treated as a pattern',
  permission: 'Permission to stay in touch',
  'keeps-promise': 'Keeps your promise',
};

const STATUS_LABEL: Record<ChecklistItem['status'], string> = {
  pass: 'Yes',
  warn: 'Check',
  fail: 'No',
  na: 'n/a',
};

/**
 * Every checklist item on the draft, with the words that decided it (or what was looked
 * for and not found) and what to do; then the draft's style figures. Typing is deferred so
 * a burst of keystrokes never queues up evaluations. Loaded lazily by CoachSection: this
 * is the part that needs the language libraries.
 */
export function DraftChecklist({
  draft,
  person,
  notes,
  touches,
  now,
}: {
  draft: { subject: string; body: string };
  person: Person;
  notes: Note[];
  touches: Touch[];
  now: number;
}) {
  const deferredDraft = useDeferredValue(draft);
  const items = useMemo(
    () =>
      evaluateDraft({
        subject: deferredDraft.subject,
        body: deferredDraft.body,
        person,
        notes,
        touches,
        now,
      }),
    [deferredDraft, person, notes, touches, now],
  );
  const figures = useMemo(
    () => styleFigures(deferredDraft.subject, deferredDraft.body),
    [deferredDraft],
  );
  return (
    <>
      <ul className="checklist" aria-label="Draft checklist">
        {items.map((item) => (
          <li key={item.id} className={`check-item check-${item.status}`} data-id={item.id}>
            <span className="check-status" aria-hidden="true">
              {STATUS_LABEL[item.status]}
            </span>
            <div>
              <span className="check-label">
                {ITEM_LABEL[item.id]}
                <span className="visually-hidden">: {STATUS_LABEL[item.status]}</span>
              </span>
              {item.evidence && (
                <p className="evidence" dir="auto">
                  {item.evidence}
                </p>
              )}
              {item.status !== 'pass' && item.status !== 'na' && (
                <p className="hint">{item.hint}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
      <StyleFigures figures={figures} subject={deferredDraft.subject} />
    </>
  );
}
