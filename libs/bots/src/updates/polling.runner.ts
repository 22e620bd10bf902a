import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { TelegramBot } from '../telegram/telegram.bot';
import { UpdateIntake, type TelegramUpdate } from './update.intake';

const LOCK_KEY = 'bots:poller';
const LOCK_MS = 60_000;
const POLL_TIMEOUT_S = 25;
const RENEW =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/**
 * Long polling for local runs (TELEGRAM_MODE=polling): getUpdates in a loop, each update handed
 * to the same queue the webhook uses. Telegram allows one poller per bot, so processes race for
 * a Redis lock and only its holder polls.
 */
@Injectable()
export class PollingRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('TelegramPolling');
  private readonly id = randomUUID();
  private abort: AbortController | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly telegram: TelegramBot,
    private readonly intake: UpdateIntake,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  onApplicationBootstrap(): void {
    if (this.telegram.mode !== 'polling') return;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.abort?.abort();
    await this.loop?.catch(() => undefined);
    await this.redis.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", 1, LOCK_KEY, this.id).catch(() => 0);
  }

  private async run(): Promise<void> {
    const api = this.telegram.instance.api;
    let offset = 0;
    let holding = false;
    while (!this.stopping) {
      try {
        holding = holding
          ? Number(await this.redis.eval(RENEW, 1, LOCK_KEY, this.id, LOCK_MS)) === 1
          : (await this.redis.set(LOCK_KEY, this.id, 'PX', LOCK_MS, 'NX')) === 'OK';
        if (!holding) {
          await this.pause(5000);
          continue;
        }
        this.abort = new AbortController();
        // grammY types the signal with the abort-controller polyfill; Node's is compatible.
        const signal = this.abort.signal as unknown as Parameters<typeof api.getUpdates>[1];
        // Telegram refuses getUpdates while a webhook is set; polling mode means no webhook.
        if (offset === 0) await api.deleteWebhook({ drop_pending_updates: false }, signal);
        const updates = await api.getUpdates({ offset, timeout: POLL_TIMEOUT_S, limit: 100 }, signal);
        for (const u of updates) {
          await this.intake.accept(u as unknown as TelegramUpdate);
          offset = u.update_id + 1;
        }
      } catch (err) {
        if (this.stopping) break;
        this.log.warn(`getUpdates failed: ${(err as Error).message}`);
        await this.pause(2000);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      if (this.stopping) {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}
