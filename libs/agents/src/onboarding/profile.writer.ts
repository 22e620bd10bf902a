import { Injectable } from '@nestjs/common';
import { BodyMetricsService, TargetsService } from '@welness/goals';
import type { ProfileArgs } from './profile.tools';

/**
 * Writes profile facts to the modules that own them (identity: birth date, sex, height,
 * activity; goals: today's weight). Each destination is used only through its exported service.
 */
@Injectable()
export class ProfileWriter {
  constructor(
    private readonly body: BodyMetricsService,
    private readonly targets: TargetsService,
  ) {}

  async write(userId: string, a: ProfileArgs, _now: Date): Promise<string[]> {
    const stored: string[] = [];
    if (a.weightKg !== undefined) {
      await this.body.logWeight(userId, { date: await this.targets.today(userId), weightKg: a.weightKg, source: 'agent' });
      stored.push('weight-log');
    }
    return stored;
  }
}
