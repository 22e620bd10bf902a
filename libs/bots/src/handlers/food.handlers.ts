import { Inject, Injectable } from '@nestjs/common';
import { CoreMemoryService } from '@welness/agents';
import { ProductLookupService, ProductScanService, ProductSearchService, UserProductsService, toProductDto, type ProductDto } from '@welness/facts';
import { DiaryService, MEAL_SLOTS } from '@welness/meals';
import { APP_CONFIG, type AppConfig, ProblemException } from '@welness/platform';
import { Composer, InlineKeyboard } from 'grammy';
import { TelegramBot } from '../telegram/telegram.bot';
import { localHour, slotForHour, type BotContext } from './bot-context';
import { slotName, t } from './bot.texts';
import { allergiesFromMemory, productCard } from './cards';
import { FlowStore, type MealSlotKey } from './flow.store';
import { UserClock } from '@welness/goals';

const BARCODE = /^\d{8,14}$/;

function mimeOf(data: Buffer): string {
  if (data[0] === 0x89 && data[1] === 0x50) return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8) return 'image/jpeg';
  if (data.subarray(0, 4).toString() === 'RIFF' && data.subarray(8, 12).toString() === 'WEBP') return 'image/webp';
  return 'application/octet-stream';
}

/** Photos, barcodes, the guided /log and "log a portion" buttons. */
@Injectable()
export class FoodHandlers {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly telegram: TelegramBot,
    private readonly scans: ProductScanService,
    private readonly lookup: ProductLookupService,
    private readonly search: ProductSearchService,
    private readonly userProducts: UserProductsService,
    private readonly diary: DiaryService,
    private readonly clock: UserClock,
    private readonly memory: CoreMemoryService,
    private readonly flows: FlowStore,
  ) {}

  composer(): Composer<BotContext> {
    const c = new Composer<BotContext>();
    c.command('log', (ctx) => this.startLog(ctx));
    c.callbackQuery(/^lg:(breakfast|lunch|dinner|snacks)$/, (ctx) => this.pickSlot(ctx, ctx.match[1] as MealSlotKey));
    c.callbackQuery(/^lp:(\d{8,14}):(breakfast|lunch|dinner|snacks):(s|g)(\d{1,4})$/, (ctx) =>
      this.logPortion(ctx, ctx.match[1], ctx.match[2] as MealSlotKey, ctx.match[3] === 's' ? 'serving' : 'g', Number(ctx.match[4])),
    );
    c.callbackQuery(/^pc:(\d{8,14})$/, async (ctx) => {
      await ctx.answerCallbackQuery();
      await this.showProduct(ctx, ctx.match[1], (await this.flows.get(ctx.state.chatId))?.slot ?? null);
    });
    c.on('message:photo', (ctx) => this.photo(ctx, ctx.message.photo[ctx.message.photo.length - 1].file_id));
    c.on('message:document', async (ctx, next) => {
      if (!ctx.message.document.mime_type?.startsWith('image/')) return next();
      await this.photo(ctx, ctx.message.document.file_id);
    });
    // Text inside a guided flow (search terms, barcode digits, a new product's label values).
    c.on('message:text', async (ctx, next) => {
      const text = ctx.message.text.trim();
      if (text.startsWith('/')) return next();
      const flow = await this.flows.get(ctx.state.chatId);
      if (flow?.step === 'add') return this.addProduct(ctx, flow.code, flow.slot, text);
      if (flow?.step === 'search') {
        if (BARCODE.test(text.replace(/[\s-]/g, ''))) return this.showProduct(ctx, text.replace(/[\s-]/g, ''), flow.slot);
        return this.searchFoods(ctx, text, flow.slot);
      }
      // A bare barcode outside a flow is a lookup too.
      if (BARCODE.test(text)) return this.showProduct(ctx, text, null);
      return next();
    });
    return c;
  }

  private async startLog(ctx: BotContext): Promise<void> {
    const lang = ctx.state.language;
    const kb = new InlineKeyboard();
    MEAL_SLOTS.forEach((s, i) => {
      kb.text(slotName(lang, s), `lg:${s}`);
      if (i % 2 === 1) kb.row();
    });
    await ctx.reply(t(lang, 'logPickSlot'), { reply_markup: kb });
  }

  private async pickSlot(ctx: BotContext, slot: MealSlotKey): Promise<void> {
    await this.flows.set(ctx.state.chatId, { step: 'search', slot });
    await ctx.answerCallbackQuery();
    await ctx.reply(t(ctx.state.language, 'logPrompt', { slot: slotName(ctx.state.language, slot) }));
  }

  private async searchFoods(ctx: BotContext, q: string, slot: MealSlotKey): Promise<void> {
    const lang = ctx.state.language;
    const page = await this.search.search({ q: q.slice(0, 100), limit: 5 });
    if (!page.items.length) {
      await ctx.reply(t(lang, 'logNoResults', { q: q.slice(0, 100) }));
      return;
    }
    const kb = new InlineKeyboard();
    for (const p of page.items) kb.text(`${p.name ?? p.code}${p.brands[0] ? ` · ${p.brands[0]}` : ''}`.slice(0, 60), `pc:${p.code}`).row();
    await this.flows.set(ctx.state.chatId, { step: 'search', slot });
    await ctx.reply(t(lang, 'logResults'), { reply_markup: kb });
  }

  private async photo(ctx: BotContext, fileId: string): Promise<void> {
    const lang = ctx.state.language;
    const file = await ctx.api.getFile(fileId);
    if (!file.file_path) {
      await ctx.reply(t(lang, 'unreadable'));
      return;
    }
    const res = await fetch(`${this.config.TELEGRAM_API_ROOT}/file/bot${this.config.TELEGRAM_BOT_TOKEN}/${file.file_path}`, {
      signal: AbortSignal.timeout(20_000),
    });
    if (!res.ok) throw new Error(`file download failed: ${res.status}`);
    const image = Buffer.from(await res.arrayBuffer());
    const slot = (await this.flows.get(ctx.state.chatId))?.slot ?? null;
    try {
      const outcome = await this.scans.scan(image, mimeOf(image), ctx.state.userId ?? undefined);
      await this.sendCard(ctx, toProductDto(outcome.product, lang), slot);
    } catch (err) {
      if (!(err instanceof ProblemException)) throw err;
      if (err.slug === 'product-not-found') {
        const decoded = (err.extensions.decoded as { text: string }[] | undefined)?.[0]?.text;
        if (decoded) return this.askToAdd(ctx, decoded, slot);
      }
      await ctx.reply(t(lang, err.slug === 'no-barcode-found' ? 'noBarcode' : 'unreadable'));
    }
  }

  private async showProduct(ctx: BotContext, code: string, slot: MealSlotKey | null): Promise<void> {
    try {
      const found = await this.lookup.findByBarcode(code, ctx.state.userId ?? undefined);
      await this.sendCard(ctx, toProductDto(found, ctx.state.language), slot);
    } catch (err) {
      if (err instanceof ProblemException && err.status === 404) return this.askToAdd(ctx, code, slot);
      if (err instanceof ProblemException && err.status === 400) {
        await ctx.reply(err.detail ?? t(ctx.state.language, 'noBarcode'));
        return;
      }
      throw err;
    }
  }

  private async askToAdd(ctx: BotContext, code: string, slot: MealSlotKey | null): Promise<void> {
    await this.flows.set(ctx.state.chatId, { step: 'add', code, slot });
    await ctx.reply(t(ctx.state.language, 'unknownBarcode', { code }));
  }

  private async addProduct(ctx: BotContext, code: string, slot: MealSlotKey | null, text: string): Promise<void> {
    const lang = ctx.state.language;
    const parts = text.split(';').map((s) => s.trim());
    const nums = parts.slice(1).map((s) => Number(s.replace(',', '.')));
    if (parts.length !== 5 || !parts[0] || nums.some((n) => !Number.isFinite(n) || n < 0)) {
      await ctx.reply(t(lang, 'addFormat'));
      return;
    }
    const [kcal, fat, carbohydrates, proteins] = nums;
    try {
      const saved = await this.userProducts.save(ctx.state.userId!, {
        code,
        name: parts[0].slice(0, 200),
        nutrientsPer100g: { energyKcal: kcal, fat, carbohydrates, proteins },
      } as Parameters<UserProductsService['save']>[1]);
      await this.flows.clear(ctx.state.chatId);
      await ctx.reply(t(lang, 'added'));
      await this.sendCard(ctx, toProductDto(saved, lang), slot);
    } catch (err) {
      if (!(err instanceof ProblemException) || err.status >= 500) throw err;
      await ctx.reply(`${err.detail ?? err.title}\n${t(lang, 'addFormat')}`);
    }
  }

  private async sendCard(ctx: BotContext, product: ProductDto, slot: MealSlotKey | null): Promise<void> {
    const lang = ctx.state.language;
    const human = ctx.state.userId ? (await this.memory.values(ctx.state.userId)).get('human') : undefined;
    const chosen = slot ?? slotForHour(localHour(await this.clock.timeZone(ctx.state.userId!)));
    const kb = new InlineKeyboard();
    const g = product.servingQuantityG;
    if (g && g <= 9999) kb.text(t(lang, 'serving', { g: Math.round(g) }), `lp:${product.code}:${chosen}:s1`);
    kb.text('100 g', `lp:${product.code}:${chosen}:g100`).text('50 g', `lp:${product.code}:${chosen}:g50`);
    await ctx.reply(`${productCard(lang, product, allergiesFromMemory(human))}\n\n${t(lang, 'logPortion')} (${slotName(lang, chosen)})`, {
      reply_markup: kb,
      link_preview_options: { is_disabled: true },
    });
  }

  private async logPortion(ctx: BotContext, code: string, slot: MealSlotKey, unit: 'serving' | 'g', quantity: number): Promise<void> {
    const lang = ctx.state.language;
    // The update id makes a redelivered tap (or a retried job) log once.
    const { entry } = await this.diary.addEntry(
      ctx.state.userId!,
      { kind: 'product', barcode: code, quantity, unit, slot },
      `telegram:${ctx.state.updateId}`,
    );
    await this.flows.clear(ctx.state.chatId);
    await ctx.answerCallbackQuery();
    await ctx.reply(
      t(lang, 'logged', {
        slot: slotName(lang, slot),
        name: entry.name,
        amount: unit === 'serving' && entry.grams ? `${quantity} × ${Math.round(entry.grams / quantity)} g` : `${quantity} ${unit}`,
        kcal: Math.round(entry.nutrients.energyKcal),
      }),
    );
  }
}
