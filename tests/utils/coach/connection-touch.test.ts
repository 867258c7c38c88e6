import { describe, expect, it } from 'vitest';
import { connectionTouch } from '@/storage/contact-import';
import { judgeTiming } from '../../../utils/coach';
import { isTwoWay, unansweredRun } from '../../../utils/coach/timing';
import { DAY, NOW, person, touch } from './factories';

// A LinkedIn connection imported from Connections.csv is a touch on the timeline, made by
// the contacts import itself: the coach must count it neither as a message the person left
// unanswered nor as their reply.
const connection = (at: number) =>
  connectionTouch(
    'p1',
    { line: 5, name: 'Dana Whitfield', emails: [], linkedinSlug: 'dana-w' },
    at,
    NOW,
  );

describe('a LinkedIn connection on the timeline', () => {
  it('is not a reply: it does not end a run of unanswered messages', () => {
    const sent = [touch('out', NOW - 9 * DAY), touch('out', NOW - 6 * DAY)];
    const withConnection = [...sent, connection(NOW - 5 * DAY), touch('out', NOW - 2 * DAY)];
    expect(isTwoWay(connection(NOW - 5 * DAY))).toBe(false);
    expect(unansweredRun(withConnection, NOW)).toHaveLength(3);
    expect(
      judgeTiming({ touches: withConnection, now: NOW, person: person() }).reasons.map(
        (r) => r.code,
      ),
    ).toContain('too-many-unanswered');
  });

  it('is not a message left unanswered: alone, it asks for no wait and counts toward no stop', () => {
    const touches = [connection(NOW - 2 * 3_600_000)];
    expect(unansweredRun(touches, NOW)).toEqual([]);
    const codes = judgeTiming({ touches, now: NOW, person: person() }).reasons.map((r) => r.code);
    expect(codes).not.toContain('too-soon');
    expect(codes).not.toContain('too-many-unanswered');
  });
});
