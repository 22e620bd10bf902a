import { Injectable } from '@nestjs/common';
import { ActivitiesService } from '@welness/activities';
import { BodyMetricsService, DayTargets, Targets, TargetsService, UserClock } from '@welness/goals';
import { IsoDate, addDays, dailyStreak, dateRange, weekStart, weeklyGoalStreak } from '@welness/nutrition';
import { DiaryService } from '@welness/meals';
import { WorkoutSessionsService } from '@welness/workouts';
import { SummaryCache } from '../cache/summary-cache.service';
import { DailySummaryDto, StreakDto, WeeklyDayDto, WeeklySummaryDto } from './summary.types';

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const HISTORY_START = '1900-01-01';

/** Which targets apply on a day: training-day targets when a workout was done, if configured. */
export function dayTargets(
  t: Targets | null,
  workouts: number,
): { day: DayTargets | null; type: DailySummaryDto['dayType'] } {
  if (!t) return { day: null, type: 'standard' };
  if (t.trainingDay && t.restDay)
    return workouts > 0 ? { day: t.trainingDay, type: 'training' } : { day: t.restDay, type: 'rest' };
  return { day: t, type: 'standard' };
}

@Injectable()
export class SummaryService {
  constructor(
    private readonly diary: DiaryService,
    private readonly targets: TargetsService,
    private readonly clock: UserClock,
    private readonly body: BodyMetricsService,
    private readonly activities: ActivitiesService,
    private readonly workouts: WorkoutSessionsService,
    private readonly cache: SummaryCache,
  ) {}

  async daily(userId: string, date?: IsoDate): Promise<DailySummaryDto> {
    const day = date ?? (await this.clock.userToday(userId));
    return this.cache.getOrCompute(userId, 'daily', day, day, () => this.computeDaily(userId, day));
  }

  async weekly(userId: string, weekOf?: IsoDate): Promise<WeeklySummaryDto> {
    const start = weekStart(weekOf ?? (await this.clock.userToday(userId)));
    const end = addDays(start, 6);
    return this.cache.getOrCompute(userId, 'weekly', start, end, () =>
      this.computeWeekly(userId, start, end),
    );
  }

  private streaks(
    dates: string[],
    workoutDays: Map<string, number>,
    upTo: IsoDate,
    workoutsPerWeek: number | null,
  ): { streak: StreakDto; weeklyGoalStreak: StreakDto } {
    const perWeek = new Map<string, number>();
    for (const [d, n] of workoutDays) {
      const w = weekStart(d);
      perWeek.set(w, (perWeek.get(w) ?? 0) + n);
    }
    return {
      streak: dailyStreak(dates, upTo),
      weeklyGoalStreak: weeklyGoalStreak(perWeek, workoutsPerWeek ?? 0, upTo),
    };
  }

  private async computeDaily(userId: string, date: IsoDate): Promise<DailySummaryDto> {
    // Four independent reads (six queries) in one concurrent round.
    const [facts, ctx, activity, workoutDays] = await Promise.all([
      this.diary.rangeFacts(userId, date, date, date),
      this.targets.context(userId, date),
      this.activities.byDay(userId, date, date),
      this.workouts.countsByDay(userId, HISTORY_START, date),
    ]);
    const { goal, targets } = ctx;
    const t = facts.totals[0];
    const a = activity.get(date);
    const done = workoutDays.get(date) ?? 0;
    const { day, type } = dayTargets(targets, done);
    const consumed = t?.energyKcal ?? 0;
    const burned = a?.burnedKcal ?? 0;
    return {
      date,
      dayType: type,
      targetsAvailable: targets !== null,
      energy: {
        consumedKcal: round(consumed),
        burnedKcal: round(burned),
        targetKcal: day ? round(day.energyKcal, 0) : null,
        remainingKcal: day ? round(day.energyKcal - consumed) : null,
        remainingWithExerciseKcal: day ? round(day.energyKcal - consumed + burned) : null,
      },
      protein: { consumed: round(t?.proteinG ?? 0), target: day ? round(day.proteinG) : null },
      carbohydrates: {
        consumed: round(t?.carbohydratesG ?? 0),
        target: day ? round(day.carbohydratesG) : null,
      },
      fat: { consumed: round(t?.fatG ?? 0), target: day ? round(day.fatG) : null },
      fiber: { consumed: round(t?.fiberG ?? 0), target: targets ? round(targets.fibreG) : null },
      water: {
        consumed: facts.water.get(date) ?? 0,
        target: targets?.waterMl ?? goal?.waterMlPerDay ?? null,
      },
      steps: { consumed: a?.steps ?? 0, target: goal?.stepsPerDay ?? null },
      workoutsDone: done,
      entries: t?.entries ?? 0,
      ...this.streaks(facts.loggedDates, workoutDays, date, goal?.workoutsPerWeek ?? null),
    };
  }

  private async computeWeekly(userId: string, start: IsoDate, end: IsoDate): Promise<WeeklySummaryDto> {
    const [facts, ctx, activity, workoutDays, trend] = await Promise.all([
      this.diary.rangeFacts(userId, start, end, end),
      // The week is judged against the targets at its end (weight as of that day).
      this.targets.context(userId, end),
      this.activities.byDay(userId, start, end),
      this.workouts.countsByDay(userId, HISTORY_START, end),
      this.body.trend(userId, addDays(start, -30), end),
    ]);
    const { profile, goal, targets } = ctx;
    const totals = facts.totals;
    const water = facts.water;
    const workouts = workoutDays;
    const today = this.clock.todayIn(profile.timeZone);
    const streaks = this.streaks(
      facts.loggedDates,
      workoutDays,
      end < today ? end : today,
      goal?.workoutsPerWeek ?? null,
    );
    const byDate = new Map(totals.map((t) => [t.date, t]));
    const days: WeeklyDayDto[] = dateRange(start, end).map((date) => {
      const t = byDate.get(date);
      const a = activity.get(date);
      const done = workouts.get(date) ?? 0;
      const target = dayTargets(targets, done).day?.energyKcal ?? null;
      const consumed = t?.energyKcal ?? 0;
      return {
        date,
        consumedKcal: round(consumed),
        targetKcal: target === null ? null : round(target, 0),
        proteinG: round(t?.proteinG ?? 0),
        carbohydratesG: round(t?.carbohydratesG ?? 0),
        fatG: round(t?.fatG ?? 0),
        fiberG: round(t?.fiberG ?? 0),
        burnedKcal: round(a?.burnedKcal ?? 0),
        steps: a?.steps ?? null,
        waterMl: water.get(date) ?? 0,
        workouts: done,
        entries: t?.entries ?? 0,
        onTarget: target === null || !t ? null : Math.abs(consumed - target) <= target * 0.1,
      };
    });
    const logged = days.filter((d) => d.entries > 0);
    const avg = (f: (d: WeeklyDayDto) => number, list = logged) =>
      list.length ? round(list.reduce((s, d) => s + f(d), 0) / list.length) : 0;
    const elapsed = days.filter((d) => d.date <= today);
    const withSteps = days.filter((d) => d.steps !== null);
    const inWeek = trend.filter((p) => p.date >= start);
    const before = trend.filter((p) => p.date < start).pop();
    const last = inWeek[inWeek.length - 1];
    return {
      weekStart: start,
      weekEnd: end,
      days,
      averages: {
        consumedKcal: avg((d) => d.consumedKcal),
        proteinG: avg((d) => d.proteinG),
        carbohydratesG: avg((d) => d.carbohydratesG),
        fatG: avg((d) => d.fatG),
        burnedKcal: avg((d) => d.burnedKcal, elapsed),
        steps: withSteps.length ? avg((d) => d.steps ?? 0, withSteps) : null,
        waterMl: avg((d) => d.waterMl, elapsed),
      },
      daysLogged: logged.length,
      // Share of the logged days that ended within ±10 % of target. Days with nothing logged
      // say nothing about adherence, and today counts only once it is on target (it is not over).
      adherencePercent: (() => {
        const judged = logged.filter((d) => d.date < today || (d.date === today && d.onTarget));
        return targets && judged.length
          ? round((judged.filter((d) => d.onTarget).length / judged.length) * 100)
          : null;
      })(),
      workouts: days.reduce((s, d) => s + d.workouts, 0),
      workoutsTarget: goal?.workoutsPerWeek ?? null,
      weight: {
        points: inWeek.map((p) => ({ date: p.date, kg: p.kg, trendKg: round(p.trendKg, 2) })),
        changeKg: last && before ? round(last.trendKg - before.trendKg, 2) : null,
      },
      ...streaks,
    };
  }
}
