import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { DatabaseRegistration, dataSourceOptions } from './data-source.factory';

@Module({})
export class DatabaseModule {
  static forRoot(reg: DatabaseRegistration): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.DATABASE_URL, reg, config.DB_POOL_SIZE),
            migrationsRun: config.DB_MIGRATE_ON_START,
            retryAttempts: 2,
            retryDelay: 500,
          }),
        }),
      ],
    };
  }
}
