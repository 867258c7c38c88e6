import type { RapportDatabase } from '@/storage/db';
import { countNotes, notesFor } from '@/storage/notes';
import { findPerson } from '@/storage/people';
import { loadSettings } from '@/storage/settings';
import { touchesFor } from '@/storage/touches';
import { judgeTiming, TIMING_SEVERITY } from '@/utils/coach';
import { overduePromises } from '@/utils/domain/promises';
import type { BadgeState, PageSignal } from '@/utils/messages';

/** Touches the timing rules look at: the recent past is all that decides pace. */
const TIMING_TOUCHES = 50;

/**
 * What the in-page badge shows for the person in focus: whether Rapport knows them, how
 * many notes there are, the send-timing level, and how many promises to them are overdue.
 */
export async function badgeStateFor(
  db: RapportDatabase,
  signal: PageSignal | null,
): Promise<BadgeState> {
  const first = signal?.people[0];
  const person = first ? await findPerson(db, first) : undefined;
  if (!person) return { known: false, noteCount: 0, level: 'unknown' };
  const [noteCount, notes, touches, settings] = await Promise.all([
    countNotes(db, person.id),
    notesFor(db, person.id),
    touchesFor(db, person.id, TIMING_TOUCHES),
    loadSettings(),
  ]);
  const now = Date.now();
  const overdue = overduePromises(notes, now).length;
  const verdict = judgeTiming({
    touches,
    now,
    person,
    notes,
    settings: {
      ...settings.cadence,
      ...(settings.timeZone ? { timeZone: settings.timeZone } : {}),
    },
  });
  const known = { known: true, noteCount, ...(overdue ? { overduePromises: overdue } : {}) };
  if (verdict.level !== 'stop' || !settings.confirmSendOnStop) {
    return { ...known, level: verdict.level };
  }
  const reason = verdict.reasons.find((r) => TIMING_SEVERITY[r.code] === 'stop')?.message;
  return {
    ...known,
    level: verdict.level,
    confirmSend: true,
    ...(reason ? { reason: reason.slice(0, 500) } : {}),
  };
}
