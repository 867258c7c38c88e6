import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Touch } from '../../../storage/schema';
import {
  CHECKLIST_IDS,
  evaluateDraft,
  judgeTiming,
  TIMING_SEVERITY,
  type ChecklistId,
  type ChecklistItem,
} from '../../../utils/coach';
import { unansweredRun } from '../../../utils/coach/timing';
import { DRAFT_CASES } from './drafts.table';
import { DAY, NOW, note, person, promise, touch } from './factories';

const RANK = { fail: 0, warn: 1, pass: 2, na: 3 } as const;

/** The checklist item with this id: items are found by what they check, never by position. */
function itemOf(items: readonly ChecklistItem[], id: ChecklistId): ChecklistItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id} item in the checklist`);
  return found;
}
const LEVEL = { ok: 0, wait: 1, stop: 2 } as const;
const BUMPS = [
  'Just checking in.',
  'Circling back on this.',
  'Bumping this to the top of your inbox.',
  'Did you see my last email?',
  'Following up on my previous note.',
  'Touching base!',
];
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];

// English sentences of the table's own drafts, without quoted history.
const sentence = fc.constantFrom(
  ...DRAFT_CASES.filter((c) => !/Spanish|German|reply to their/.test(c.name))
    .flatMap((c) => c.body.split(/(?<=[.?!])\s+/))
    .filter((s) => s.split(' ').length > 3),
);
const draftBody = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((s) => s.join(' '));

const touchArb = fc
  .record({
    direction: fc.constantFrom<Touch['direction']>('out', 'in'),
    channel: fc.constantFrom<Touch['channel']>('email', 'linkedin', 'call', 'meeting', 'other'),
    ageHours: fc.integer({ min: -48, max: 24 * 60 }),
  })
  .map((t) => touch(t.direction, NOW - t.ageHours * 3_600_000, t.channel));

describe('checklist properties', () => {
  it('always returns the ten ids in order, each with a hint', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.string({ minLength: 1 }), { maxLength: 4 }),
        (subject, body, bodies) => {
          const items = evaluateDraft({
            subject,
            body,
            notes: bodies.filter((b) => b.trim()).map((b) => note(b)),
            touches: [],
            now: NOW,
          });
          expect(items.map((i) => i.id)).toEqual([...CHECKLIST_IDS]);
          for (const i of items) expect(i.hint).not.toBe('');
        },
      ),
    );
  });

  it('adding an empty bump never improves offers-value', () => {
    fc.assert(
      fc.property(draftBody, fc.constantFrom(...BUMPS), fc.boolean(), (body, bump, before) => {
        const status = (b: string) =>
          itemOf(
            evaluateDraft({ subject: 'Hello', body: b, notes: [], touches: [], now: NOW }),
            'offers-value',
          ).status;
        const base = status(body);
        const bumped = status(before ? `${bump} ${body}` : `${body} ${bump}`);
        if (base !== 'na') expect(RANK[bumped]).toBeLessThanOrEqual(RANK[base]);
      }),
    );
  });

  it('a declined person always fails permission, a granted one always passes', () => {
    fc.assert(
      fc.property(draftBody, fc.array(touchArb, { maxLength: 8 }), (body, touches) => {
        const run = (consent: 'declined' | 'granted') =>
          itemOf(
            evaluateDraft({
              subject: '',
              body,
              person: person({ consent }),
              notes: [],
              touches,
              now: NOW,
            }),
            'permission',
          );
        expect(run('declined').status).toBe('fail');
        expect(run('granted').status).toBe('pass');
      }),
    );
  });

  it('keeps-promise is na when no promise is open, or while an English draft is not started', () => {
    fc.assert(
      fc.property(draftBody, fc.boolean(), fc.boolean(), (body, open, english) => {
        const p = promise('Send the pricing one-pager', NOW - DAY, open ? {} : { doneAt: NOW - 1 });
        const text = english
          ? body
          : 'Hola, te escribo para saber si tuviste tiempo de revisar la propuesta.';
        const item = itemOf(
          evaluateDraft({ subject: '', body: text, notes: [p], touches: [], now: NOW }),
          'keeps-promise',
        );
        if (!open) expect(item.status).toBe('na');
        // A draft of courtesies alone ("Thanks for the time today.") is not started yet:
        // every item that reads the draft waits, the open promise quoted as what is owed.
        if (open && english && item.status === 'na') {
          expect(item.hint).toBe('Start writing; this is checked as you type.');
          expect(item.evidence).toBe('promise: “Send the pricing one-pager”');
        }
      }),
    );
  });
});

describe('timing properties', () => {
  const input = fc.record({
    touches: fc.array(touchArb, { maxLength: 12 }),
    offsetHours: fc.integer({ min: -24 * 400, max: 24 * 400 }),
    zone: fc.constantFrom(...ZONES),
    consent: fc.constantFrom('unknown', 'asked', 'granted', 'declined' as const),
  });

  it('never throws, and the level is the highest severity among its reasons', () => {
    fc.assert(
      fc.property(input, ({ touches, offsetHours, zone, consent }) => {
        const verdict = judgeTiming({
          touches,
          now: NOW + offsetHours * 3_600_000,
          person: person({ timeZone: zone, consent }),
          notes: [promise('Send the deck', NOW)],
        });
        const max = verdict.reasons.reduce(
          (m, r) => Math.max(m, LEVEL[TIMING_SEVERITY[r.code]]),
          0,
        );
        expect(LEVEL[verdict.level]).toBe(max);
        if (verdict.suggestedAt !== undefined) {
          expect(verdict.level).toBe('wait');
          expect(verdict.suggestedAt).toBeGreaterThanOrEqual(NOW + offsetHours * 3_600_000);
        }
      }),
    );
  });

  it('a reply always resets the unanswered count', () => {
    fc.assert(
      fc.property(
        fc.array(touchArb, { maxLength: 12 }),
        fc.constantFrom<Touch['channel']>('email', 'linkedin', 'other'),
        (touches, channel) => {
          const reply = touch('in', NOW, channel);
          expect(unansweredRun([...touches, reply], NOW)).toEqual([]);
          const verdict = judgeTiming({
            touches: [...touches, reply],
            now: NOW,
            person: person({ timeZone: 'UTC' }),
          });
          expect(verdict.reasons.map((r) => r.code)).not.toContain('too-many-unanswered');
          expect(verdict.reasons.map((r) => r.code)).not.toContain('too-soon');
        },
      ),
    );
  });

  it('a suggested time is inside working hours in the zone used', () => {
    fc.assert(
      fc.property(input, ({ touches, offsetHours, zone }) => {
        const verdict = judgeTiming({
          touches,
          now: NOW + offsetHours * 3_600_000,
          person: person({ timeZone: zone }),
        });
        if (verdict.suggestedAt === undefined) return;
        const again = judgeTiming({
          touches: [],
          now: verdict.suggestedAt,
          person: person({ timeZone: zone }),
        });
        expect(again.level).toBe('ok');
      }),
    );
  });
});
