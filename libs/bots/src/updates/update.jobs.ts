import { Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '@welness/platform';
import type { Job } from 'bullmq';
import { BotError, GrammyError } from 'grammy';
import type { Update } from 'grammy/types';
import { BotMetrics } from '../bot.metrics';
import { LinkingService } from '../linking/linking.service';
import { TelegramBot } from '../telegram/telegram.bot';
import { ProcessedUpdatesRepository } from './processed-updates.repository';
import type { TelegramUpdate } from './update.intake';

/** Worker side: each update is acted upon once, whatever Telegram or the queue redelivers. */
@Injectable()
export class UpdateJobs {
  private readonly log = new Logger('TelegramUpdates');

  constructor(
    private readonly telegram: TelegramBot,
    private readonly processed: ProcessedUpdatesRepository,
    private readonly metrics: BotMetrics,
    private readonly linking: LinkingService,
  ) {}

  @JobHandler('bots', 'bots.update')
  async handle(job: Job<TelegramUpdate>): Promise<{ handled: boolean }> {
    if (!this.telegram.enabled) return { handled: false };
    const update = job.data;
    if (!(await this.processed.claim(update.update_id))) {
      this.metrics.duplicates.inc();
      return { handled: false };
    }
    try {
      await this.telegram.me();
      await this.telegram.instance.handleUpdate(update as unknown as Update);
      return { handled: true };
    } catch (err) {
      const api = err instanceof BotError && err.error instanceof GrammyError ? err.error : null;
      // Telegram refused a reply for good (bot blocked: already unlinked; bad request): a retry
      // would not change that, and might reach the chat after it was unlinked.
      if (api && api.error_code >= 400 && api.error_code < 500 && api.error_code !== 429) {
        this.log.warn(`update ${update.update_id}: Bot API ${api.method} answered ${api.error_code} ${api.description}`);
        return { handled: true };
      }
      // Let the queue's retry act on it again (diary writes carry the update's idempotency key).
      await this.processed.release(update.update_id);
      this.log.warn(`update ${update.update_id} failed: ${(err as Error).message}`);
      throw err;
    }
  }

  @JobHandler('bots', 'bots.prune')
  async prune(): Promise<{ pruned: number }> {
    await this.linking.pruneCodes();
    return { pruned: await this.processed.prune() };
  }
}
