import { addDays, daysBetween, weekStart } from '@welness/nutrition';

export interface GridDay {
  date: string;
  entries: number;
  workouts: number;
}

export interface GridWeek {
  /** Monday of the week. */
  start: string;
  /** Monday → Sunday; null for days outside the window. */
  days: (GridDay | null)[];
}

/**
 * Lays consecutive days out as Monday-first weeks, the first and last week padded with
 * nulls, so a calendar table has seven cells in every row.
 */
export function calendarWeeks(days: GridDay[]): GridWeek[] {
  if (!days.length) return [];
  const first = days[0].date;
  const start = weekStart(first);
  const byDate = new Map(days.map((d) => [d.date, d]));
  const last = days[days.length - 1].date;
  const weeks: GridWeek[] = [];
  for (let w = start; w <= last; w = addDays(w, 7)) {
    weeks.push({ start: w, days: Array.from({ length: 7 }, (_, i) => byDate.get(addDays(w, i)) ?? null) });
  }
  return weeks;
}

export interface CalendarStats {
  loggedDays: number;
  workoutDays: number;
  /** Share of the window's days with a diary entry, 0–100. */
  loggedPercent: number;
}

export function calendarStats(days: GridDay[]): CalendarStats {
  const loggedDays = days.filter((d) => d.entries > 0).length;
  return {
    loggedDays,
    workoutDays: days.filter((d) => d.workouts > 0).length,
    loggedPercent: days.length ? Math.round((loggedDays / days.length) * 100) : 0,
  };
}

/** Rows a calendar from `from` to `to` needs. */
export const weekCount = (from: string, to: string) => Math.floor(daysBetween(weekStart(from), to) / 7) + 1;
