import { describe, expect, it } from 'vitest';
import { prepareBrief } from '../../../utils/coach/prepare';
import { DAY, NOW, note, person, promise, touch } from './factories';

describe('the brief before a conversation', () => {
  it('gathers what they told, needs, objections, promises and the last five touches', () => {
    const need = note('Route planning that handles the cross-dock', { kind: 'need' });
    const objection = note('Worried about migrating off their planner.', { kind: 'objection' });
    const said = note('Budget approved up to €40k', { kind: 'said' });
    const overdue = promise('Send the case study', NOW - DAY);
    const later = promise('Intro to Contoso', NOW + 5 * DAY);
    const touches = [1, 2, 3, 4, 5, 6].map((d) => touch('out', NOW - d * DAY));
    const meeting = touch('out', NOW + 3_600_000, 'meeting', { subject: 'Pilot review' });
    const brief = prepareBrief({
      person: person(),
      notes: [need, objection, said, later, overdue],
      touches: [...touches, meeting],
      now: NOW,
    });
    expect(brief.told).toEqual([said]);
    expect(brief.needs).toEqual([need]);
    expect(brief.objections).toEqual([objection]);
    expect(brief.promises).toEqual([overdue, later]);
    expect(brief.lastTouches).toEqual(touches.slice(0, 5));
    expect(brief.upcoming).toEqual(meeting);
    expect(brief.agenda.value).toEqual([
      'Deliver what you promised first: “Send the case study”.',
      'Show how you can help with “Route planning that handles the cross-dock”.',
      'Answer their concern: “Worried about migrating off their planner”.',
    ]);
    expect(brief.agenda.nextStep).toBe(
      'Agree a date for “Send the case study”, and 20 minutes to walk them through it.',
    );
  });

  it('with nothing noted, the agenda is to listen and ask for a small first step', () => {
    const brief = prepareBrief({ person: person(), notes: [], touches: [], now: NOW });
    expect(brief.agenda.value).toEqual([
      'Ask what they need most: nothing is noted yet, so listen first.',
    ]);
    expect(brief.agenda.nextStep).toBe(
      'Ask for 15 minutes next week to hear what would help them most.',
    );
    expect(brief.upcoming).toBeUndefined();
  });
});
