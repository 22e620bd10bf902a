import { Injectable } from '@nestjs/common';
import { ConversationService, TurnService } from '@welness/agents';
import { UserClock } from '@welness/goals';
import { ProblemException } from '@welness/platform';
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from './bot-context';
import { t } from './bot.texts';
import { TelegramStreamSink } from './telegram-stream.sink';

/**
 * Free text goes to the user's coach, in the same conversation service as web chat (one running
 * "telegram" conversation, listed on the web too). Proposals that need a yes become buttons.
 */
@Injectable()
export class CoachHandlers {
  constructor(
    private readonly conversations: ConversationService,
    private readonly turns: TurnService,
    private readonly clock: UserClock,
  ) {}

  composer(): Composer<BotContext> {
    const c = new Composer<BotContext>();
    c.callbackQuery(/^cf:(\d{1,2}|no)$/, async (ctx) => {
      await ctx.answerCallbackQuery();
      await this.ask(ctx, ctx.match[1]);
    });
    c.on('message:text', async (ctx) => {
      if (ctx.message.text.startsWith('/')) return ctx.reply(t(ctx.state.language, 'help'));
      await this.ask(ctx, ctx.message.text.slice(0, 4000));
    });
    return c;
  }

  private async ask(ctx: BotContext, text: string): Promise<void> {
    const userId = ctx.state.userId!;
    const conversation = await this.conversations.latestOrCreate(userId, 'telegram');
    const sink = new TelegramStreamSink(ctx.api, ctx.state.chatId);
    try {
      const result = await this.turns.run(userId, conversation.id, text, sink, { timeZone: await this.clock.timeZone(userId) });
      const after = await this.conversations.get(userId, conversation.id);
      const pending = after.state?.pending;
      let keyboard: InlineKeyboard | undefined;
      if (pending?.options.length) {
        keyboard = new InlineKeyboard();
        pending.options.slice(0, 8).forEach((o, i) => keyboard!.text(o.label.slice(0, 60), `cf:${i + 1}`).row());
        keyboard.text(t(ctx.state.language, 'confirmNo'), 'cf:no');
      }
      await sink.finish(result.message.content, keyboard);
    } catch (err) {
      sink.stop();
      if (err instanceof ProblemException && err.slug === 'turn-in-progress') {
        await ctx.reply(t(ctx.state.language, 'busy'));
        return;
      }
      throw err;
    }
  }
}
