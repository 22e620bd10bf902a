import { Injectable } from '@nestjs/common';
import { BodyMetricsService, TargetsService, UserClock } from '@welness/goals';
import { UsersService } from '@welness/identity';
import { FoodPreferencesService } from '@welness/meals';
import type { ProfileArgs } from './profile.args';

type ProfilePatch = Parameters<UsersService['updateProfile']>[1];

/** A birth date whose age on `now` is `age`, half a year past the birthday (least error either way). */
export function birthDateForAge(age: number, now: Date): string {
  const d = new Date(Date.UTC(now.getUTCFullYear() - age, now.getUTCMonth(), now.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - 182);
  return d.toISOString().slice(0, 10);
}

/**
 * Writes profile facts to the modules that own them (identity: birth date, sex, height,
 * activity; goals: today's weight; meals: diet, allergies, dislikes). Each destination is used only through its exported service.
 */
@Injectable()
export class ProfileWriter {
  constructor(
    private readonly users: UsersService,
    private readonly body: BodyMetricsService,
    private readonly targets: TargetsService,
    private readonly clock: UserClock,
    private readonly food: FoodPreferencesService,
  ) {}

  async write(userId: string, a: ProfileArgs, now: Date): Promise<string[]> {
    const stored: string[] = [];
    const patch: ProfilePatch = {};
    if (a.age !== undefined) patch.birthDate = birthDateForAge(a.age, now);
    if (a.sex !== undefined) patch.sex = a.sex;
    if (a.heightCm !== undefined) patch.heightCm = Math.round(a.heightCm);
    if (a.activity !== undefined) patch.activityLevel = a.activity;
    if (Object.keys(patch).length) {
      await this.users.updateProfile(userId, patch);
      stored.push('profile');
    }
    // Diet and allergies go to meals' food preferences, which every plan honours (web form,
    // API or coach alike), not only to the agent's memory.
    if (a.diet !== undefined || a.allergies !== undefined || a.dislikes !== undefined) {
      await this.food.update(userId, { dietType: a.diet, allergens: a.allergies, dislikes: a.dislikes });
      stored.push('food-preferences');
    }
    if (a.weightKg !== undefined) {
      await this.body.logWeight(userId, {
        date: await this.clock.userToday(userId),
        weightKg: a.weightKg,
        source: 'agent',
      });
      stored.push('weight-log');
    }
    return stored;
  }
}
