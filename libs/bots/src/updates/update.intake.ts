import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueService } from '@welness/platform';
import { BotMetrics, updateType } from '../bot.metrics';
import { TelegramBot } from '../telegram/telegram.bot';

export interface TelegramUpdate {
  update_id: number;
  [key: string]: unknown;
}

export function isUpdate(body: unknown): body is TelegramUpdate {
  return (
    typeof body === 'object' &&
    body !== null &&
    Number.isSafeInteger((body as { update_id?: unknown }).update_id) &&
    (body as { update_id: number }).update_id >= 0
  );
}

/**
 * Where webhook and long polling hand updates over: counted, then queued for the worker. The
 * job id is the update_id, so a redelivery while the first copy is queued adds nothing.
 */
@Injectable()
export class UpdateIntake implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueService,
    private readonly metrics: BotMetrics,
    private readonly telegram: TelegramBot,
  ) {}

  /**
   * The queue connects lazily, so the first webhook calls after a deploy would wait for a Redis
   * handshake while Telegram holds its other updates back. Connect at boot instead; a Redis that
   * is down is readiness's business, not a reason to fail the boot.
   */
  onApplicationBootstrap(): void {
    if (this.telegram.mode === 'off') return;
    this.queues
      .queue('bots')
      .waitUntilReady()
      .catch(() => undefined);
  }

  async accept(update: TelegramUpdate): Promise<void> {
    this.metrics.updatesIn.inc({ type: updateType(update) });
    await this.queues.add('bots', 'bots.update', update, { jobId: `u${update.update_id}` });
  }
}
