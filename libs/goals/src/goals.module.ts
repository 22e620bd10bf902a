import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseRegistration } from '@welness/platform';
import { IdentityModule } from '@welness/identity';
import { BodyMeasurement } from './body/body-measurement.entity';
import { BodyMetricsController, ClientBodyMetricsController } from './body/body-metrics.controller';
import { BodyMetricsRepository } from './body/body-metrics.repository';
import { BodyMetricsService } from './body/body-metrics.service';
import { BodyWeightEntry } from './body/body-weight.entity';
import { GoalRecord } from './goals/goal.entity';
import { GoalsRepository } from './goals/goals.repository';
import { GoalsService } from './goals/goals.service';
import { GoalsPrivacy } from './goals.privacy';
import { GoalsInit1763780000000 } from './migrations/1763780000000-goals-init';
import { IdentityProfileSource } from './profile/identity-profile.source';
import { ProfileChangeSubscriber } from './profile/profile-change.subscriber';
import { PROFILE_SOURCE } from './profile/profile.source';
import { UserClock } from './profile/user-clock';
import { ClientTargetsController, TargetsController } from './targets/targets.controller';
import { TargetsService } from './targets/targets.service';

const entities = [GoalRecord, BodyWeightEntry, BodyMeasurement];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const goalsDatabase: DatabaseRegistration = { entities, migrations: [GoalsInit1763780000000] };

@Module({
  imports: [TypeOrmModule.forFeature(entities), IdentityModule],
  controllers: [
    TargetsController,
    ClientTargetsController,
    BodyMetricsController,
    ClientBodyMetricsController,
  ],
  providers: [
    { provide: PROFILE_SOURCE, useClass: IdentityProfileSource },
    ProfileChangeSubscriber,
    GoalsRepository,
    GoalsService,
    TargetsService,
    BodyMetricsRepository,
    BodyMetricsService,
    UserClock,
    GoalsPrivacy,
  ],
  exports: [UserClock, GoalsService, TargetsService, BodyMetricsService],
})
export class GoalsModule {}
