import { lazy, Suspense, useMemo } from 'react';
import type { Note, Person, Settings, Touch } from '@/storage/schema';
import { timingSettings } from '@/utils/coach/cadence';
import { judgeTiming } from '@/utils/coach/timing';
import type { TimingVerdict } from '@/utils/coach/types';
import type { Draft } from '@/utils/messages';
import { formatDateTime } from '../format';
import { lazyModule, usePrefetch } from '../hooks/useLazyModule';

// The checklist reads the draft with compromise and chrono (~330 KB of script): loaded
// apart, so the person's context is on screen without waiting for them. The timing
// verdict needs neither and shows at once.
const checklist = lazyModule(() => import('./DraftChecklist'));
const DraftChecklist = lazy(() => checklist.load().then((m) => ({ default: m.DraftChecklist })));

const LEVEL_LABEL: Record<TimingVerdict['level'], string> = {
  ok: 'Good time to send',
  wait: 'Better to wait',
  stop: 'Do not send',
};

/**
 * The coach, live beside the draft: the timing verdict with its reasons, then every
 * checklist item with the words that decided it and what to do.
 */
export function CoachSection({
  draft,
  person,
  notes,
  touches,
  settings,
  now,
}: {
  draft?: Draft;
  person: Person;
  notes: Note[];
  touches: Touch[];
  settings: Settings | undefined;
  now: number;
}) {
  const timing = useMemo(() => timingSettings(settings), [settings]);
  const verdict = useMemo(
    () => judgeTiming({ touches, now, person, notes, settings: timing }),
    [touches, now, person, notes, timing],
  );
  // With no draft yet, fetch the checklist once the panel is idle, ready for the compose.
  usePrefetch(checklist, !draft);

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
      {draft?.maxLength !== undefined && <DraftLength body={draft.body} max={draft.maxLength} />}
      {draft ? (
        <Suspense fallback={<p className="subtle">Checking your draft…</p>}>
          <DraftChecklist draft={draft} person={person} notes={notes} touches={touches} now={now} />
        </Suspense>
      ) : (
        <p className="subtle">Open a compose to check your draft.</p>
      )}
    </section>
  );
}

/**
 * How much of a length-limited message (a LinkedIn connection note) is used, counted as
 * the reader sees characters; over the limit, how many to cut, since the site will not
 * send it.
 */
function DraftLength({ body, max }: { body: string; max: number }) {
  const length = [...body].length;
  const over = length - max;
  return (
    <p className={over > 0 ? 'draft-length over' : 'draft-length'} aria-live="polite">
      Connection note: {length} of {max} characters
      {over > 0 && <strong> · {over} too many: LinkedIn will not send it</strong>}
    </p>
  );
}
