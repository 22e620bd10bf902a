import { Injectable, OnModuleInit } from '@nestjs/common';
import { DayChanges, PrivacyRegistry } from '@welness/platform';
import { BodyMetricsService } from './body/body-metrics.service';
import { GoalsService } from './goals/goals.service';

/** Export and erase of goals and body metrics for GET /me/export and DELETE /me. */
@Injectable()
export class GoalsPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly goals: GoalsService,
    private readonly body: BodyMetricsService,
    private readonly days: DayChanges,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'goals',
      export: async (userId) => ({
        goal: await this.goals.get(userId),
        body: await this.body.exportData(userId),
      }),
      erase: async (userId) => {
        await this.goals.erase(userId);
        await this.body.erase(userId);
        // Goals registered first of the tracking modules, so its handler runs after theirs: what
        // is derived from the user's days (the summary cache in progress) goes last, and no
        // later write recreates a key.
        await this.days.daysErased(userId);
      },
    });
  }
}
