import type { Note, Person, Touch } from '../../../storage/schema';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** Wednesday 4 March 2026, 15:00 UTC: 10:00 in New York, a working hour there. */
export const NOW = Date.UTC(2026, 2, 4, 15);

let seq = 0;
const nextId = (prefix: string) => `${prefix}${++seq}`;

export function person(over: Partial<Person> = {}): Person {
  return {
    id: 'p1',
    name: 'Dana Whitfield',
    emails: ['dana@acme.test'],
    company: 'Acme',
    consent: 'unknown',
    tags: [],
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
    ...over,
  };
}

export function note(body: string, over: Partial<Note> = {}): Note {
  return {
    id: nextId('n'),
    personId: 'p1',
    body,
    kind: 'said',
    oneOff: false,
    pinned: false,
    source: 'sidepanel',
    createdAt: NOW - 10 * DAY,
    updatedAt: NOW - 10 * DAY,
    ...over,
  };
}

export function promise(body: string, dueAt?: number, over: Partial<Note> = {}): Note {
  return note(body, { kind: 'promise', ...(dueAt === undefined ? {} : { dueAt }), ...over });
}

export function touch(
  direction: Touch['direction'],
  at: number,
  channel: Touch['channel'] = 'email',
  over: Partial<Touch> = {},
): Touch {
  return { id: nextId('t'), personId: 'p1', channel, direction, at, createdAt: at, ...over };
}

/** Outbound emails at the given ages (days before `now`). */
export function sentDaysAgo(now: number, ...days: number[]): Touch[] {
  return days.map((d) => touch('out', now - d * DAY));
}
