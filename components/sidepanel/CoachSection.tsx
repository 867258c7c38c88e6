import { useDeferredValue, useMemo } from 'react';
import type { Note, Person, Settings, Touch } from '@/storage/schema';
import { evaluateDraft, judgeTiming } from '@/utils/coach';
import type { ChecklistId, ChecklistItem, TimingVerdict } from '@/utils/coach/types';
import { formatDateTime } from '../format';

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

const LEVEL_LABEL: Record<TimingVerdict['level'], string> = {
  ok: 'Good time to send',
  wait: 'Better to wait',
  stop: 'Do not send',
};

/**
 * The coach, live beside the draft: the timing verdict with its reasons, then every
 * checklist item with the words that decided it and what to do. Typing is deferred so a
 * burst of keystrokes never queues up evaluations.
 */
export function CoachSection({
  draft,
  person,
  notes,
  touches,
  settings,
  now,
}: {
  draft?: { subject: string; body: string };
  person: Person;
  notes: Note[];
  touches: Touch[];
  settings: Settings | undefined;
  now: number;
}) {
  const deferredDraft = useDeferredValue(draft);
  const timingSettings = useMemo(
    () => ({
      ...settings?.cadence,
      ...(settings?.timeZone ? { timeZone: settings.timeZone } : {}),
    }),
    [settings],
  );
  const verdict = useMemo(
    () => judgeTiming({ touches, now, person, notes, settings: timingSettings }),
    [touches, now, person, notes, timingSettings],
  );
  const items = useMemo(
    () =>
      deferredDraft
        ? evaluateDraft({
            subject: deferredDraft.subject,
            body: deferredDraft.body,
            person,
            notes,
            touches,
            now,
          })
        : null,
    [deferredDraft, person, notes, touches, now],
  );

  return (
    <section aria-labelledby="coach-heading" className="coach">
      <h3 id="coach-heading">Coach</h3>
      <div className={`timing timing-${verdict.level}`} role="group" aria-label="Send timing">
        <strong>{LEVEL_LABEL[verdict.level]}</strong>
        {verdict.suggestedAt !== undefined && (
          <span> · best after {formatDateTime(verdict.suggestedAt, person.timeZone)}</span>
        )}
        {verdict.reasons.length > 0 && (
          <ul>
            {verdict.reasons.map((r) => (
              <li key={r.code} data-code={r.code}>
                {r.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {items ? (
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
      ) : (
        <p className="subtle">Open a compose to check your draft.</p>
      )}
    </section>
  );
}
