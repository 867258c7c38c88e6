import { DEFAULT_CADENCE, type CadenceSettings } from '../../storage/schema';
import { addWorkingDays } from './zoned-time';

const DAY_MS = 86_400_000;

/** Cadence settings with every gap filled from the defaults, and no empty list left. */
export function resolveCadence(settings: Partial<CadenceSettings> = {}): CadenceSettings {
  const pick = <K extends keyof CadenceSettings>(k: K): CadenceSettings[K] =>
    (settings[k] as CadenceSettings[K] | undefined) ?? DEFAULT_CADENCE[k];
  const gaps = pick('followUpGapsDays');
  const days = pick('workingDays');
  return {
    followUpGapsDays: gaps.length > 0 ? gaps : DEFAULT_CADENCE.followUpGapsDays,
    maxUnanswered: Math.max(1, pick('maxUnanswered')),
    replyWithinDays: pick('replyWithinDays'),
    coldAfterDays: pick('coldAfterDays'),
    workdayStartHour: pick('workdayStartHour'),
    workdayEndHour: pick('workdayEndHour'),
    workingDays: days.length > 0 ? days : DEFAULT_CADENCE.workingDays,
    gapsInWorkingDays: pick('gapsInWorkingDays') ?? false,
  };
}

/** The gap, in days, before the k-th follow-up (1-based); the last gap repeats after that. */
export function followUpGapDays(k: number, cadence: CadenceSettings): number {
  const gaps = cadence.followUpGapsDays;
  return (
    gaps[Math.min(Math.max(k, 1) - 1, gaps.length - 1)] ?? DEFAULT_CADENCE.followUpGapsDays[0] ?? 3
  );
}

/**
 * When the k-th follow-up (1-based) to a message sent at `lastAt` is due: the k-th gap
 * after it, in calendar days, or in the person's working days (in their zone) when the
 * cadence counts gaps in working days.
 */
export function followUpDueAt(
  lastAt: number,
  k: number,
  cadence: CadenceSettings,
  timeZone: string,
): number {
  const gap = followUpGapDays(k, cadence);
  return cadence.gapsInWorkingDays
    ? addWorkingDays(lastAt, gap, cadence.workingDays, timeZone)
    : lastAt + gap * DAY_MS;
}
