import { Injectable } from '@nestjs/common';
import { BodyMetricsService, GoalsService, ProfileIncompleteError, TargetsService, UserClock } from '@welness/goals';
import { z } from 'zod';
import type { TargetsOut } from './tool-outputs';
import { ToolError, ToolProvider, ToolSpec, defineTool } from './tool.types';

type GoalPatch = Parameters<GoalsService['update']>[1];

/** Weekly rate from an amount and a date, kept within what the targets module accepts safely. */
export function rateFor(
  amountKg: number | undefined,
  targetDate: string | undefined,
  today: string,
  maxPerWeek: number,
): number {
  if (!amountKg) return 0.5;
  if (!targetDate) return Math.min(0.5, maxPerWeek);
  const weeks = (Date.parse(`${targetDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / (7 * 86_400_000);
  if (weeks <= 0) return Math.min(0.5, maxPerWeek);
  return Math.min(maxPerWeek, Math.max(0.1, Math.round((amountKg / weeks) * 20) / 20));
}

/** Goals and targets through the goals module's exported services. */
@Injectable()
export class GoalsTools implements ToolProvider {
  constructor(
    private readonly goals: GoalsService,
    private readonly targets: TargetsService,
    private readonly clock: UserClock,
    private readonly body: BodyMetricsService,
  ) {}

  tools(): ToolSpec[] {
    return [
      defineTool({
        name: 'get_targets',
        description: "The user's daily energy and macro targets (computed from profile, weight and goal).",
        write: false,
        args: z
          .object({
            date: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .optional(),
          })
          .strict(),
        run: async (a, ctx) => ({ targets: await this.currentTargets(ctx.userId, a.date) }),
      }),
      defineTool({
        name: 'set_goal',
        description:
          'Set the weight goal: lose, gain or maintain, an amount in kg and an optional target date (YYYY-MM-DD).',
        write: true,
        args: z
          .object({
            direction: z.enum(['lose', 'gain', 'maintain']),
            amountKg: z.number().positive().max(100).optional(),
            targetDate: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .optional(),
          })
          .strict(),
        run: async (a, ctx) => {
          const today = await this.clock.userToday(ctx.userId);
          const current = await this.body.weightOn(ctx.userId, today);
          if (a.direction !== 'maintain' && a.amountKg && current === null)
            throw new ToolError('I need your current weight first');
          const patch: GoalPatch = {
            direction: a.direction,
            rateKgPerWeek: a.direction === 'maintain' ? 0 : rateFor(a.amountKg, a.targetDate, today, 1),
            targetWeightKg:
              a.direction === 'maintain' || !a.amountKg || current === null
                ? null
                : Math.round((current + (a.direction === 'lose' ? -a.amountKg : a.amountKg)) * 10) / 10,
            targetDate: a.direction === 'maintain' ? null : (a.targetDate ?? null),
          };
          const goal = await this.goals.update(ctx.userId, patch);
          return {
            goal: {
              direction: goal.direction,
              rateKgPerWeek: goal.rateKgPerWeek,
              targetWeightKg: goal.targetWeightKg,
              targetDate: goal.targetDate,
            },
          };
        },
      }),
      defineTool({
        name: 'get_progress',
        description:
          'Progress towards the weight goal: current and trend weight, target, projected date, on track / behind / ahead.',
        write: false,
        args: z.object({}).strict(),
        run: async (_a, ctx) => {
          const p = await this.goals.progress(ctx.userId);
          const w = p.weight;
          const text =
            w.currentKg === null
              ? 'No weight logged yet: tell me your weight and I will track the trend.'
              : `Weight ${w.currentKg} kg (trend ${w.trendKg ?? w.currentKg} kg)` +
                (w.targetKg !== null
                  ? `, target ${w.targetKg} kg${w.targetDate ? ` by ${w.targetDate}` : ''}`
                  : '') +
                (w.status ? `: ${w.status.replace(/_/g, ' ')}` : '') +
                (w.projectedDate ? `, projected to reach it on ${w.projectedDate}` : '') +
                '.';
          return { progress: p, text };
        },
      }),
    ];
  }

  private async currentTargets(userId: string, date?: string): Promise<TargetsOut> {
    try {
      const t = await this.targets.forDate(userId, date);
      return {
        energyKcal: t.energyKcal,
        proteinG: t.proteinG,
        carbsG: t.carbohydratesG,
        fatG: t.fatG,
        formula: `${t.method.bmr}, activity ${t.inputs.activityLevel}`,
        warnings: t.warnings.map(String),
      };
    } catch (err) {
      if (err instanceof ProfileIncompleteError)
        throw new ToolError(`targets need your ${err.missing.join(', ')} first`);
      throw err;
    }
  }
}
