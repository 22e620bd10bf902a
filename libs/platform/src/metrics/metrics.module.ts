import { Global, Module } from '@nestjs/common';
import { ActiveUsersMetrics } from './active-users.metrics';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { QueueMetricsCollector } from './queue-metrics.collector';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, QueueMetricsCollector, ActiveUsersMetrics],
  exports: [MetricsService, ActiveUsersMetrics],
})
export class MetricsModule {}
