import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { HandlerDiscovery } from './handler-discovery';
import { QueueDepthPublisher, cloudWatchClientProvider } from './queue-depth.publisher';
import { QueueService } from './queue.service';
import { WorkerService } from './worker.service';

/** Producers everywhere; consumers (WorkerService) only when this process runs the worker. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(options: { runWorker: boolean }): DynamicModule {
    const providers: Provider[] = [QueueService, HandlerDiscovery];
    if (options.runWorker) providers.push(WorkerService, QueueDepthPublisher, cloudWatchClientProvider);
    return { module: QueueModule, imports: [DiscoveryModule], providers, exports: [QueueService, HandlerDiscovery] };
  }
}
