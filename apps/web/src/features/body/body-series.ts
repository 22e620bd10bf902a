import { type WeightPoint, daysBetween, projectionLine } from '@welness/nutrition';
import type { Point } from '../../components/charts';

export interface DatedValue {
  date: string;
  value: number;
}

/** What the goal-progress answer says about the weight (all kg, dates ISO). */
export interface WeightOutlook {
  trendKg: number | null;
  targetKg: number | null;
  slopeKgPerWeek: number | null;
  projectedDate: string | null;
}

/** Most points a projection line gets (a step of a week or more, so a far goal stays readable). */
const PROJECTION_POINTS = 12;
/** The chart looks at most a year ahead. */
const PROJECTION_MAX_DAYS = 365;

/**
 * The projected trend from today to the goal, at the trend's slope: the line
 * `projectWeightGoal` (API) dates. Empty without a goal, a trend, or a slope leading there.
 */
export function weightProjection(outlook: WeightOutlook, today: string): WeightPoint[] {
  if (outlook.trendKg === null || outlook.targetKg === null) return [];
  const span = outlook.projectedDate ? Math.max(0, daysBetween(today, outlook.projectedDate)) : 0;
  const step = Math.max(7, Math.ceil(Math.min(span, PROJECTION_MAX_DAYS) / PROJECTION_POINTS));
  return projectionLine({ date: today, kg: outlook.trendKg }, outlook.slopeKgPerWeek, outlook.targetKg, step, PROJECTION_MAX_DAYS);
}

/** Chart points on a day axis starting at `from`, labelled by `label(date)`. */
export function onDayAxis(points: DatedValue[], from: string, label: (date: string) => string): Point[] {
  return points.map((p) => ({ label: label(p.date), value: p.value, x: daysBetween(from, p.date) }));
}

/** One value per date, the last one given for it (a re-measured waist replaces the first). */
export function latestPerDate(points: DatedValue[]): DatedValue[] {
  const by = new Map<string, number>();
  for (const p of points) by.set(p.date, p.value);
  return [...by.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([date, value]) => ({ date, value }));
}
