/**
 * Promises: a `promise` note is something the rep said they would do for the person.
 * It is open until marked done; it is overdue once its due time has passed while open.
 * Every screen and rule that speaks of promises (the coach, the timing warning, the side
 * panel, follow-ups) decides "open" and "overdue" here.
 */

/** The fields of a note that decide its place among promises. */
export interface PromiseFields {
  kind: string;
  dueAt?: number;
  doneAt?: number;
}

export function isOpenPromise(note: PromiseFields): boolean {
  return note.kind === 'promise' && note.doneAt === undefined;
}

/** An open promise whose due time is before `now`. A promise with no due date is never overdue. */
export function isOverduePromise(note: PromiseFields, now: number): boolean {
  return isOpenPromise(note) && note.dueAt !== undefined && note.dueAt < now;
}

/** Open promises in the order a rep should deal with them: overdue first, then soonest due, undated last. */
export function orderPromises<N extends PromiseFields>(notes: readonly N[], now: number): N[] {
  const due = (n: N) => n.dueAt ?? Infinity;
  const rank = (n: N) => (isOverduePromise(n, now) ? 0 : 1);
  return notes.filter(isOpenPromise).sort((a, b) => rank(a) - rank(b) || due(a) - due(b));
}

/** Open promises, in the order they were given. */
export function openPromises<N extends PromiseFields>(notes: readonly N[]): N[] {
  return notes.filter(isOpenPromise);
}

/** Overdue promises, the longest overdue first. */
export function overduePromises<N extends PromiseFields>(notes: readonly N[], now: number): N[] {
  return notes
    .filter((n) => isOverduePromise(n, now))
    .sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0));
}
