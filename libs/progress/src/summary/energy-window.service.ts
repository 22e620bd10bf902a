import { Injectable } from '@nestjs/common';
import { TargetsService, UserClock } from '@welness/goals';
import { EnergyAdherence, IsoDate, addDays, dateRange, energyAdherence } from '@welness/nutrition';
import { DiaryService } from '@welness/meals';
import { WorkoutSessionsService } from '@welness/workouts';
import { dayTargets } from './summary.service';

export interface EnergyWindow extends EnergyAdherence {
  /** First and last local date of the window (the last is the user's today). */
  from: IsoDate;
  to: IsoDate;
  /** Last local date with a diary entry in the window; null when none. */
  lastLoggedDate: IsoDate | null;
}

/**
 * Energy against target over the last N local days of one user (coach overviews). Judged as
 * the weekly summary is: logged days only, each against that day's (training/rest) target.
 */
@Injectable()
export class EnergyWindowService {
  constructor(
    private readonly diary: DiaryService,
    private readonly targets: TargetsService,
    private readonly clock: UserClock,
    private readonly workouts: WorkoutSessionsService,
  ) {}

  async lastDays(userId: string, days: number): Promise<EnergyWindow> {
    const today = await this.clock.userToday(userId);
    const from = addDays(today, -(days - 1));
    const [facts, ctx, workoutDays] = await Promise.all([
      this.diary.rangeFacts(userId, from, today, today),
      this.targets.context(userId, today),
      this.workouts.countsByDay(userId, from, today),
    ]);
    const byDate = new Map(facts.totals.map((t) => [t.date, t]));
    const window = dateRange(from, today).map((date) => {
      const t = byDate.get(date);
      return {
        date,
        consumedKcal: t?.energyKcal ?? 0,
        targetKcal: dayTargets(ctx.targets, workoutDays.get(date) ?? 0).day?.energyKcal ?? null,
        logged: (t?.entries ?? 0) > 0,
      };
    });
    const logged = window.filter((d) => d.logged);
    return {
      from,
      to: today,
      lastLoggedDate: logged.length ? logged[logged.length - 1].date : null,
      ...energyAdherence(window, today),
    };
  }
}
