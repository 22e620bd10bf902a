import { IsoDate, addDays, daysBetween } from './local-date';

export interface WeightPoint {
  date: IsoDate;
  kg: number;
}

export interface TrendPoint {
  date: IsoDate;
  kg: number;
  trendKg: number;
}

/**
 * Exponentially smoothed weight (Walker, "The Hacker's Diet": trend += 10 % of the
 * difference each day). Gaps decay by (1 − α)^days so a week without weigh-ins weighs more.
 */
export function smoothWeights(points: WeightPoint[], alpha = 0.1): TrendPoint[] {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: TrendPoint[] = [];
  let trend: number | null = null;
  let prev: IsoDate | null = null;
  for (const p of sorted) {
    if (trend === null || prev === null) trend = p.kg;
    else {
      const gap = Math.max(1, daysBetween(prev, p.date));
      const keep = Math.pow(1 - alpha, gap);
      trend = trend * keep + p.kg * (1 - keep);
    }
    prev = p.date;
    out.push({ date: p.date, kg: p.kg, trendKg: trend });
  }
  return out;
}

/** Least-squares slope of the trend over the last `windowDays`, in kg per week. */
export function trendSlopeKgPerWeek(trend: TrendPoint[], windowDays = 28): number | null {
  if (trend.length < 2) return null;
  const last = trend[trend.length - 1].date;
  const pts = trend.filter((p) => daysBetween(p.date, last) <= windowDays);
  if (pts.length < 2) return null;
  const xs = pts.map((p) => daysBetween(pts[0].date, p.date));
  const ys = pts.map((p) => p.trendKg);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? null : (num / den) * 7;
}

export type GoalPace = 'ahead' | 'on_track' | 'behind';

export interface WeightProjection {
  currentTrendKg: number;
  slopeKgPerWeek: number | null;
  projectedDate: IsoDate | null;
  status: GoalPace | null;
}

/**
 * Projects when the trend reaches `targetKg` at the current slope, and compares with the
 * goal date: within ±7 days is on track; moving away from the target (or flat) is behind.
 */
export function projectWeightGoal(
  trend: TrendPoint[],
  targetKg: number,
  targetDate: IsoDate | null,
  today: IsoDate,
): WeightProjection | null {
  if (!trend.length) return null;
  const current = trend[trend.length - 1].trendKg;
  const slope = trendSlopeKgPerWeek(trend);
  const remaining = targetKg - current;
  if (Math.abs(remaining) < 0.25)
    return { currentTrendKg: current, slopeKgPerWeek: slope, projectedDate: today, status: 'on_track' };
  if (slope === null || slope === 0 || Math.sign(slope) !== Math.sign(remaining)) {
    return {
      currentTrendKg: current,
      slopeKgPerWeek: slope,
      projectedDate: null,
      status: targetDate ? 'behind' : null,
    };
  }
  const days = Math.ceil((remaining / slope) * 7);
  const projectedDate = addDays(today, days);
  if (!targetDate) return { currentTrendKg: current, slopeKgPerWeek: slope, projectedDate, status: null };
  const diff = daysBetween(targetDate, projectedDate);
  const status: GoalPace = diff < -7 ? 'ahead' : diff > 7 ? 'behind' : 'on_track';
  return { currentTrendKg: current, slopeKgPerWeek: slope, projectedDate, status };
}

/**
 * The projected trend line toward `targetKg`: from `start` (today's trend) at `slopeKgPerWeek`,
 * one point every `stepDays`, ending on the day the target is reached (the same day
 * `projectWeightGoal` names) at exactly the target. Empty when the slope does not lead there
 * (none, flat, or moving away); just `start` when it is already within 0.25 kg; cut at
 * `maxDays` when the target lies further out.
 */
export function projectionLine(
  start: WeightPoint,
  slopeKgPerWeek: number | null,
  targetKg: number,
  stepDays = 7,
  maxDays = 730,
): WeightPoint[] {
  if (!(stepDays >= 1)) throw new RangeError('stepDays must be ≥ 1');
  const remaining = targetKg - start.kg;
  if (Math.abs(remaining) < 0.25) return [start];
  if (slopeKgPerWeek === null || slopeKgPerWeek === 0 || Math.sign(slopeKgPerWeek) !== Math.sign(remaining))
    return [];
  const reach = Math.ceil((remaining / slopeKgPerWeek) * 7);
  const end = Math.min(reach, maxDays);
  const at = (d: number): WeightPoint => ({
    date: addDays(start.date, d),
    kg: d >= reach ? targetKg : start.kg + (slopeKgPerWeek * d) / 7,
  });
  const out: WeightPoint[] = [];
  for (let d = 0; d < end; d += stepDays) out.push(at(d));
  out.push(at(end));
  return out;
}
