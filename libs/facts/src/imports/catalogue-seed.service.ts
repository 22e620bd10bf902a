import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ProductsRepository } from '../catalogue/products.repository';
import { ImportsService } from './imports.service';
import type { ProductImport } from './product-import.entity';

const LOCK_KEY = 'facts:seed-sample:lock';
const LOCK_SECONDS = 120;

export type SeedOutcome = 'disabled' | 'missing-file' | 'catalogue-not-empty' | 'other-instance' | 'queued';

/**
 * A new install answers barcodes at once: when the catalogue is empty at boot, the sample of
 * real Open Food Facts products shipped in the repo is imported through the normal import
 * pipeline (a queued job the admin console shows, with progress). Once the catalogue holds
 * anything — the sample or a full dump — it does nothing, so restarts and replicas are safe.
 */
@Injectable()
export class CatalogueSeedService implements OnApplicationBootstrap {
  private readonly log = new Logger(CatalogueSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly products: ProductsRepository,
    private readonly imports: ImportsService,
  ) {}

  onApplicationBootstrap(): void {
    // Boot does not wait for the catalogue: a failure here is logged, never fatal.
    this.seedIfEmpty().catch((err: unknown) =>
      this.log.warn(`sample catalogue not queued: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  async seedIfEmpty(): Promise<{ outcome: SeedOutcome; importRow?: ProductImport }> {
    if (!this.config.FACTS_SEED_SAMPLE) return { outcome: 'disabled' };
    const file = resolve(this.config.FACTS_SEED_FILE);
    try {
      await access(file);
    } catch {
      this.log.warn(`FACTS_SEED_SAMPLE is on but ${file} does not exist; the catalogue stays empty`);
      return { outcome: 'missing-file' };
    }
    if (await this.products.hasAny()) return { outcome: 'catalogue-not-empty' };
    // api and worker (and replicas) boot together; one of them queues the import.
    const locked = await this.redis.set(LOCK_KEY, String(process.pid), 'EX', LOCK_SECONDS, 'NX');
    if (locked !== 'OK') return { outcome: 'other-instance' };
    const row = await this.imports.start(file, 'jsonl', null);
    this.log.log(`catalogue is empty: importing the Open Food Facts sample ${file} (import ${row.id})`);
    return { outcome: 'queued', importRow: row };
  }
}
