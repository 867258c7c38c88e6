import { useMemo, useState } from 'react';
import { COUNT_CAP } from '@/storage/follow-ups';
import { timingSettings } from '@/utils/coach/cadence';
import { isOverdue } from '@/utils/coach/follow-ups';
import { countWords } from '@/utils/coach/wording';
import { useNow } from '../hooks/useNow';
import { useSettings } from '../hooks/useSettings';
import { REASON_LABELS, whenLabel } from '../today/when';
import { useToday } from '../today/useToday';
import { openSidePanelFromPopup, type PanelTarget } from './open-side-panel';

/** Rows the popup shows: the capture form stays the popup's main job. */
const PREVIEW_ROWS = 3;

/**
 * Today in brief, above the capture form: how much is owed and the three most urgent
 * items; a row opens the side panel on that person, the link on the whole list.
 */
export function TodayPreview({ tabId }: { tabId: number | null | undefined }) {
  const clock = useNow();
  const settings = useSettings();
  const timing = useMemo(() => timingSettings(settings), [settings]);
  const today = useToday(clock, timing, PREVIEW_ROWS);
  const now = today?.now ?? clock;
  const [error, setError] = useState<string>();
  if (!today || today.items.length === 0) return null;
  const { overdue, listed } = today.counts;
  const open = (target: PanelTarget) => {
    if (typeof tabId !== 'number') return;
    openSidePanelFromPopup(tabId, target).then(
      () => window.close(),
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );
  };
  return (
    <section className="today-preview" aria-labelledby="popup-today-heading">
      <div className="today-preview-head">
        <h2 id="popup-today-heading">Today</h2>
        <span className="hint">
          {overdue > 0 ? `${countWords(overdue, COUNT_CAP)} overdue · ` : ''}
          {countWords(listed, COUNT_CAP)} in all
        </span>
      </div>
      <ul className="today-preview-list">
        {today.items.map((item) => (
          <li key={`${item.reason}:${item.personId}:${item.noteId ?? item.touchId ?? ''}`}>
            <button
              type="button"
              className={`preview-row${isOverdue(item, now) ? ' is-overdue' : ''}`}
              onClick={() => open({ personId: item.personId })}
            >
              <span className="preview-line">
                <span className="person-name" dir="auto">
                  {today.names.get(item.personId)}
                </span>
                <span className="preview-when">
                  <span className="visually-hidden">{REASON_LABELS[item.reason]}, </span>
                  {whenLabel(item, now)}
                </span>
              </span>
              <span className="preview-message" dir="auto">
                {item.message}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {listed > today.items.length && (
        <button type="button" className="link-button" onClick={() => open({ today: true })}>
          All {countWords(listed, COUNT_CAP)} in the side panel
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          The side panel did not open: {error}
        </p>
      )}
    </section>
  );
}
