import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@welness/platform';
import {
  ACTIVITY_FACTORS,
  ActivityLevel,
  BodyInputs,
  DEFAULT_MACRO_RULES,
  EnergyWarning,
  IOM_CATEGORY_FOR_LEVEL,
  IsoDate,
  MacroRules,
  MacroTargets,
  ageOn,
  basalMetabolicRate,
  energyTarget,
  fibreTargetG,
  iomEer,
  macroTargets,
  safetyFloorKcal,
  trainingDaySplit,
  waterTargetMl,
} from '@welness/nutrition';
import { BodyMetricsService } from '../body/body-metrics.service';
import { EnergyMethod, GoalRecord } from '../goals/goal.entity';
import { GoalsRepository } from '../goals/goals.repository';
import { PROFILE_SOURCE, ProfileSource, TrackingProfile } from '../profile/profile.source';
import { UserClock } from '../profile/user-clock';

export interface DayTargets extends MacroTargets {
  energyKcal: number;
}

export interface Targets extends DayTargets {
  date: IsoDate;
  method: { energy: EnergyMethod; bmr: string; tdee: 'activity-factor' | 'iom-eer'; macros: MacroRules };
  inputs: {
    sex: 'male' | 'female' | 'other';
    ageYears: number;
    weightKg: number;
    heightCm: number;
    bodyFatPercent: number | null;
    activityLevel: ActivityLevel;
    activityFactor: number;
    direction: GoalRecord['direction'];
    rateKgPerWeek: number;
  };
  bmrKcal: number;
  tdeeKcal: number;
  floorKcal: number;
  dailyDeltaKcal: number;
  warnings: (EnergyWarning | 'user-override-below-floor')[];
  fibreG: number;
  waterMl: number;
  stepsPerDay: number | null;
  workoutsPerWeek: number | null;
  trainingDay: DayTargets | null;
  restDay: DayTargets | null;
}

export type MissingProfileField = 'birthDate' | 'sex' | 'heightCm' | 'weight';

export class ProfileIncompleteError extends ProblemException {
  constructor(readonly missing: MissingProfileField[]) {
    super(409, 'profile-incomplete', 'Profile incomplete', `Targets need: ${missing.join(', ')}.`, {
      missing,
    });
  }
}

/** Mean of the male and female equations for users who chose "other". */
function bySex(sex: 'male' | 'female' | 'other', f: (s: 'male' | 'female') => number): number {
  return sex === 'other' ? (f('male') + f('female')) / 2 : f(sex);
}

@Injectable()
export class TargetsService {
  constructor(
    @Inject(PROFILE_SOURCE) private readonly profiles: ProfileSource,
    private readonly goals: GoalsRepository,
    private readonly body: BodyMetricsService,
    private readonly clock: UserClock,
  ) {}

  async profile(userId: string): Promise<TrackingProfile> {
    const p = await this.profiles.get(userId);
    if (!p) throw new ProblemException(404, 'not-found', 'User not found');
    return p;
  }

  /** Targets for a date; throws ProfileIncompleteError when an input is missing. */
  async forDate(userId: string, date?: IsoDate): Promise<Targets> {
    // With a date every input is read in parallel; without one the time zone decides "today".
    const on = date ?? (await this.clock.userToday(userId));
    const [profile, goal, latest] = await Promise.all([
      this.profile(userId),
      this.goals.find(userId),
      this.body.latestOn(userId, on),
    ]);
    return this.compute(profile, goal, latest.weightKg, latest.bodyFatPercent, on);
  }

  /**
   * Everything a summary needs from this module in one parallel round: the profile, the goal
   * and the targets (null while the profile is incomplete).
   */
  async context(
    userId: string,
    date: IsoDate,
  ): Promise<{ profile: TrackingProfile; goal: GoalRecord | null; targets: Targets | null }> {
    const [profile, goal, latest] = await Promise.all([
      this.profile(userId),
      this.goals.find(userId),
      this.body.latestOn(userId, date),
    ]);
    try {
      return {
        profile,
        goal,
        targets: this.compute(profile, goal, latest.weightKg, latest.bodyFatPercent, date),
      };
    } catch (err) {
      if (err instanceof ProfileIncompleteError) return { profile, goal, targets: null };
      throw err;
    }
  }

  /** Like forDate but null instead of an error when the profile is incomplete (summaries). */
  async tryForDate(userId: string, date: IsoDate): Promise<Targets | null> {
    try {
      return await this.forDate(userId, date);
    } catch (err) {
      if (err instanceof ProfileIncompleteError) return null;
      throw err;
    }
  }

  compute(
    p: TrackingProfile,
    goal: GoalRecord | null,
    weightKg: number | null,
    bodyFat: number | null,
    on: IsoDate,
  ): Targets {
    const missing: MissingProfileField[] = [];
    if (!p.birthDate) missing.push('birthDate');
    if (!p.sex) missing.push('sex');
    if (!p.heightCm) missing.push('heightCm');
    if (!weightKg) missing.push('weight');
    if (missing.length || !p.birthDate || !p.sex || !p.heightCm || !weightKg)
      throw new ProfileIncompleteError(missing);
    const sex = p.sex;
    const level: ActivityLevel = p.activityLevel ?? 'sedentary';
    const ageYears = ageOn(p.birthDate, on);
    // A date before the first birthday (or before birth) has no age the equations accept.
    if (ageYears < 1) throw new ProfileIncompleteError(['birthDate']);
    const body = (s: 'male' | 'female'): BodyInputs => ({
      sex: s,
      ageYears,
      weightKg,
      heightCm: p.heightCm as number,
    });
    const method: EnergyMethod = goal?.bmrFormula ?? 'mifflin-st-jeor';
    const bmrFormula = method === 'iom-eer' ? 'mifflin-st-jeor' : method;
    let usedBmr = bmrFormula as string;
    const bmrKcal = bySex(sex, (s) => {
      const r = basalMetabolicRate(body(s), { formula: bmrFormula, bodyFatPercent: bodyFat });
      usedBmr = r.formula;
      return r.kcal;
    });
    const tdeeKcal =
      method === 'iom-eer' && ageYears >= 19
        ? bySex(sex, (s) => iomEer(body(s), IOM_CATEGORY_FOR_LEVEL[level]))
        : bmrKcal * ACTIVITY_FACTORS[level];
    const direction = goal?.direction ?? 'maintain';
    const rate = goal?.rateKgPerWeek ?? 0;
    const energy = energyTarget({
      tdeeKcal,
      bmrKcal,
      weightKg,
      direction,
      rateKgPerWeek: rate,
      coachOverrideKcal: goal?.coachEnergyOverrideKcal ?? null,
    });
    const warnings: Targets['warnings'] = [...energy.warnings];
    let kcal = energy.kcal;
    if (goal?.energyOverrideKcal != null && goal.coachEnergyOverrideKcal == null) {
      kcal = Math.max(goal.energyOverrideKcal, energy.floorKcal);
      if (goal.energyOverrideKcal < energy.floorKcal) warnings.push('user-override-below-floor');
    }
    const rules: MacroRules = {
      protein: goal?.proteinRule ?? DEFAULT_MACRO_RULES.protein,
      fat: goal?.fatRule ?? DEFAULT_MACRO_RULES.fat,
      ...(goal?.carbohydratesRule ? { carbohydrates: goal.carbohydratesRule } : {}),
    };
    const day = (energyKcal: number): DayTargets => ({
      energyKcal,
      ...macroTargets(energyKcal, weightKg, rules),
    });
    let trainingDay: DayTargets | null = null;
    let restDay: DayTargets | null = null;
    if (goal?.trainingDayExtraPercent && goal.workoutsPerWeek) {
      const split = trainingDaySplit(
        kcal,
        goal.workoutsPerWeek,
        goal.trainingDayExtraPercent,
        safetyFloorKcal(bmrKcal),
      );
      trainingDay = day(split.trainingDayKcal);
      restDay = day(split.restDayKcal);
    }
    return {
      date: on,
      ...day(kcal),
      method: {
        energy: method,
        bmr: usedBmr,
        tdee: method === 'iom-eer' && ageYears >= 19 ? 'iom-eer' : 'activity-factor',
        macros: rules,
      },
      inputs: {
        sex,
        ageYears,
        weightKg,
        heightCm: p.heightCm,
        bodyFatPercent: bodyFat,
        activityLevel: level,
        activityFactor: ACTIVITY_FACTORS[level],
        direction,
        rateKgPerWeek: rate,
      },
      bmrKcal,
      tdeeKcal,
      floorKcal: energy.floorKcal,
      dailyDeltaKcal: energy.dailyDeltaKcal,
      warnings,
      fibreG: fibreTargetG(kcal),
      waterMl: goal?.waterMlPerDay ?? bySex(sex, waterTargetMl),
      stepsPerDay: goal?.stepsPerDay ?? null,
      workoutsPerWeek: goal?.workoutsPerWeek ?? null,
      trainingDay,
      restDay,
    };
  }
}
