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
        // The upload's path on the server is ours, not the person's data.
        imports: (await this.imports.list(userId)).map(({ filePath: _f, ...row }) => row),
      }),
      erase: async (userId) => {
        await this.imports.erase(userId);
        await this.activities.erase(userId);
      },
    });
  }
}
