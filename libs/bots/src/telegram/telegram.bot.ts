import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, effectiveTelegramMode } from '@welness/platform';
import { Bot, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { OutboundThrottle } from '../outbound/outbound.throttle';

export type TelegramMode = 'webhook' | 'polling' | 'off';

/**
 * The one grammY bot of this process (null when the bot is off). Every call it makes goes
 * through the outbound throttle; `apiRoot` points at TELEGRAM_API_ROOT (a fake server in tests).
 */
@Injectable()
export class TelegramBot {
  readonly mode: TelegramMode;
  readonly bot: Bot<Context> | null;
  private info: Promise<UserFromGetMe> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig, throttle: OutboundThrottle) {
    this.mode = effectiveTelegramMode(config);
    if (this.mode === 'off' || !config.TELEGRAM_BOT_TOKEN) {
      this.bot = null;
      return;
    }
    this.bot = new Bot(config.TELEGRAM_BOT_TOKEN, { client: { apiRoot: config.TELEGRAM_API_ROOT } });
    this.bot.api.config.use(throttle.transformer());
  }

  get enabled(): boolean {
    return this.bot !== null;
  }

  /** The bot must exist for this call (callers check `enabled` or answer 409 first). */
  get instance(): Bot<Context> {
    if (!this.bot) throw new Error('the Telegram bot is off (TELEGRAM_MODE=off or no TELEGRAM_BOT_TOKEN)');
    return this.bot;
  }

  /** getMe, once per process (grammY needs it before handling updates; links need the username). */
  async me(): Promise<UserFromGetMe> {
    if (!this.info) {
      const bot = this.instance;
      this.info = bot.init().then(() => bot.botInfo);
      this.info.catch(() => (this.info = null));
    }
    return this.info;
  }
}
