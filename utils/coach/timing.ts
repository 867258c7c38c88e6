import type { Touch } from '../../storage/schema';
import {
  followUpDueAt,
  followUpGapDays,
  isOutboundMessage,
  isTwoWay,
} from '../domain/conversation';
import { overduePromises } from '../domain/promises';
import { resolveCadence } from './cadence';
import { ago, humanDuration, ordinal } from './wording';
import { excerpt } from './language';
import type { TimingCode, TimingInput, TimingLevel, TimingReason, TimingVerdict } from './types';
import {
  isValidTimeZone,
  personTimeZone,
  nextWorkingStart,
  workingState,
  type WorkingHours,
} from '../domain/zoned-time';

/** The level each reason raises the verdict to; informational reasons stay `ok`. */
export const TIMING_SEVERITY: Record<TimingCode, TimingLevel> = {
  declined: 'stop',
  'too-many-unanswered': 'stop',
  'too-soon': 'wait',
  'outside-hours': 'wait',
  weekend: 'wait',
  'going-cold': 'ok',
  'promise-overdue': 'ok',
};

const RANK: Record<TimingLevel, number> = { ok: 0, wait: 1, stop: 2 };
const DAY_MS = 86_400_000;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export { isTwoWay };

/** Outbound messages sent since the last two-way contact, oldest first. */
export function unansweredRun(touches: readonly Touch[], now: number): Touch[] {
  const past = touches.filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
  const run: Touch[] = [];
  for (const t of past) {
    if (isTwoWay(t)) run.length = 0;
    else if (isOutboundMessage(t)) run.push(t);
  }
  return run;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function timeZoneFor(input: TimingInput): { zone: string; whose: string } {
  return {
    zone: personTimeZone(input.person?.timeZone, input.settings?.timeZone),
    whose: isValidTimeZone(input.person?.timeZone) ? 'their' : 'your',
  };
}

/** Whether now is a good moment to write to this person, and if not, when. */
export function judgeTiming(input: TimingInput): TimingVerdict {
  const { now } = input;
  const c = resolveCadence(input.settings);
  const { zone, whose } = timeZoneFor(input);
  const reasons: TimingReason[] = [];
  let earliest = now;

  if (input.person?.consent === 'declined') {
    reasons.push({
      code: 'declined',
      message: 'They said they do not want to hear from you; respect that unless they write first.',
    });
  }

  const run = unansweredRun(input.touches, now);
  const firstUnanswered = run[0];
  const lastUnanswered = run[run.length - 1];
  if (firstUnanswered && run.length >= c.maxUnanswered) {
    reasons.push({
      code: 'too-many-unanswered',
      message: `You have written ${run.length} times without an answer since ${ago(now - firstUnanswered.at)}; give them room, or send one honest closing note by hand.`,
    });
  }

  const past = input.touches.filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
  const last = past[past.length - 1];
  // Once they have been written to too often, "wait a few days" would read as permission.
  const stalking = reasons.some((r) => r.code === 'too-many-unanswered');
  if (lastUnanswered && last === lastUnanswered && !stalking) {
    const followUp = run.length;
    const due = followUpDueAt(lastUnanswered.at, followUp, c, zone);
    if (now < due) {
      earliest = Math.max(earliest, due);
      const gapDays = followUpGapDays(followUp, c);
      const gap = c.gapsInWorkingDays
        ? `${gapDays} working day${gapDays === 1 ? '' : 's'}`
        : humanDuration(gapDays * DAY_MS);
      reasons.push({
        code: 'too-soon',
        message: `You wrote ${ago(now - lastUnanswered.at)} with no answer; the ${ordinal(followUp)} follow-up is best after ${gap}.`,
      });
    }
  }

  const hours: WorkingHours = {
    startMinute: Math.round(c.workdayStartHour * 60),
    endMinute: Math.round(c.workdayEndHour * 60),
    workingDays: c.workingDays,
  };
  const state = workingState(now, zone, hours);
  const localTime = `${pad(state.wall.hour)}:${pad(state.wall.minute)}`;
  const window = `${pad(Math.floor(hours.startMinute / 60))}:${pad(hours.startMinute % 60)}–${pad(Math.floor(hours.endMinute / 60))}:${pad(hours.endMinute % 60)}`;
  if (!state.workingDay) {
    reasons.push({
      code: 'weekend',
      message: `It is ${DAY_NAMES[state.wall.weekday]} ${localTime} in ${whose} time zone (${zone}); send on a working day.`,
    });
  } else if (!state.inHours) {
    reasons.push({
      code: 'outside-hours',
      message: `It is ${localTime} in ${whose} time zone (${zone}), outside working hours (${window}).`,
    });
  }

  const lastTwoWay = [...past].reverse().find(isTwoWay);
  const theyWrote =
    last?.direction === 'in' && last.channel !== 'call' && last.channel !== 'meeting';
  if (last && theyWrote && now - last.at > c.replyWithinDays * DAY_MS) {
    reasons.push({
      code: 'going-cold',
      message: `They wrote ${ago(now - last.at)} and you have not answered; reply before it goes cold.`,
    });
  } else if (last && lastTwoWay === last && now - last.at > c.coldAfterDays * DAY_MS) {
    reasons.push({
      code: 'going-cold',
      message: `Your last conversation was ${ago(now - last.at)}, with nothing since; a useful note now keeps it warm.`,
    });
  }

  const overdue = overduePromises(input.notes ?? [], now);
  const oldest = overdue[0];
  if (oldest) {
    const more = overdue.length > 1 ? ` (and ${overdue.length - 1} more)` : '';
    reasons.push({
      code: 'promise-overdue',
      message: `You promised “${excerpt(oldest.body, 80)}”, due ${ago(now - (oldest.dueAt ?? now))}${more}; deliver it first.`,
    });
  }

  const level = reasons.reduce<TimingLevel>(
    (max, r) => (RANK[TIMING_SEVERITY[r.code]] > RANK[max] ? TIMING_SEVERITY[r.code] : max),
    'ok',
  );
  if (level !== 'wait') return { level, reasons };
  return { level, reasons, suggestedAt: nextWorkingStart(earliest, zone, hours) };
}
