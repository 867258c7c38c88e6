import { DEFAULT_CADENCE, type CadenceSettings } from '../../storage/schema';

/**
 * The rep's cadence with every setting they left out (or left empty) taken from the
 * defaults: the timing warning and the follow-up plan pace the same way.
 */
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
  };
}
