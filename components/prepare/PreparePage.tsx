import { Printer } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import type { Note, Touch, TouchChannel } from '@/storage/schema';
import { prepareBrief } from '@/utils/coach/prepare';
import { FoldedText } from '../FoldedText';
import { formatDateTime, localTime } from '../format';
import { useNow } from '../hooks/useNow';
import { usePersonContext } from '../hooks/usePersonContext';
import { KIND_LABELS } from '../NoteKindPicker';
import { preparedPersonId } from './prepare-link';

/** Touches read for the brief: the last five that happened, and any meeting ahead. */
const TOUCHES_READ = 50;

const CHANNEL: Record<TouchChannel, string> = {
  email: 'Email',
  linkedin: 'LinkedIn',
  call: 'Call',
  meeting: 'Meeting',
  other: 'Touch',
};

/**
 * Prepare: a one-screen brief before a conversation, printable as it stands (the print
 * stylesheet drops the buttons and fits it to a page).
 */
export function PreparePage({ search = location.search }: { search?: string }) {
  const personId = preparedPersonId(search);
  const now = useNow();
  const context = usePersonContext(personId, TOUCHES_READ);
  const brief = useMemo(
    () =>
      context
        ? prepareBrief({
            person: context.person,
            notes: context.notes,
            touches: context.touches,
            now,
          })
        : undefined,
    [context, now],
  );
  useEffect(() => {
    if (context) document.title = `Prepare: ${context.person.name} · Rapport`;
  }, [context]);

  if (!personId)
    return (
      <main className="prepare">
        <p role="alert">No person was given to prepare for.</p>
      </main>
    );
  if (context === undefined)
    return (
      <main className="prepare">
        <p className="hint">Loading…</p>
      </main>
    );
  if (context === null || !brief) {
    return (
      <main className="prepare">
        <p role="alert">This person is no longer in Rapport.</p>
      </main>
    );
  }
  const { person } = context;
  const time = localTime(person.timeZone, now);
  return (
    <main className="prepare">
      <header className="prepare-header">
        <div>
          <p className="eyebrow">Prepare</p>
          <h1 dir="auto">{person.name}</h1>
          {(person.title || person.company) && (
            <p className="hint" dir="auto">
              {[person.title, person.company].filter(Boolean).join(' · ')}
            </p>
          )}
          {time && <p className="hint">Their time now: {time}</p>}
          {brief.upcoming && (
            <p className="upcoming">
              {CHANNEL[brief.upcoming.channel]} {formatDateTime(brief.upcoming.at)}
              {brief.upcoming.subject ? `: ${brief.upcoming.subject}` : ''}
            </p>
          )}
        </div>
        <button type="button" className="primary no-print" onClick={() => window.print()}>
          <Printer aria-hidden size={16} /> Print
        </button>
      </header>

      <section aria-labelledby="agenda-heading" className="agenda">
        <h2 id="agenda-heading">Suggested agenda</h2>
        <ol>
          {brief.agenda.value.map((line) => (
            <li key={line} dir="auto">
              {line}
            </li>
          ))}
          <li dir="auto">
            <strong>Next step: </strong>
            {brief.agenda.nextStep}
          </li>
        </ol>
      </section>

      <div className="prepare-grid">
        <NoteSection
          id="told"
          title="What they told you"
          notes={brief.told}
          empty="Nothing noted yet."
        />
        <NoteSection id="needs" title="Needs" notes={brief.needs} empty="No needs noted." />
        <NoteSection
          id="objections"
          title="Objections"
          notes={brief.objections}
          empty="No objections noted."
        />
        <NoteSection
          id="promises"
          title="Open promises"
          notes={brief.promises}
          empty="Nothing promised."
          now={now}
        />
      </div>

      <section aria-labelledby="touches-heading">
        <h2 id="touches-heading">Last five touches</h2>
        {brief.lastTouches.length === 0 ? (
          <p className="hint">No touches yet.</p>
        ) : (
          <ol className="brief-touches">
            {brief.lastTouches.map((t) => (
              <TouchLine key={t.id} touch={t} />
            ))}
          </ol>
        )}
      </section>
    </main>
  );
}

function NoteSection({
  id,
  title,
  notes,
  empty,
  now,
}: {
  id: string;
  title: string;
  notes: Note[];
  empty: string;
  /** Given for promises: each shows when it is due, and whether it is overdue. */
  now?: number;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {notes.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="brief-notes">
          {notes.map((n) => (
            <li key={n.id} dir="auto">
              <FoldedText text={n.body} foldAt={280} />
              {n.oneOff && <span className="tag"> {KIND_LABELS[n.kind]}, one-off</span>}
              {now !== undefined && n.dueAt !== undefined && (
                <span className={n.dueAt < now ? 'due overdue' : 'due'}>
                  {' '}
                  · {n.dueAt < now ? 'overdue, was due' : 'due'} {formatDateTime(n.dueAt)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TouchLine({ touch }: { touch: Touch }) {
  return (
    <li>
      <span className="touch-when">{formatDateTime(touch.at)}</span>{' '}
      <span>
        {CHANNEL[touch.channel]}, {touch.direction === 'out' ? 'you → them' : 'them → you'}
      </span>
      {(touch.subject || touch.summary) && (
        <span className="hint" dir="auto">
          {' '}
          · {touch.subject ?? touch.summary}
        </span>
      )}
    </li>
  );
}
