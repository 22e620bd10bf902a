import { Module } from '@nestjs/common';
import { PostgresPing } from '../database/postgres.ping';
import { HealthController } from './health.controller';
import { HealthMetrics } from './health.metrics';
import { HealthService } from './health.service';

@Module({ controllers: [HealthController], providers: [HealthService, HealthMetrics, PostgresPing], exports: [HealthService] })
export class HealthModule {}
