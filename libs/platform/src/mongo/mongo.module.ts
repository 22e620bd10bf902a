import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Db, MongoClient } from 'mongodb';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { MongoIndexes } from './mongo-indexes.service';

import { MONGO_CLIENT, MONGO_DB } from './mongo.tokens';

export { MONGO_CLIENT, MONGO_DB };

@Global()
@Module({
  providers: [
    {
      provide: MONGO_CLIENT,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<MongoClient> => {
        // The driver would otherwise retry for 30 s; readiness must answer faster than that.
        const client = new MongoClient(config.MONGO_URL, {
          serverSelectionTimeoutMS: 5000,
          maxPoolSize: 50,
          appName: 'welness',
        });
        await client.connect();
        return client;
      },
    },
    { provide: MONGO_DB, inject: [MONGO_CLIENT, APP_CONFIG], useFactory: (c: MongoClient, cfg: AppConfig): Db => c.db(cfg.MONGO_DB) },
    MongoIndexes,
  ],
  exports: [MONGO_CLIENT, MONGO_DB, MongoIndexes],
})
export class MongoModule implements OnApplicationShutdown {
  private readonly logger = new Logger(MongoModule.name);
  constructor(@Inject(MONGO_CLIENT) private readonly client: MongoClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.close().catch((err: unknown) => this.logger.warn(`mongo close failed: ${String(err)}`));
  }
}
