import { useDeferredValue, useId, useState } from 'react';
import type { Note, Touch, TouchChannel } from '@/storage/schema';
import { FoldedText } from '../FoldedText';
import { formatDateTime } from '../format';
import { KIND_LABELS } from '../NoteKindPicker';
import { TouchItem } from './TouchItem';

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

/**
 * Entries painted with the rest of the panel. The timeline is its last section, below the
 * fold: the others follow in a render of their own a moment later, so the panel's first
 * frame does not wait for rows nobody sees yet.
 */
const FIRST_PAINTED_ENTRIES = 10;

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
  const painted = useDeferredValue(entries.length, FIRST_PAINTED_ENTRIES);

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
        {entries.slice(0, painted).map((e) =>
          e.kind === 'touch' ? (
            <TouchItem key={`t:${e.touch.id}`} touch={e.touch} />
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
