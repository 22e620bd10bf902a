import { Injectable } from '@nestjs/common';
import { BodyMetricsService, GoalsService, UserClock } from '@welness/goals';
import { UsersService } from '@welness/identity';
import { DiaryService, PlansService } from '@welness/meals';
import { SummaryService } from '@welness/progress';
import { ProblemException } from '@welness/platform';
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from './bot-context';
import { slotName, t } from './bot.texts';
import { todayCard } from './cards';
import { parseBotWeight, showWeight } from './weight.parse';

/** /today, /water, /weight, /goal, /plan for a linked chat. */
@Injectable()
export class TrackingHandlers {
  constructor(
    private readonly summary: SummaryService,
    private readonly diary: DiaryService,
    private readonly clock: UserClock,
    private readonly body: BodyMetricsService,
    private readonly goals: GoalsService,
    private readonly plans: PlansService,
    private readonly users: UsersService,
  ) {}

  /** Settings → Units: the bot reads and writes weights the way the web does. */
  private async units(userId: string) {
    return (await this.users.findSummary(userId))?.unitSystem ?? 'metric';
  }

  composer(): Composer<BotContext> {
    const c = new Composer<BotContext>();
    c.command('today', async (ctx) => ctx.reply(todayCard(ctx.state.language, await this.summary.daily(ctx.state.userId!))));
    c.command('water', async (ctx) => {
      const ml = ctx.match.trim() ? Number(ctx.match.trim()) : 250;
      if (!Number.isInteger(ml) || ml < 1 || ml > 5000) return ctx.reply(t(ctx.state.language, 'waterUsage'));
      const userId = ctx.state.userId!;
      const logged = await this.diary.addWater(userId, { ml } as Parameters<DiaryService['addWater']>[1]);
      const day = await this.diary.day(userId, logged.date);
      return ctx.reply(t(ctx.state.language, 'waterLogged', { ml, total: day.waterMl }));
    });
    c.command('weight', async (ctx) => {
      const userId = ctx.state.userId!;
      const system = await this.units(userId);
      const weight = parseBotWeight(ctx.match, system);
      if (!weight) return ctx.reply(t(ctx.state.language, system === 'imperial' ? 'weightUsageLb' : 'weightUsage'));
      const date = await this.clock.userToday(userId);
      await this.body.logWeight(userId, { date, weightKg: weight.kg, source: 'telegram' });
      return ctx.reply(t(ctx.state.language, 'weightLogged', { weight: `${weight.shown} ${weight.unit}`, date }));
    });
    c.command('goal', async (ctx) => {
      const goal = await this.goals.find(ctx.state.userId!);
      if (!goal) return ctx.reply(t(ctx.state.language, 'goalNone'));
      const summary = await this.summary.daily(ctx.state.userId!);
      const system = await this.units(ctx.state.userId!);
      const lines = [
        t(ctx.state.language, 'goal', {
          direction: goal.direction,
          rate: goal.direction === 'maintain' ? '' : `, ${showWeight(goal.rateKgPerWeek, system)}/week`,
          target: goal.targetWeightKg !== null ? ` → ${showWeight(goal.targetWeightKg, system)}` : '',
        }),
      ];
      if (summary.energy.targetKcal !== null) lines.push(`${Math.round(summary.energy.targetKcal)} kcal/day`);
      return ctx.reply(lines.join('\n'));
    });
    c.command('plan', (ctx) => this.plan(ctx));
    c.callbackQuery(/^pl:(\d{4}-\d{2}-\d{2}):(\d{1,2})$/, async (ctx) => {
      const entries = await this.plans.logMeal(ctx.state.userId!, ctx.match[1], Number(ctx.match[2]));
      await ctx.answerCallbackQuery();
      const slot = entries[0]?.slot ?? 'snacks';
      return ctx.reply(t(ctx.state.language, 'planLogged', { slot: slotName(ctx.state.language, slot), count: entries.length }));
    });
    return c;
  }

  private async plan(ctx: BotContext): Promise<unknown> {
    const lang = ctx.state.language;
    const userId = ctx.state.userId!;
    const today = await this.clock.userToday(userId);
    let plan;
    try {
      plan = await this.plans.current(userId);
    } catch (err) {
      if (err instanceof ProblemException && err.status === 404) return ctx.reply(t(lang, 'planNone'));
      throw err;
    }
    const day = plan.days.find((d) => d.date === today);
    if (!day?.meals.length) return ctx.reply(t(lang, 'planNone'));
    const kb = new InlineKeyboard();
    const lines = [t(lang, 'planHeader', { date: today })];
    day.meals.forEach((meal, i) => {
      const kcal = meal.totals.energyKcal;
      lines.push(`• ${slotName(lang, meal.slot)}: ${meal.items.map((item) => item.name).join(', ')} (${Math.round(kcal)} kcal)`);
      kb.text(`✓ ${slotName(lang, meal.slot)}`, `pl:${today}:${i}`).row();
    });
    return ctx.reply(lines.join('\n'), { reply_markup: kb });
  }
}
