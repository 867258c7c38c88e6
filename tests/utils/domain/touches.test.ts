import { describe, expect, it } from 'vitest';
import {
  connectionTouchId,
  isConnectionTouch,
  isKeptUnattached,
  isSameSend,
  isTooFarAhead,
  messageTouchId,
  pageTouchDate,
  UNATTACHED_KEEP_DAYS,
} from '@/utils/domain/touches';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20);

describe('touches', () => {
  it('keeps contact with someone not in Rapport for 90 days from the message', () => {
    expect(UNATTACHED_KEEP_DAYS).toBe(90);
    expect(isKeptUnattached(NOW - 90 * DAY, NOW)).toBe(true);
    expect(isKeptUnattached(NOW - 90 * DAY - 1, NOW)).toBe(false);
  });

  it('allows a clock a day ahead, no more', () => {
    expect(isTooFarAhead(NOW + DAY, NOW)).toBe(false);
    expect(isTooFarAhead(NOW + DAY + 1, NOW)).toBe(true);
  });

  it('dates what a page shows no later than now, and refuses what is no date', () => {
    expect(pageTouchDate(NOW - DAY + 0.4, NOW)).toBe(NOW - DAY);
    expect(pageTouchDate(NOW + 1, NOW)).toBe(NOW);
    expect(pageTouchDate(9e15, NOW)).toBe(NOW);
    for (const bad of [NaN, Infinity, -1]) expect(pageTouchDate(bad, NOW)).toBeUndefined();
  });

  it('takes an email seen at Send and one seen in its thread two minutes apart as one send', () => {
    const clicked = { channel: 'email', direction: 'out' as const, at: NOW, key: 'sent:s1:p1' };
    const shown = { ...clicked, at: NOW + 120_000, key: 'gmail:m1:p1' };
    expect(isSameSend(clicked, shown)).toBe(true);
    expect(isSameSend(shown, clicked)).toBe(true);
    expect(isSameSend(clicked, { ...shown, at: NOW + 120_001 })).toBe(false);
    expect(isSameSend(clicked, { ...shown, direction: 'in' })).toBe(false);
    expect(isSameSend(clicked, { ...shown, channel: 'linkedin' })).toBe(false);
    // Two sends, or two messages of a thread, are two messages however close.
    expect(isSameSend(clicked, { ...clicked, key: 'sent:s2:p1' })).toBe(false);
    expect(isSameSend(shown, { ...shown, key: 'gmail:m2:p1' })).toBe(false);
  });

  it('keys a received message once, a sent one once per recipient', () => {
    expect(messageTouchId('gmail:m1', 'in', 'p1')).toBe('gmail:m1');
    expect(messageTouchId('gmail:m1', 'out', 'p1')).toBe('gmail:m1:p1');
  });

  it('recognises the touch a LinkedIn connection leaves', () => {
    const externalId = connectionTouchId('linkedin:maya-l');
    expect(isConnectionTouch({ channel: 'other', externalId })).toBe(true);
    expect(isConnectionTouch({ channel: 'other' })).toBe(false);
    expect(isConnectionTouch({ channel: 'email', externalId })).toBe(false);
  });
});
