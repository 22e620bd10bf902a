import { Injectable } from '@nestjs/common';
import { MetricsService } from '@welness/platform';
import type { Counter, Histogram } from 'prom-client';

/** The bot's Prometheus series (queue depth comes from the platform's queue_jobs{queue="bots"}). */
@Injectable()
export class BotMetrics {
  readonly updatesIn: Counter<'type'>;
  readonly duplicates: Counter<string>;
  readonly messagesOut: Counter<'method'>;
  readonly rateLimited: Counter<'method'>;
  readonly blocked: Counter<string>;
  readonly webhookDuration: Histogram<'status'>;

  constructor(metrics: MetricsService) {
    this.updatesIn = metrics.counter('bot_updates_total', 'Telegram updates received, by type', ['type']);
    this.duplicates = metrics.counter('bot_updates_duplicate_total', 'Telegram updates skipped because their update_id was already processed');
    this.messagesOut = metrics.counter('bot_messages_sent_total', 'Bot API calls that put something in a chat, by method', ['method']);
    this.rateLimited = metrics.counter('bot_rate_limited_total', 'Bot API answers 429 (retried after retry_after), by method', ['method']);
    this.blocked = metrics.counter('bot_chats_blocked_total', 'Chats unlinked because the user blocked the bot (403)');
    this.webhookDuration = metrics.histogram(
      'bot_webhook_duration_seconds',
      'Time to accept a Telegram webhook call (secret check + enqueue)',
      ['status'],
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    );
    // Series exist from boot (at 0), so dashboards and rate() see them before the first update.
    for (const type of UPDATE_TYPES) this.updatesIn.labels(type).inc(0);
    for (const method of ['sendMessage', 'editMessageText']) {
      this.messagesOut.labels(method).inc(0);
      this.rateLimited.labels(method).inc(0);
    }
    for (const status of ['200', '401']) this.webhookDuration.zero({ status });
  }
}

const UPDATE_TYPES = ['command', 'text', 'photo', 'message_other', 'callback_query', 'my_chat_member', 'edited_message', 'other'];

/** The kind of an update, for the updates-in metric. */
export function updateType(update: Record<string, unknown>): string {
  const msg = update.message as { text?: string; photo?: unknown } | undefined;
  if (msg?.photo) return 'photo';
  if (typeof msg?.text === 'string') return msg.text.startsWith('/') ? 'command' : 'text';
  if (msg) return 'message_other';
  if (update.callback_query) return 'callback_query';
  if (update.my_chat_member) return 'my_chat_member';
  if (update.edited_message) return 'edited_message';
  return 'other';
}
