import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, REDIS } from '@welness/platform';
import { isPlainObject, type OffRecord } from '@welness/nutrition';
import Redis from 'ioredis';

const WINDOW_KEY = 'facts:off:reads:';

export type OffFetchResult = { found: OffRecord } | { notFound: true } | { skipped: 'disabled' | 'rate-limited' | 'error' };

/**
 * The live Open Food Facts API, for barcodes the mirror lacks. OFF allows 15 product reads
 * per minute per app: the budget is a fixed one-minute window counted in Redis, so every
 * instance shares it. Over budget the caller just gets no answer; nothing waits.
 */
@Injectable()
export class OffApiClient {
  private readonly logger = new Logger(OffApiClient.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  get enabled(): boolean {
    return this.config.FACTS_OFF_FALLBACK;
  }

  async fetchProduct(code: string): Promise<OffFetchResult> {
    if (!this.enabled) return { skipped: 'disabled' };
    if (!(await this.takeBudget())) return { skipped: 'rate-limited' };
    const url = new URL(`/api/v2/product/${encodeURIComponent(code)}.json`, this.config.FACTS_OFF_BASE_URL);
    try {
      const res = await fetch(url, {
        headers: { 'user-agent': this.config.FACTS_OFF_USER_AGENT, accept: 'application/json' },
        signal: AbortSignal.timeout(this.config.FACTS_OFF_TIMEOUT_MS),
      });
      if (res.status === 404) return { notFound: true };
      if (!res.ok) {
        this.logger.warn(`OFF answered ${res.status} for ${code}`);
        return { skipped: 'error' };
      }
      const body = (await res.json()) as unknown;
      if (!isPlainObject(body)) return { skipped: 'error' };
      const product = body['product'];
      if (body['status'] === 0 || !isPlainObject(product)) return { notFound: true };
      return { found: { ...product, code: typeof product['code'] === 'string' ? product['code'] : code } };
    } catch (err) {
      this.logger.warn(`OFF request for ${code} failed: ${(err as Error).message}`);
      return { skipped: 'error' };
    }
  }

  private async takeBudget(): Promise<boolean> {
    const window = Math.floor(Date.now() / 60_000);
    const key = `${WINDOW_KEY}${window}`;
    try {
      const [[, used]] = (await this.redis.multi().incr(key).expire(key, 120).exec()) as [[Error | null, number]];
      return used <= this.config.FACTS_OFF_READS_PER_MINUTE;
    } catch {
      return false; // no shared budget, no live calls: OFF's limit is not ours to guess at
    }
  }
}
