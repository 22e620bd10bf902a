import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@welness/platform';
import { Composer, InlineKeyboard } from 'grammy';
import { LinkingService } from '../linking/linking.service';
import type { BotContext } from './bot-context';
import { t } from './bot.texts';

/** /start (with a link code), /stop, /help, /language: the commands an unlinked chat may use. */
@Injectable()
export class AccountHandlers {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly linking: LinkingService,
  ) {}

  intro(ctx: BotContext): Promise<unknown> {
    return ctx.reply(t(ctx.state.language, 'intro', { url: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/sign-up` }), {
      link_preview_options: { is_disabled: true },
    });
  }

  composer(): Composer<BotContext> {
    const c = new Composer<BotContext>();
    c.command('start', async (ctx) => {
      const code = ctx.match.trim();
      if (!code) return ctx.state.userId ? ctx.reply(t(ctx.state.language, 'help')) : this.intro(ctx);
      const outcome = await this.linking.redeem(ctx.state.chatId, ctx.state.chatType, code);
      if (!outcome.ok) return ctx.reply(t(ctx.state.language, outcome.reason === 'rate-limited' ? 'linkRateLimited' : 'linkInvalid'));
      const chat = await this.linking.chat(ctx.state.chatId);
      ctx.state.userId = outcome.userId;
      ctx.state.language = chat?.language ?? ctx.state.language;
      return ctx.reply(t(ctx.state.language, 'linked'));
    });
    c.command('stop', async (ctx) => {
      const unlinked = await this.linking.unlinkChat(ctx.state.chatId);
      ctx.state.userId = null;
      return ctx.reply(t(ctx.state.language, unlinked ? 'stopped' : 'notLinked'));
    });
    c.command('help', (ctx) => (ctx.state.userId ? ctx.reply(t(ctx.state.language, 'help')) : this.intro(ctx)));
    c.command('language', async (ctx) => {
      const arg = ctx.match.trim().toLowerCase();
      if (arg === 'en' || arg === 'es') return this.setLanguage(ctx, arg);
      return ctx.reply(t(ctx.state.language, 'languagePick'), {
        reply_markup: new InlineKeyboard().text('English', 'ln:en').text('Español', 'ln:es'),
      });
    });
    // The user blocked the bot (or left a group with it): unlink at once, not at the next 403.
    c.on('my_chat_member', async (ctx) => {
      if (['kicked', 'left'].includes(ctx.myChatMember.new_chat_member.status)) await this.linking.markBlocked(ctx.state.chatId);
    });
    c.callbackQuery(/^ln:(en|es)$/, async (ctx) => {
      await ctx.answerCallbackQuery();
      return this.setLanguage(ctx, ctx.match[1] as 'en' | 'es');
    });
    return c;
  }

  private async setLanguage(ctx: BotContext, language: 'en' | 'es'): Promise<unknown> {
    await this.linking.setLanguage(ctx.state.chatId, ctx.state.chatType, language);
    ctx.state.language = language;
    return ctx.reply(t(language, 'languageSet'));
  }
}
