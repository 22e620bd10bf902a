import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GoalsModule } from '@welness/goals';
import { DatabaseRegistration } from '@welness/platform';
import { ActivitiesController, ClientActivitiesController } from './activities/activities.controller';
import { ActivitiesRepository } from './activities/activities.repository';
import { ActivitiesService } from './activities/activities.service';
import { ActivityRecord } from './activities/activity.entity';
import { DailySteps } from './activities/daily-steps.entity';
import { ActivitiesPrivacy } from './activities.privacy';
import { ActivityCsvImporter } from './imports/activity-csv.importer';
import { ActivityImport } from './imports/activity-import.entity';
import { ActivityImportsController } from './imports/activity-imports.controller';
import { ActivityImportsRepository } from './imports/activity-imports.repository';
import { ActivityImportsService } from './imports/activity-imports.service';
import { AppleHealthImporter } from './imports/apple-health.importer';
import { ActivitiesInit1763780100000 } from './migrations/1763780100000-activities-init';
import { ActivityImportReport1765200000000 } from './migrations/1765200000000-activity-import-report';

const entities = [ActivityRecord, DailySteps, ActivityImport];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const activitiesDatabase: DatabaseRegistration = {
  entities,
  migrations: [ActivitiesInit1763780100000, ActivityImportReport1765200000000],
};

@Module({
  imports: [TypeOrmModule.forFeature(entities), GoalsModule],
  // The imports controller is declared before the one with `:id` routes so /imports wins.
  controllers: [ActivityImportsController, ActivitiesController, ClientActivitiesController],
  providers: [
    ActivitiesRepository,
    ActivitiesService,
    ActivityImportsRepository,
    ActivityImportsService,
    AppleHealthImporter,
    ActivityCsvImporter,
    ActivitiesPrivacy,
  ],
  exports: [ActivitiesService],
})
export class ActivitiesModule {}
