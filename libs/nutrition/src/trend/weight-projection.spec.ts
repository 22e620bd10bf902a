import { addDays } from './local-date';
import { projectWeightGoal, projectionLine, smoothWeights } from './weight-trend';

describe('projection line to the goal weight', () => {
  it('falls at the slope one point a week and ends on the target, on the day projectWeightGoal names', () => {
    const pts = Array.from({ length: 29 }, (_, i) => ({ date: addDays('2026-01-01', i), kg: 90 - i * 0.1 }));
    const trend = smoothWeights(pts);
    const today = '2026-01-29';
    const p = projectWeightGoal(trend, 85, null, today)!;
    const line = projectionLine({ date: today, kg: p.currentTrendKg }, p.slopeKgPerWeek, 85);
    expect(line[0]).toEqual({ date: today, kg: p.currentTrendKg });
    expect(line[1].date).toBe(addDays(today, 7));
    expect(line[1].kg).toBeCloseTo(p.currentTrendKg + p.slopeKgPerWeek!, 9);
    expect(line[line.length - 1]).toEqual({ date: p.projectedDate, kg: 85 });
    // Monotonic toward the target, never past it.
    for (let i = 1; i < line.length; i++) {
      expect(line[i].kg).toBeLessThan(line[i - 1].kg);
      expect(line[i].kg).toBeGreaterThanOrEqual(85);
    }
  });

  it('rises toward a heavier target too (gaining)', () => {
    const line = projectionLine({ date: '2026-05-01', kg: 60 }, 0.5, 61);
    expect(line.map((p) => p.date)).toEqual(['2026-05-01', '2026-05-08', '2026-05-15']);
    expect(line.map((p) => p.kg)).toEqual([60, 60.5, 61]);
  });

  it('has no line when the trend is flat, unknown or moving away; a reached goal is one point', () => {
    expect(projectionLine({ date: '2026-05-01', kg: 80 }, 0, 75)).toEqual([]);
    expect(projectionLine({ date: '2026-05-01', kg: 80 }, null, 75)).toEqual([]);
    expect(projectionLine({ date: '2026-05-01', kg: 80 }, 0.3, 75)).toEqual([]);
    expect(projectionLine({ date: '2026-05-01', kg: 75.1 }, -0.5, 75)).toEqual([
      { date: '2026-05-01', kg: 75.1 },
    ]);
  });

  it('stops at maxDays when the target is further out, without reaching it', () => {
    const line = projectionLine({ date: '2026-01-01', kg: 100 }, -0.1, 60, 30, 90);
    expect(line[line.length - 1].date).toBe('2026-04-01');
    expect(line[line.length - 1].kg).toBeCloseTo(100 - (0.1 * 90) / 7, 9);
    expect(line.map((p) => p.date)).toEqual(['2026-01-01', '2026-01-31', '2026-03-02', '2026-04-01']);
  });
});
