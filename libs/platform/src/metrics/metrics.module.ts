import { Global, Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { QueueMetricsCollector } from './queue-metrics.collector';

@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, QueueMetricsCollector],
  exports: [MetricsService],
})
export class MetricsModule {}
