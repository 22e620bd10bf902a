import { DynamicModule, Module } from '@nestjs/common';
import {
  AppConfig,
  ConfigModule,
  DayChangesModule,
  DatabaseModule,
  HealthModule,
  LoggingModule,
  MetricsModule,
  MongoModule,
  PrivacyModule,
  QueueModule,
  RedisModule,
  SystemJobs,
} from '@welness/platform';
import { Logger } from 'pino';
import { MetaController } from './meta.controller';
import { DATABASE, FEATURE_MODULES } from './modules';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  /** api: HTTP only; worker: jobs only; all: both in one process (single box). */
  role: 'api' | 'worker' | 'all';
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, role }: AppModuleOptions): DynamicModule {
    const http = role !== 'worker';
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(DATABASE),
        MongoModule,
        RedisModule,
        PrivacyModule,
        DayChangesModule,
        QueueModule.forRoot({ runWorker: role !== 'api' }),
        MetricsModule,
        ...(http ? [HealthModule] : []),
        ...FEATURE_MODULES,
      ],
      controllers: http ? [MetaController] : [],
      providers: [SystemJobs],
    };
  }
}
