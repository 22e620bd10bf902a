import { addDays, ageOn, localDate, weekStart } from './local-date';
import { dailyStreak, weeklyGoalStreak } from './streak';
import { projectWeightGoal, smoothWeights } from './weight-trend';

describe('local dates', () => {
  it('23:30 in Pacific/Auckland is still that local date (10:30 UTC)', () => {
    // 2026-06-15 23:30 NZST (UTC+12) = 2026-06-15T11:30Z
    expect(localDate(new Date('2026-06-15T11:30:00Z'), 'Pacific/Auckland')).toBe('2026-06-15');
    expect(localDate(new Date('2026-06-15T11:30:00Z'), 'UTC')).toBe('2026-06-15');
    expect(localDate(new Date('2026-06-15T12:30:00Z'), 'Pacific/Auckland')).toBe('2026-06-16');
  });

  it('calendar arithmetic ignores DST (Europe/Berlin 2026-03-29 is a 23 h day)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(weekStart('2026-03-29')).toBe('2026-03-23');
    expect(ageOn('1990-06-16', '2026-06-15')).toBe(35);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('2026-3-1', 1)).toThrow(RangeError);
  });
});

describe('streaks', () => {
  it('counts consecutive days and keeps the streak alive until today ends', () => {
    const s = dailyStreak(
      ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-05', '2026-01-06'],
      '2026-01-07',
    );
    expect(s).toEqual({ current: 2, longest: 3, lastDate: '2026-01-06' });
    expect(dailyStreak(['2026-01-05'], '2026-01-07').current).toBe(0);
  });

  it('a streak across the US DST change (America/New_York, 2026-03-08) counts every local day', () => {
    const instants = [
      '2026-03-07T12:00:00-05:00',
      '2026-03-08T23:30:00-04:00',
      '2026-03-09T00:15:00-04:00',
      '2026-03-10T08:00:00-04:00',
    ];
    const days = instants.map((i) => localDate(new Date(i), 'America/New_York'));
    expect(days).toEqual(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(dailyStreak(days, '2026-03-10')).toMatchObject({ current: 4, longest: 4 });
  });

  it('weekly goal streak counts consecutive ISO weeks that met the target', () => {
    const counts = new Map([
      ['2026-01-05', 3],
      ['2026-01-12', 3],
      ['2026-01-19', 1],
      ['2026-01-26', 4],
      ['2026-02-02', 3],
    ]);
    expect(weeklyGoalStreak(counts, 3, '2026-02-04')).toMatchObject({ current: 2, longest: 2 });
    expect(weeklyGoalStreak(counts, 3, '2026-02-20').current).toBe(0);
  });
});

describe('weight trend', () => {
  it("smooths by 10 % per day (Hacker's Diet) and projects the reach date", () => {
    const pts = Array.from({ length: 29 }, (_, i) => ({ date: addDays('2026-01-01', i), kg: 90 - i * 0.1 }));
    const trend = smoothWeights(pts);
    expect(trend[1].trendKg).toBeCloseTo(90 * 0.9 + 89.9 * 0.1, 6);
    const p = projectWeightGoal(trend, 85, '2026-04-30', '2026-01-29');
    expect(p?.slopeKgPerWeek).toBeLessThan(0);
    expect(p?.projectedDate).not.toBeNull();
    expect(['ahead', 'on_track', 'behind']).toContain(p?.status);
  });

  it('moving away from the target is behind with no projected date', () => {
    const pts = Array.from({ length: 20 }, (_, i) => ({ date: addDays('2026-01-01', i), kg: 80 + i * 0.1 }));
    const p = projectWeightGoal(smoothWeights(pts), 75, '2026-06-01', '2026-01-20');
    expect(p).toMatchObject({ projectedDate: null, status: 'behind' });
  });
});
