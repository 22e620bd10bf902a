import { Injectable } from '@nestjs/common';
import { UserClock } from '@welness/goals';
import { DiaryService, MEAL_SLOTS, PlansService, type MealSlot } from '@welness/meals';
import { SummaryService, type DailySummaryDto } from '@welness/progress';
import { z } from 'zod';
import { CoreMemoryService } from '../memory/core-memory.service';
import type { DailySummaryOut, LoggedEntry } from './tool-outputs';
import { ToolError, ToolProvider, ToolSpec, defineTool } from './tool.types';

type PlanOptions = Parameters<PlansService['generate']>[1];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The meal slot for a local time when the user did not name one. */
export function slotForHour(hour: number): MealSlot {
  return hour < 11 ? 'breakfast' : hour < 15 ? 'lunch' : hour >= 17 && hour < 22 ? 'dinner' : 'snacks';
}

export function toDailyOut(s: DailySummaryDto): DailySummaryOut {
  return {
    date: s.date,
    energy: {
      consumedKcal: s.energy.consumedKcal,
      burnedKcal: s.energy.burnedKcal,
      targetKcal: s.energy.targetKcal,
      remainingKcal: s.energy.remainingKcal,
    },
    protein: s.protein,
    carbs: s.carbohydrates,
    fat: s.fat,
    entries: s.entries,
    streakDays: s.streak.current,
  };
}

/** Diary, summaries and diet plans through the meals module's exported services. */
@Injectable()
export class MealsTools implements ToolProvider {
  constructor(
    private readonly diary: DiaryService,
    private readonly clock: UserClock,
    private readonly summary: SummaryService,
    private readonly plans: PlansService,
    private readonly memory: CoreMemoryService,
  ) {}

  tools(): ToolSpec[] {
    return [
      defineTool({
        name: 'log_food',
        description:
          'Log a catalogue product (by barcode) or a generic reference food (by foodKey, in g) to the food diary. Unit is g, ml or serving. Only call when the product and amount are certain; otherwise propose and ask first.',
        write: true,
        args: z
          .object({
            barcode: z
              .string()
              .regex(/^\d{8,14}$/)
              .optional(),
            // A generic food of the built-in reference table (when the catalogue has none).
            foodKey: z
              .string()
              .regex(/^[a-z0-9-]{2,40}$/)
              .optional(),
            quantity: z.number().positive().max(10000),
            unit: z.enum(['g', 'ml', 'serving']),
            meal: z.enum(MEAL_SLOTS as unknown as [MealSlot, ...MealSlot[]]).optional(),
            date: isoDate.optional(),
          })
          .strict()
          .refine((a) => (a.barcode === undefined) !== (a.foodKey === undefined), {
            message: 'give exactly one of barcode and foodKey',
          }),
        run: async (a, ctx) => {
          const slot = a.meal ?? slotForHour(Number((await this.localTime(ctx.userId, ctx.now)).slice(0, 2)));
          const { entry } = await this.diary
            .addEntry(
              ctx.userId,
              a.foodKey
                ? {
                    kind: 'reference',
                    foodKey: a.foodKey,
                    quantity: a.quantity,
                    unit: a.unit,
                    slot,
                    date: a.date,
                  }
                : {
                    kind: 'product',
                    barcode: a.barcode,
                    quantity: a.quantity,
                    unit: a.unit,
                    slot,
                    date: a.date,
                  },
            )
            .catch((err: unknown) => {
              // The diary's own problems (unknown product, no serving size) are safe to relay.
              if (err instanceof Error && 'status' in err) throw new ToolError(err.message);
              throw err;
            });
          const out: LoggedEntry = {
            entryId: entry.id,
            date: entry.date,
            meal: entry.slot,
            name: entry.name,
            quantity: entry.quantity,
            unit: entry.unit,
            energyKcal: entry.nutrients.energyKcal,
            proteinG: entry.nutrients.proteinG,
            carbsG: entry.nutrients.carbohydratesG,
            fatG: entry.nutrients.fatG,
          };
          return { entry: out };
        },
      }),
      defineTool({
        name: 'get_daily_summary',
        description:
          "Today's (or a date's) energy eaten, burned, target and remaining, macros vs targets, entries and streak.",
        write: false,
        args: z.object({ date: isoDate.optional() }).strict(),
        run: async (a, ctx) => ({ summary: toDailyOut(await this.summary.daily(ctx.userId, a.date)) }),
      }),
      defineTool({
        name: 'get_weekly_summary',
        description:
          'This (or a given) week: per-day energy, averages, adherence %, workouts and weight trend.',
        write: false,
        args: z.object({ weekOf: isoDate.optional() }).strict(),
        run: async (a, ctx) => {
          const w = await this.summary.weekly(ctx.userId, a.weekOf);
          const text =
            `Week ${w.weekStart} to ${w.weekEnd}: ${w.daysLogged} day(s) logged, average ${Math.round(w.averages.consumedKcal)} kcal and ${Math.round(w.averages.proteinG)} g protein` +
            (w.adherencePercent !== null ? `, on target ${Math.round(w.adherencePercent)} % of days` : '') +
            `, ${w.workouts}${w.workoutsTarget !== null ? `/${w.workoutsTarget}` : ''} workout(s).`;
          return {
            weekly: {
              weekStart: w.weekStart,
              weekEnd: w.weekEnd,
              daysLogged: w.daysLogged,
              averages: w.averages,
              adherencePercent: w.adherencePercent,
              workouts: w.workouts,
            },
            text,
          };
        },
      }),
      defineTool({
        name: 'get_diary',
        description: "What the user logged on a date (default today): each entry's meal, name and energy.",
        write: false,
        args: z.object({ date: isoDate.optional() }).strict(),
        run: async (a, ctx) => {
          const day = await this.diary.day(ctx.userId, a.date);
          const entries = MEAL_SLOTS.flatMap((slot) =>
            (day.slots[slot] ?? []).map((e) => ({
              meal: slot,
              name: e.name,
              energyKcal: e.nutrients.energyKcal,
            })),
          );
          return { date: day.date, entries, totalKcal: day.totals.energyKcal };
        },
      }),
      defineTool({
        name: 'get_planned_meals',
        description:
          "The current diet plan's meals for a date (default today), or none when there is no plan.",
        write: false,
        args: z.object({ date: isoDate.optional() }).strict(),
        run: async (a, ctx) => {
          const date = a.date ?? (await this.clock.localDay(ctx.userId, ctx.now));
          const plan = await this.plans.current(ctx.userId).catch(() => null);
          const day = plan?.days.find((d) => d.date === date);
          return {
            date,
            meals: (day?.meals ?? []).map((m) => ({
              meal: m.slot,
              name: m.name,
              items: m.items.map((i) => ({ name: i.name, grams: i.grams })),
              energyKcal: m.totals.energyKcal,
            })),
          };
        },
      }),
      defineTool({
        name: 'generate_meal_plan',
        description:
          "Generate this week's diet plan from the user's targets; diet type, allergens and dislikes default to what core memory says.",
        write: true,
        args: z
          .object({
            dietType: z.enum(['omnivore', 'vegetarian', 'vegan', 'pescatarian']).optional(),
            excludeAllergens: z
              .array(z.string().regex(/^[a-z0-9-]{2,40}$/))
              .max(20)
              .optional(),
            dislikedFoods: z.array(z.string().max(40)).max(50).optional(),
            mealsPerDay: z.union([z.literal(3), z.literal(4), z.literal(5)]).optional(),
          })
          .strict(),
        run: async (a, ctx) => {
          const known = await this.fromMemory(ctx.userId, ctx.memoryBlocks);
          const opts: PlanOptions = {
            dietType: a.dietType ?? known.diet,
            excludeAllergens: a.excludeAllergens ?? known.allergies,
            dislikedFoods: a.dislikedFoods ?? known.dislikes,
            mealsPerDay: a.mealsPerDay,
          };
          const plan = await this.plans.generate(ctx.userId, opts).catch((err: unknown) => {
            if (err instanceof Error && 'status' in err) throw new ToolError(err.message);
            throw err;
          });
          const day = plan.days[0];
          const text =
            // What the plan really applied (the saved food preferences may add to what was asked).
            `Your plan for the week of ${plan.weekStart} is ready (${plan.preferences.dietType}${plan.preferences.excludeAllergens.length ? `, without ${plan.preferences.excludeAllergens.map((a) => a.replace(/^[a-z]{2}:/, '').replace(/-/g, ' ')).join(', ')}` : ''}). ` +
            // Each meal by what is in it ("Breakfast: oats, banana, 520 kcal"), not by its slot code.
            `${day.date}: ${day.meals.map((m) => `${m.name}: ${m.items.map((i) => i.name.split(',')[0].toLowerCase()).join(', ')} (${Math.round(m.totals.energyKcal)} kcal)`).join('; ')}; ${Math.round(day.totals.energyKcal)} kcal in total.`;
          return {
            planId: plan.id,
            weekStart: plan.weekStart,
            firstDay: {
              date: day.date,
              meals: day.meals.map((m) => ({ slot: m.slot, name: m.name, energyKcal: m.totals.energyKcal })),
              energyKcal: day.totals.energyKcal,
            },
            text,
          };
        },
      }),
    ];
  }

  private async localTime(userId: string, now: Date): Promise<string> {
    const tz = await this.clock.timeZone(userId);
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now);
  }

  /** Diet type, allergies and dislikes as the `human` block records them ("Diet: vegan"). */
  private async fromMemory(
    userId: string,
    defs: Parameters<CoreMemoryService['load']>[1],
  ): Promise<{ diet?: PlanOptions['dietType']; allergies?: string[]; dislikes?: string[] }> {
    const human = (await this.memory.load(userId, defs, '')).find((b) => b.label === 'human')?.value ?? '';
    const line = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'mi').exec(human)?.[1]?.trim();
    const list = (v: string | undefined) =>
      v && v !== 'none'
        ? v
            .split(',')
            .map((s) => s.trim().toLowerCase().replace(/\s+/g, '-'))
            .filter(Boolean)
        : undefined;
    const diet = line('Diet');
    return {
      diet:
        diet && ['omnivore', 'vegetarian', 'vegan', 'pescatarian'].includes(diet)
          ? (diet as PlanOptions['dietType'])
          : undefined,
      allergies: list(line('Allergies')),
      dislikes: list(line('Dislikes')),
    };
  }
}
