import { addDays } from '@welness/nutrition';
import { describe, expect, it } from 'vitest';
import { calendarStats, calendarWeeks, weekCount } from './calendar-grid';

const window90 = (to: string) => Array.from({ length: 90 }, (_, i) => ({ date: addDays(to, i - 89), entries: 0, workouts: 0 }));

describe('streak calendar grid', () => {
  it('lays 90 days out as Monday-first weeks, padding the first and last week', () => {
    // 2026-03-11 is a Wednesday; 89 days before it is 2025-12-12, a Friday.
    const weeks = calendarWeeks(window90('2026-03-11'));
    expect(weeks[0].start).toBe('2025-12-08');
    expect(weeks[0].days.slice(0, 4)).toEqual([null, null, null, null]);
    expect(weeks[0].days[4]?.date).toBe('2025-12-12');
    const last = weeks[weeks.length - 1];
    expect(last.start).toBe('2026-03-09');
    expect(last.days.map((d) => d?.date ?? null)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', null, null, null, null]);
    expect(weeks).toHaveLength(weekCount('2025-12-12', '2026-03-11'));
    expect(weeks.flatMap((w) => w.days).filter(Boolean)).toHaveLength(90);
    expect(weeks.every((w) => w.days.length === 7)).toBe(true);
  });

  it('keeps every day once across a DST change and a year end', () => {
    const days = window90('2026-04-05');
    const cells = calendarWeeks(days).flatMap((w) => w.days).filter((d) => d !== null);
    expect(cells.map((d) => d.date)).toEqual(days.map((d) => d.date));
  });

  it('counts logged and workout days and the share logged', () => {
    const days = window90('2026-03-11').map((d, i) => ({ ...d, entries: i % 3 === 0 ? 2 : 0, workouts: i % 10 === 0 ? 1 : 0 }));
    expect(calendarStats(days)).toEqual({ loggedDays: 30, workoutDays: 9, loggedPercent: 33 });
    expect(calendarStats([])).toEqual({ loggedDays: 0, workoutDays: 0, loggedPercent: 0 });
  });
});
