import { useId, useState } from 'react';
import type { Note, Touch, TouchChannel } from '@/storage/schema';
import { CONNECTION_SUMMARY, isConnectionTouch } from '@/utils/domain/touches';
import { FoldedText } from '../FoldedText';
import { formatDate, formatDateTime } from '../format';
import { KIND_LABELS } from '../NoteKindPicker';

type Filter = 'all' | TouchChannel | 'notes';

const FILTERS: Array<[Filter, string]> = [
  ['all', 'Everything'],
  ['email', 'Email'],
  ['linkedin', 'LinkedIn'],
  ['call', 'Calls'],
  ['meeting', 'Meetings'],
  ['other', 'Other touches'],
  ['notes', 'Notes'],
];

const CHANNEL_LABEL: Record<TouchChannel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn',
  call: 'Call',
  meeting: 'Meeting',
  other: 'Touch',
};

type Entry = { kind: 'touch'; at: number; touch: Touch } | { kind: 'note'; at: number; note: Note };

/**
 * Every touch and note, newest first. Touches arrive windowed (the newest N); notes older
 * than the oldest touch shown wait until the rep asks for more, so the order stays true.
 */
export function Timeline({
  notes,
  touches,
  touchCount,
  onShowMore,
}: {
  notes: Note[];
  touches: Touch[];
  touchCount: number;
  onShowMore: () => void;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const filterId = useId();
  const complete = touches.length >= touchCount;
  const oldestShown = complete ? -Infinity : (touches[touches.length - 1]?.at ?? -Infinity);
  const entries: Entry[] = [
    ...touches
      .filter((t) => filter === 'all' || filter === t.channel)
      .map((touch): Entry => ({ kind: 'touch', at: touch.at, touch })),
    ...notes
      .filter((n) => (filter === 'all' || filter === 'notes') && n.createdAt >= oldestShown)
      .map((note): Entry => ({ kind: 'note', at: note.createdAt, note })),
  ].sort((a, b) => b.at - a.at);

  return (
    <section aria-labelledby="timeline-heading">
      <div className="section-head">
        <h3 id="timeline-heading">Timeline</h3>
        <label htmlFor={filterId} className="visually-hidden">
          Show in timeline
        </label>
        <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          {FILTERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {entries.length === 0 && <p className="subtle">Nothing here yet.</p>}
      <ol className="timeline">
        {entries.map((e) =>
          e.kind === 'touch' && isConnectionTouch(e.touch) ? (
            // A connection has a day, not a time, and neither side wrote: no arrow, no hour.
            <li key={`t:${e.touch.id}`} className="touch connection">
              <span className="tag">LinkedIn</span>{' '}
              <span className="subtle">
                {CONNECTION_SUMMARY} · {formatDate(e.at)}
              </span>
            </li>
          ) : e.kind === 'touch' ? (
            <li key={`t:${e.touch.id}`} className={`touch dir-${e.touch.direction}`}>
              <span className="tag">{CHANNEL_LABEL[e.touch.channel]}</span>{' '}
              <span className="subtle">
                {e.touch.direction === 'out' ? 'you → them' : 'them → you'} · {formatDateTime(e.at)}
              </span>
              {e.touch.subject && (
                <p className="touch-subject" dir="auto">
                  {e.touch.subject}
                </p>
              )}
              {e.touch.summary && (
                <p>
                  <FoldedText text={e.touch.summary} />
                </p>
              )}
            </li>
          ) : (
            <li key={`n:${e.note.id}`} className="timeline-note">
              <span className="tag">{KIND_LABELS[e.note.kind]}</span>{' '}
              <span className="subtle">note · {formatDateTime(e.at)}</span>
              <p>
                <FoldedText text={e.note.body} foldAt={200} />
              </p>
            </li>
          ),
        )}
      </ol>
      {!complete && (
        <button type="button" onClick={onShowMore}>
          Show older ({touchCount - touches.length} more touches)
        </button>
      )}
    </section>
  );
}
