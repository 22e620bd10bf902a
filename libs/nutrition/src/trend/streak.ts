import { IsoDate, addDays, daysBetween, weekStart } from './local-date';

export interface Streak {
  current: number;
  longest: number;
  /** Last day (or week start) that counted, null when none. */
  lastDate: IsoDate | null;
}

/**
 * Consecutive calendar days with activity. The current streak is still alive when today has
 * nothing yet but yesterday did (the day is not over). Days are local calendar dates, so a DST
 * change (a 23 h or 25 h day) cannot break or double a streak.
 */
export function dailyStreak(days: Iterable<IsoDate>, today: IsoDate): Streak {
  const sorted = [...new Set(days)].filter((d) => d <= today).sort();
  if (!sorted.length) return { current: 0, longest: 0, lastDate: null };
  let longest = 1;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = daysBetween(sorted[i - 1], sorted[i]) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = sorted[sorted.length - 1];
  const current = daysBetween(last, today) <= 1 ? run : 0;
  return { current, longest, lastDate: last };
}

/**
 * Consecutive ISO weeks that met a weekly goal (e.g. workouts/week). The running week counts
 * once it is met; while it is not met yet the streak up to last week stays current.
 */
export function weeklyGoalStreak(countsByWeek: Map<IsoDate, number>, target: number, today: IsoDate): Streak {
  if (target <= 0) return { current: 0, longest: 0, lastDate: null };
  const met = [...countsByWeek.entries()].filter(([, n]) => n >= target).map(([w]) => weekStart(w));
  const weeks = [...new Set(met)].filter((w) => w <= today).sort();
  if (!weeks.length) return { current: 0, longest: 0, lastDate: null };
  let longest = 1;
  let run = 1;
  for (let i = 1; i < weeks.length; i++) {
    run = daysBetween(weeks[i - 1], weeks[i]) === 7 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const last = weeks[weeks.length - 1];
  const thisWeek = weekStart(today);
  const current = last === thisWeek || last === addDays(thisWeek, -7) ? run : 0;
  return { current, longest, lastDate: last };
}
