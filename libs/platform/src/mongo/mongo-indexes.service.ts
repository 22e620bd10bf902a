import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db, IndexDescription } from 'mongodb';
import { MONGO_DB } from './mongo.tokens';

/**
 * Creates collections' indexes at startup, idempotently and one collection at a time:
 * FerretDB 1.24 panics when two createIndexes race on a database it is still creating, and
 * serial creation costs nothing measurable on MongoDB or DocumentDB.
 */
@Injectable()
export class MongoIndexes {
  private readonly logger = new Logger(MongoIndexes.name);
  private chain: Promise<unknown> = Promise.resolve();

  constructor(@Inject(MONGO_DB) private readonly db: Db) {}

  ensure(collection: string, indexes: IndexDescription[]): Promise<void> {
    const run = this.chain.then(async () => {
      if (indexes.length === 0) return;
      await this.db.collection(collection).createIndexes(indexes);
      this.logger.debug(`indexes ensured on ${collection}: ${indexes.map((i) => i.name ?? JSON.stringify(i.key)).join(', ')}`);
    });
    this.chain = run.catch(() => undefined);
    return run;
  }
}
