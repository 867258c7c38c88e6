import { DEFAULT_CADENCE, type CadenceSettings, type Settings } from '../../storage/schema';
import type { TimingSettings } from './types';

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
    gapsInWorkingDays: pick('gapsInWorkingDays') ?? false,
  };
}

/**
 * What the timing rules and the follow-up plan read of the rep's settings: their cadence,
 * and their zone for people whose own is not known.
 */
export function timingSettings(
  settings: Pick<Settings, 'cadence' | 'timeZone'> | undefined,
): TimingSettings {
  return {
    ...settings?.cadence,
    ...(settings?.timeZone ? { timeZone: settings.timeZone } : {}),
  };
}
