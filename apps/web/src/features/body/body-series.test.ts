import { addDays, projectWeightGoal, smoothWeights } from '@welness/nutrition';
import { describe, expect, it } from 'vitest';
import { latestPerDate, onDayAxis, weightProjection } from './body-series';

describe('body charts', () => {
  it('projects from today’s trend to the goal, ending on the date the API projects', () => {
    const today = '2026-03-21';
    const trend = smoothWeights(Array.from({ length: 21 }, (_, i) => ({ date: addDays('2026-03-01', i), kg: 80 - i * 0.1 })));
    const p = projectWeightGoal(trend, 75, '2026-09-01', today)!;
    const line = weightProjection({ trendKg: p.currentTrendKg, targetKg: 75, slopeKgPerWeek: p.slopeKgPerWeek, projectedDate: p.projectedDate }, today);
    expect(line[0]).toEqual({ date: today, kg: p.currentTrendKg });
    expect(line[line.length - 1]).toEqual({ date: p.projectedDate, kg: 75 });
    // A far goal gets at most a dozen steps of a week or more.
    expect(line.length).toBeLessThanOrEqual(14);
  });

  it('draws no projection without a goal, a trend or a slope that leads there', () => {
    const base = { trendKg: 80, targetKg: 75, slopeKgPerWeek: -0.5, projectedDate: '2026-05-01' };
    expect(weightProjection({ ...base, targetKg: null }, '2026-03-21')).toEqual([]);
    expect(weightProjection({ ...base, trendKg: null }, '2026-03-21')).toEqual([]);
    expect(weightProjection({ ...base, slopeKgPerWeek: 0.2, projectedDate: null }, '2026-03-21')).toEqual([]);
  });

  it('places points by day from the window start, and keeps the last value of a day', () => {
    const pts = onDayAxis([{ date: '2026-03-01', value: 90 }, { date: '2026-03-11', value: 89 }], '2026-02-28', (d) => d.slice(5));
    expect(pts).toEqual([
      { label: '03-01', value: 90, x: 1 },
      { label: '03-11', value: 89, x: 11 },
    ]);
    expect(latestPerDate([{ date: '2026-03-02', value: 86 }, { date: '2026-03-01', value: 87 }, { date: '2026-03-02', value: 85.5 }])).toEqual([
      { date: '2026-03-01', value: 87 },
      { date: '2026-03-02', value: 85.5 },
    ]);
  });
});
