import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@welness/platform';
import { ActivitiesService } from './activities/activities.service';
import { ActivityImportsService } from './imports/activity-imports.service';

@Injectable()
export class ActivitiesPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly activities: ActivitiesService,
    private readonly imports: ActivityImportsService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'activities',
      export: async (userId) => ({
        ...(await this.activities.exportData(userId)),
        imports: await this.imports.list(userId),
      }),
      erase: async (userId) => {
        await this.imports.erase(userId);
        await this.activities.erase(userId);
      },
    });
  }
}
