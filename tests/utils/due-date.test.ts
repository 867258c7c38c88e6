import { describe, expect, it } from 'vitest';
import { formatDue, parseDueDate } from '@/utils/due-date';

// Wednesday 25 November 2026, 15:30 in Paris (14:30 UTC).
const NOW = Date.UTC(2026, 10, 25, 14, 30);
const PARIS = 'Europe/Paris';

function label(text: string, zone = PARIS, now = NOW) {
  return parseDueDate(text, now, zone)?.label ?? null;
}

describe('parseDueDate', () => {
  it.each([
    ['by Friday', 'Fri 27 Nov, 17:00'],
    ['next Tuesday', 'Tue 1 Dec, 17:00'],
    ['tomorrow', 'Thu 26 Nov, 17:00'],
    ['in 2 weeks', 'Wed 9 Dec, 17:00'],
    ['Dec 3', 'Thu 3 Dec, 17:00'],
    ['3 Dec', 'Thu 3 Dec, 17:00'],
    ['end of month', 'Mon 30 Nov, 17:00'],
    ['EOM', 'Mon 30 Nov, 17:00'],
    ['EOD', 'Wed 25 Nov, 17:00'],
    ['end of the week', 'Fri 27 Nov, 17:00'],
    ['EOW', 'Fri 27 Nov, 17:00'],
    ['due on Friday at 3pm', 'Fri 27 Nov, 15:00'],
    ['tomorrow morning', 'Thu 26 Nov, 06:00'],
  ])('reads %j as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('means the end of the day in the rep’s zone, not the machine’s', () => {
    const due = parseDueDate('Friday', NOW, PARIS);
    expect(due?.at).toBe(Date.UTC(2026, 10, 27, 16, 0)); // 17:00 in Paris (UTC+1)
    const tokyo = parseDueDate('Friday', NOW, 'Asia/Tokyo');
    expect(tokyo?.at).toBe(Date.UTC(2026, 10, 27, 8, 0)); // 17:00 in Tokyo (UTC+9)
  });

  it('anchors "tomorrow" on the rep’s own date across midnight', () => {
    // 15:30 UTC on Wednesday is already 00:30 on Thursday in Tokyo.
    const late = Date.UTC(2026, 10, 25, 15, 30);
    expect(label('tomorrow', 'Asia/Tokyo', late)).toBe('Fri 27 Nov, 17:00');
    expect(label('tomorrow', 'America/New_York', late)).toBe('Thu 26 Nov, 17:00');
  });

  it('shows the year when the date falls in another year', () => {
    expect(label('Jan 4')).toBe('Mon 4 Jan 2027, 17:00');
  });

  it.each([
    '',
    '   ',
    'asdf',
    'soon',
    'the 5th of never',
    'call Sam on Friday',
    'yesterday',
    'Friday or Monday',
  ])('refuses %j rather than guessing', (text) => {
    expect(parseDueDate(text, NOW, PARIS)).toBeNull();
  });

  it('keeps 17:00 across a daylight-saving change', () => {
    // Paris moves to summer time on Sunday 29 March 2026.
    const friday = Date.UTC(2026, 2, 27, 9, 0);
    const due = parseDueDate('Monday', friday, PARIS);
    expect(due?.label).toBe('Mon 30 Mar, 17:00');
    expect(due?.at).toBe(Date.UTC(2026, 2, 30, 15, 0)); // UTC+2
  });
});

describe('formatDue', () => {
  it('formats in the given zone', () => {
    expect(formatDue(Date.UTC(2026, 10, 27, 16, 0), PARIS, NOW)).toBe('Fri 27 Nov, 17:00');
    expect(formatDue(Date.UTC(2026, 10, 27, 16, 0), 'UTC', NOW)).toBe('Fri 27 Nov, 16:00');
  });
});

describe('a snooze typed in words', () => {
  it('means the start of that day', () => {
    const now = Date.UTC(2026, 2, 4, 15);
    expect(parseDueDate('Friday', now, 'UTC', 9)?.at).toBe(Date.UTC(2026, 2, 6, 9));
  });
});
