import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, Policy, ProblemException, badRequest } from '@welness/platform';
import { Inject } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { BotMetrics } from '../bot.metrics';
import { TelegramBot } from '../telegram/telegram.bot';
import { UpdateIntake, isUpdate } from '../updates/update.intake';

function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Telegram's webhook: checks the secret token Telegram echoes in every call, queues the update
 * and answers at once (Telegram retries slow answers, and the worker does the work).
 */
@Controller('bots/telegram')
export class TelegramWebhookController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly telegram: TelegramBot,
    private readonly intake: UpdateIntake,
    private readonly metrics: BotMetrics,
  ) {}

  @Post('webhook')
  @HttpCode(200)
  @Policy('public')
  @ApiExcludeEndpoint()
  async webhook(@Headers('x-telegram-bot-api-secret-token') secret: string | undefined, @Body() body: unknown): Promise<{ ok: true }> {
    const end = this.metrics.webhookDuration.startTimer();
    let status = 200;
    try {
      if (this.telegram.mode !== 'webhook') {
        status = 404;
        throw new ProblemException(404, 'not-found', 'Not Found', 'The Telegram webhook is not enabled on this server.');
      }
      if (!sameSecret(secret, this.config.TELEGRAM_WEBHOOK_SECRET)) {
        status = 401;
        throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'Missing or wrong X-Telegram-Bot-Api-Secret-Token.');
      }
      if (!isUpdate(body)) {
        status = 400;
        throw badRequest('invalid-update', 'The body is not a Telegram Update (update_id missing).');
      }
      await this.intake.accept(body);
      return { ok: true };
    } catch (err) {
      if (status === 200) status = 500;
      throw err;
    } finally {
      end({ status: String(status) });
    }
  }
}
