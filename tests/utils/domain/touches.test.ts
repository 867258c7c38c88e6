import { describe, expect, it } from 'vitest';
import {
  connectionTouchId,
  isConnectionTouch,
  isKeptUnattached,
  isSameSend,
  isTooFarAhead,
  messageTouchId,
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

  it('takes two outgoing emails two minutes apart as one send, nothing else', () => {
    const out = { channel: 'email', direction: 'out' as const, at: NOW };
    expect(isSameSend(out, { ...out, at: NOW + 120_000 })).toBe(true);
    expect(isSameSend(out, { ...out, at: NOW + 120_001 })).toBe(false);
    expect(isSameSend(out, { ...out, direction: 'in' })).toBe(false);
    expect(isSameSend(out, { ...out, channel: 'linkedin' })).toBe(false);
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
