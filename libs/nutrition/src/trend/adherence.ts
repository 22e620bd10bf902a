import type { IsoDate } from './local-date';

/** A day counts as on target when its energy is within ±10 % of that day's target. */
export const ON_TARGET_TOLERANCE = 0.1;

export function isOnTarget(consumedKcal: number, targetKcal: number): boolean {
  return Math.abs(consumedKcal - targetKcal) <= targetKcal * ON_TARGET_TOLERANCE;
}

export interface EnergyDay {
  date: IsoDate;
  consumedKcal: number;
  /** The day's energy target; null while the targets cannot be computed. */
  targetKcal: number | null;
  /** At least one diary entry that day. */
  logged: boolean;
}

export interface EnergyAdherence {
  daysLogged: number;
  /** Mean energy over the logged days (0 when none). */
  averageKcal: number;
  /** Mean target over the logged days, or over every day when none is logged; null without targets. */
  averageTargetKcal: number | null;
  /** Logged days that ended on target. */
  daysOnTarget: number;
  /**
   * Share of the judged days on target: logged days before today, and today only once it is on
   * target (it is not over). Days with nothing logged say nothing; null when no day is judged
   * or there are no targets.
   */
  adherencePercent: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Energy adherence over a window of days (e.g. the last 7 or 30), judged as the weekly summary does. */
export function energyAdherence(days: EnergyDay[], today: IsoDate): EnergyAdherence {
  const logged = days.filter((d) => d.logged);
  const onTarget = (d: EnergyDay) => d.targetKcal !== null && isOnTarget(d.consumedKcal, d.targetKcal);
  const targets = (logged.length ? logged : days)
    .map((d) => d.targetKcal)
    .filter((t): t is number => t !== null);
  const judged = logged.filter(
    (d) => d.targetKcal !== null && (d.date < today || (d.date === today && onTarget(d))),
  );
  return {
    daysLogged: logged.length,
    averageKcal: round1(mean(logged.map((d) => d.consumedKcal))),
    averageTargetKcal: targets.length ? Math.round(mean(targets)) : null,
    daysOnTarget: logged.filter(onTarget).length,
    adherencePercent: judged.length ? round1((judged.filter(onTarget).length / judged.length) * 100) : null,
  };
}
