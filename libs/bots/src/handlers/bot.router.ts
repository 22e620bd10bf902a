import { Injectable, OnModuleInit } from '@nestjs/common';
import { ProblemException } from '@welness/platform';
import type { Context, MiddlewareFn } from 'grammy';
import { LinkingService } from '../linking/linking.service';
import { TelegramBot } from '../telegram/telegram.bot';
import { AccountHandlers } from './account.handlers';
import type { BotContext } from './bot-context';
import { t } from './bot.texts';
import { CoachHandlers } from './coach.handlers';
import { FoodHandlers } from './food.handlers';
import { TrackingHandlers } from './tracking.handlers';

/**
 * The bot's middleware chain: who is this chat (linked account, language), the commands an
 * unlinked chat may use, then a wall — nothing below runs without a linked account, so an
 * unlinked chat never reaches account data — then tracking, food and the coach.
 */
@Injectable()
export class BotRouter implements OnModuleInit {
  constructor(
    private readonly telegram: TelegramBot,
    private readonly linking: LinkingService,
    private readonly account: AccountHandlers,
    private readonly tracking: TrackingHandlers,
    private readonly food: FoodHandlers,
    private readonly coach: CoachHandlers,
  ) {}

  onModuleInit(): void {
    const bot = this.telegram.bot;
    if (!bot) return;
    const use = (mw: MiddlewareFn<BotContext> | { middleware(): MiddlewareFn<BotContext> }) =>
      bot.use(mw as unknown as MiddlewareFn<Context>);

    use(async (ctx, next) => {
      const chat = ctx.chat;
      if (!chat) return;
      const chatId = String(chat.id);
      const row = await this.linking.chat(chatId);
      // Accounts link to private chats only: a group would show one member's data to all.
      const userId = chat.type === 'private' ? (row?.userId ?? null) : null;
      ctx.state = {
        chatId,
        chatType: chat.type,
        updateId: ctx.update.update_id,
        language: row?.language ?? (ctx.from?.language_code?.startsWith('es') ? 'es' : 'en'),
        userId,
      };
      await next();
    });
    // Answers a user's mistake (bad amount, unknown plan meal) instead of retrying the update.
    use(async (ctx, next) => {
      try {
        await next();
      } catch (err) {
        if (!(err instanceof ProblemException) || err.status >= 500) throw err;
        if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
        await ctx.reply(err.detail ?? t(ctx.state.language, 'error'));
      }
    });
    use(async (ctx, next) => {
      if (ctx.state.chatType !== 'private' && ctx.message?.text?.startsWith('/start')) return void (await this.account.intro(ctx));
      await next();
    });
    use(this.account.composer());
    use(async (ctx, next) => {
      if (ctx.state.userId) return next();
      if (!ctx.message && !ctx.callbackQuery) return;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      await this.account.intro(ctx);
    });
    use(this.tracking.composer());
    use(this.food.composer());
    use(this.coach.composer());
    // A stale button nobody handled still gets its spinner stopped.
    use(async (ctx) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    });
  }
}
