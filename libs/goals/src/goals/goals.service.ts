import { Injectable } from '@nestjs/common';
import { DayChanges, badRequest } from '@welness/platform';
import { projectWeightGoal } from '@welness/nutrition';
import { BodyMetricsService } from '../body/body-metrics.service';
import { UserClock } from '../profile/user-clock';
import { GoalRecord } from './goal.entity';
import { CoachGoalDto, GoalDto, GoalProgressDto, UpdateGoalDto } from './goals.dto';
import { GoalsRepository } from './goals.repository';

const DEFAULT_GOAL: GoalDto = {
  direction: 'maintain',
  rateKgPerWeek: 0,
  targetWeightKg: null,
  targetDate: null,
  bmrFormula: 'mifflin-st-jeor',
  energyOverrideKcal: null,
  coachEnergyOverrideKcal: null,
  proteinRule: null,
  fatRule: null,
  carbohydratesRule: null,
  stepsPerDay: null,
  workoutsPerWeek: null,
  waterMlPerDay: null,
  trainingDayExtraPercent: null,
};

export function toGoalDto(g: GoalRecord | null): GoalDto {
  if (!g) return { ...DEFAULT_GOAL };
  const { id: _id, userId: _u, coachOverrideBy: _c, createdAt: _cr, updatedAt: _up, ...rest } = g;
  return rest;
}

@Injectable()
export class GoalsService {
  constructor(
    private readonly repo: GoalsRepository,
    private readonly clock: UserClock,
    private readonly body: BodyMetricsService,
    private readonly days: DayChanges,
  ) {}

  async get(userId: string): Promise<GoalDto> {
    return toGoalDto(await this.repo.find(userId));
  }

  /** The raw goal for other modules (weekly goals: steps, workouts, water). */
  find(userId: string): Promise<GoalRecord | null> {
    return this.repo.find(userId);
  }

  async update(userId: string, dto: UpdateGoalDto | CoachGoalDto, coachId?: string): Promise<GoalDto> {
    const patch: Partial<GoalRecord> = { ...dto };
    if ('coachEnergyOverrideKcal' in dto && dto.coachEnergyOverrideKcal !== undefined) {
      if (!coachId) throw badRequest('coach-only', 'Only a coach may override the energy safety floor.');
      patch.coachOverrideBy = dto.coachEnergyOverrideKcal === null ? null : coachId;
    }
    const direction = patch.direction ?? (await this.repo.find(userId))?.direction ?? 'maintain';
    if (direction === 'maintain') patch.rateKgPerWeek = 0;
    const saved = await this.repo.upsert(userId, patch);
    // Targets feed every summary, past ones included.
    await this.days.allDaysChanged(userId);
    return toGoalDto(saved);
  }

  async progress(userId: string): Promise<GoalProgressDto> {
    const goal = await this.repo.find(userId);
    const today = await this.clock.userToday(userId);
    const trend = await this.body.trend(userId, undefined, today);
    const last = trend[trend.length - 1];
    const projection =
      goal?.targetWeightKg != null
        ? projectWeightGoal(trend, goal.targetWeightKg, goal.targetDate, today)
        : null;
    return {
      goal: toGoalDto(goal),
      weight: {
        currentKg: last?.kg ?? null,
        trendKg: last?.trendKg ?? null,
        targetKg: goal?.targetWeightKg ?? null,
        targetDate: goal?.targetDate ?? null,
        slopeKgPerWeek: projection?.slopeKgPerWeek ?? null,
        projectedDate: projection?.projectedDate ?? null,
        status: projection?.status ?? null,
      },
    };
  }

  /** For whoever changes the profile (identity, onboarding): targets and summaries follow. */
  async profileChanged(userId: string): Promise<void> {
    await this.days.allDaysChanged(userId);
  }

  async erase(userId: string): Promise<void> {
    await this.repo.erase(userId);
  }
}
