import { Injectable } from '@nestjs/common';
import type { ConversationState, PendingProposal } from '../conversations/conversation.types';
import type { DailySummaryOut, LoggedEntry, ProductInfo, TargetsOut } from '../tools/tool-outputs';
import type { ToolRuntime } from '../tools/tool-runtime';
import type { AgentEngine, TurnInput, TurnOutput, TurnSink } from './engine.types';
import { slotForHour } from '../tools/meals.tools';
import { detectLanguage } from './offline-language';
import { Intent, Quantity, parseIntent } from './offline-intent.parser';
import {
  type PlanReadyOut,
  type PlannedMealOut,
  type ReplyKit,
  type WeeklyOut,
  replies,
} from './offline-replies';
import { repliesEs } from './offline-replies.es';
import { genericFood } from './reference-food.matcher';

interface Step {
  text: string;
  state: ConversationState;
}

/** Health conditions go to the health_context block; tastes, habits and allergies to human. */
const HEALTH_FACT =
  /\b(diabet\w*|blood pressure|hypertension|cholesterol|pregnan\w*|breastfeeding|kidney|thyroid|pcos|ibs|celiac|coeliac|asthma|surgery|injur\w*|condition)\b/i;

const qty = (q: Quantity): string =>
  q.unit === 'serving' ? `${q.amount} serving${q.amount === 1 ? '' : 's'}` : `${q.amount} ${q.unit}`;

/**
 * The built-in coach: deterministic intent parsing and templated replies over the same tools
 * the model uses. It runs when no model is configured and when the model is down.
 */
@Injectable()
export class OfflineEngine implements AgentEngine {
  readonly kind = 'offline' as const;

  async run(input: TurnInput, sink: TurnSink): Promise<TurnOutput> {
    input.tools.engine = 'offline';
    const intent = parseIntent(input.userText, input.now, !!input.state.pending);
    // Replies follow the language of the message (English or Spanish).
    const R = detectLanguage(input.userText) === 'es' ? repliesEs : replies;
    const step = await this.handle(intent, input, R);
    // The offline coach has no tokens to stream; one chunk keeps every channel's protocol the same.
    sink.token(step.text);
    return {
      text: step.text,
      produced: [],
      tokensIn: 0,
      tokensOut: 0,
      engine: 'offline',
      model: null,
      state: step.state,
    };
  }

  private async handle(intent: Intent, input: TurnInput, R: ReplyKit): Promise<Step> {
    const { tools } = input;
    const keep = (text: string): Step => ({
      text,
      state: { ...input.state, pending: intent.kind === 'unknown' ? input.state.pending : null },
    });
    switch (intent.kind) {
      case 'confirm':
      case 'choose':
        return this.confirm(input, intent.kind === 'choose' ? intent.index : 0, R);
      case 'cancel':
        return { text: R.cancelled(), state: { ...input.state, pending: null } };
      case 'help':
        return keep(R.help(tools.list().map((t) => t.name)));
      case 'greeting':
        return keep(R.greeting(input.agent.name));
      case 'unknown':
        return keep(R.unknown());
      case 'lookup_barcode': {
        if (!tools.has('lookup_barcode')) return keep(R.unavailable('Product lookup'));
        const res = await tools.call('lookup_barcode', { barcode: intent.barcode });
        if (!res.outcome.ok) return keep(R.toolFailed(`find ${intent.barcode}`, res.outcome.error));
        return keep(R.product(res.outcome.data?.product as ProductInfo));
      }
      case 'search_foods': {
        if (!tools.has('search_foods')) return keep(R.unavailable('Food search'));
        const res = await tools.call('search_foods', { query: intent.query, limit: 5 });
        const items = (res.outcome.data?.products as ProductInfo[] | undefined) ?? [];
        if (!items.length) return keep(R.notFound(`"${intent.query}"`));
        return keep(
          items
            .map((p) => R.product(p))
            .slice(0, 3)
            .join('\n'),
        );
      }
      case 'log_food':
        return this.logFood(intent, input, R);
      case 'suggest':
        return keep(await this.suggest(intent.meal, input, R));
      case 'diary': {
        if (!tools.has('get_diary')) return keep(R.unavailable('The diary'));
        const res = await tools.call(
          'get_diary',
          intent.day === 'yesterday' ? { date: yesterday(input.now) } : {},
        );
        if (!res.outcome.ok) return keep(R.toolFailed('read your diary', res.outcome.error));
        const d = res.outcome.data as {
          entries: { meal: string; name: string; energyKcal: number }[];
          totalKcal: number;
        };
        return keep(
          R.diary(
            intent.day === 'yesterday' ? R.labels.yesterdayDiary : R.labels.todayDiary,
            d.entries,
            d.totalKcal,
          ),
        );
      }
      case 'daily_summary':
        return keep(
          await this.daily(
            tools,
            intent.day === 'yesterday' ? yesterday(input.now) : undefined,
            intent.day === 'today' ? R.labels.today : R.labels.yesterday,
            R,
          ),
        );
      case 'weekly_summary': {
        if (!tools.has('get_weekly_summary')) return keep(R.unavailable('The weekly summary'));
        const res = await tools.call('get_weekly_summary', {});
        return keep(
          res.outcome.ok
            ? R.weekly(
                res.outcome.data?.weekly as WeeklyOut | undefined,
                String(res.outcome.data?.text ?? ''),
              )
            : R.toolFailed('build your week', res.outcome.error),
        );
      }
      case 'targets':
        return keep(await this.targets(tools, R));
      case 'profile':
        return keep(await this.profile(intent.answers, input, R));
      case 'set_goal': {
        if (!tools.has('set_goal')) return keep(R.unavailable('Goal setting'));
        const res = await tools.call('set_goal', {
          direction: intent.goal.direction,
          amountKg: intent.goal.amountKg,
          targetDate: intent.goal.by,
        });
        if (!res.outcome.ok) return keep(R.toolFailed('set that goal', res.outcome.error));
        return keep(`Goal set: ${describeGoal(intent.goal)}. ${await this.targets(tools, R)}`);
      }
      case 'plan': {
        if (!tools.has('generate_meal_plan')) return keep(R.unavailable('Meal planning'));
        const res = await tools.call('generate_meal_plan', {});
        return keep(
          res.outcome.ok
            ? R.planReady(
                res.outcome.data as PlanReadyOut | undefined,
                String(res.outcome.data?.text ?? 'Your plan is ready in the Plans tab.'),
              )
            : R.toolFailed('build a plan', res.outcome.error),
        );
      }
      case 'log_activity': {
        if (!tools.has('log_activity')) return keep(R.unavailable('Activity logging'));
        const res = await tools.call('log_activity', {
          activity: intent.activity,
          minutes: intent.minutes,
          distanceKm: intent.distanceKm ?? undefined,
        });
        return keep(
          res.outcome.ok
            ? String(res.outcome.data?.text ?? 'Logged.')
            : R.toolFailed('log that activity', res.outcome.error),
        );
      }
      case 'log_workout': {
        if (!tools.has('log_workout')) return keep(R.unavailable('Workout logging'));
        const res = await tools.call('log_workout', { description: intent.text });
        return keep(
          res.outcome.ok
            ? String(res.outcome.data?.text ?? 'Logged.')
            : R.toolFailed('log that workout', res.outcome.error),
        );
      }
      case 'progress': {
        if (!tools.has('get_progress')) return keep(R.unavailable('Progress tracking'));
        const res = await tools.call('get_progress', {});
        return keep(
          res.outcome.ok
            ? String(res.outcome.data?.text ?? '')
            : R.toolFailed('check your progress', res.outcome.error),
        );
      }
      case 'remember': {
        const label =
          HEALTH_FACT.test(intent.text) && input.agent.memoryBlocks.some((b) => b.label === 'health_context')
            ? 'health_context'
            : 'human';
        const res = await tools.call('memory_append', { label, text: intent.text.slice(0, 500) });
        return keep(res.outcome.ok ? R.remembered() : R.toolFailed('remember that', res.outcome.error));
      }
      case 'recall': {
        const res = await tools.call('recall_search', { query: intent.query, limit: 3 });
        const hits = (
          (res.outcome.data?.hits as { content: string; createdAt: string; role: string }[]) ?? []
        ).filter((h) => h.role === 'user');
        return keep(R.recalled(hits, intent.query));
      }
    }
  }

  /** "What should I eat for dinner?": the plan's meal when there is one, else sized from what is left. */
  private async suggest(
    meal: Extract<Intent, { kind: 'suggest' }>['meal'],
    input: TurnInput,
    R: ReplyKit,
  ): Promise<string> {
    const { tools } = input;
    const slot = meal ?? slotForHour(input.now.getUTCHours());
    if (tools.has('get_planned_meals')) {
      const res = await tools.call('get_planned_meals', {});
      const planned = ((res.outcome.data?.meals as PlannedMealOut[] | undefined) ?? []).find(
        (m) => m.meal === slot,
      );
      if (planned) return R.suggestPlanned(slot, planned);
    }
    let left: number | null = null;
    if (tools.has('get_daily_summary')) {
      const s = await tools.call('get_daily_summary', {});
      if (s.outcome.ok) left = (s.outcome.data?.summary as DailySummaryOut).energy.remainingKcal;
    }
    return R.suggestFromBudget(slot, left);
  }

  private async logFood(
    intent: Extract<Intent, { kind: 'log_food' }>,
    input: TurnInput,
    R: ReplyKit,
  ): Promise<Step> {
    const { tools } = input;
    if (!tools.has('log_food')) return { text: R.unavailable('Food logging'), state: input.state };
    const meal = intent.meal ?? undefined;
    if (intent.barcode) {
      if (!intent.quantity) {
        const found = await tools.call('lookup_barcode', { barcode: intent.barcode });
        if (!found.outcome.ok)
          return {
            text: R.toolFailed(`find ${intent.barcode}`, found.outcome.error),
            state: input.state,
          };
        const p = found.outcome.data?.product as ProductInfo;
        const q: Quantity = p.servingSizeG ? { amount: 1, unit: 'serving' } : { amount: 100, unit: 'g' };
        return this.propose(
          input,
          [{ label: p.name, args: { barcode: intent.barcode, quantity: q.amount, unit: q.unit, meal } }],
          qty(q),
          meal,
          R,
        );
      }
      return this.commitLog(
        input,
        {
          barcode: intent.barcode,
          quantity: intent.quantity.amount,
          unit: intent.quantity.unit,
          meal,
        },
        R,
      );
    }
    if (intent.items) return this.logGenericItems(intent.items, meal, input, R);
    if (!intent.query) return { text: R.unknown(), state: input.state };
    if (!tools.has('search_foods')) return { text: R.unavailable('Food search'), state: input.state };
    const res = await tools.call('search_foods', { query: intent.query, limit: 3 });
    const items = (res.outcome.data?.products as ProductInfo[] | undefined) ?? [];
    if (!items.length) {
      // The catalogue does not know it: an everyday food from the reference table still logs.
      const generic = genericFood(intent.query);
      if (!generic) return { text: R.notFound(`"${intent.query}"`), state: input.state };
      const grams = gramsOf(intent.quantity, null, generic.pieceG);
      return this.propose(
        input,
        [{ label: generic.name, args: { foodKey: generic.key, quantity: grams, unit: 'g', meal } }],
        `${grams} g`,
        meal,
        R,
      );
    }
    // A name is never certain enough to write without asking: always propose, then confirm.
    const q = intent.quantity ?? { amount: 1, unit: 'serving' as const };
    const options = items.map((p) => ({
      label: `${p.name}${p.brand ? ` (${p.brand})` : ''}`,
      // Counted pieces of a product without a serving size are taken as 100 g each.
      args: {
        barcode: p.barcode,
        quantity: q.unit === 'serving' && !p.servingSizeG ? q.amount * 100 : q.amount,
        unit: q.unit === 'serving' && !p.servingSizeG ? 'g' : q.unit,
        meal,
      },
    }));
    if (!intent.quantity)
      options.forEach((o, i) => items[i].servingSizeG || Object.assign(o.args, { quantity: 100 }));
    return this.propose(input, options, qty(q), meal, R);
  }

  /** Several foods in one sentence: each from the reference table, proposed together. */
  private logGenericItems(
    items: NonNullable<Extract<Intent, { kind: 'log_food' }>['items']>,
    meal: string | undefined,
    input: TurnInput,
    R: ReplyKit,
  ): Step {
    const resolved = [];
    for (const item of items) {
      const generic = genericFood(item.query);
      if (!generic) return { text: R.notFound(`"${item.query}"`), state: input.state };
      const grams = gramsOf(item.quantity, item.count, generic.pieceG);
      const pieces = item.quantity
        ? item.quantity.unit === 'serving'
          ? item.quantity.amount
          : null
        : item.count;
      const label = `${pieces !== null ? `${pieces} × ` : ''}${generic.name.split(',')[0]} (${grams} g, ${Math.round((generic.kcalPer100 * grams) / 100)} kcal)`;
      resolved.push({ label, args: { foodKey: generic.key, quantity: grams, unit: 'g', meal } });
    }
    const pending: PendingProposal = {
      tool: 'log_food',
      options: [
        { label: resolved.map((x) => x.label).join(' + '), args: { items: resolved.map((x) => x.args) } },
      ],
      createdAt: input.now.toISOString(),
    };
    return {
      text: R.proposeItems(
        resolved.map((x) => x.label),
        meal ?? 'this meal',
      ),
      state: { ...input.state, pending },
    };
  }

  private propose(
    input: TurnInput,
    options: PendingProposal['options'],
    quantity: string,
    meal: string | undefined,
    R: ReplyKit,
  ): Step {
    const pending: PendingProposal = { tool: 'log_food', options, createdAt: input.now.toISOString() };
    const mealText = meal ?? 'this meal';
    const text =
      options.length === 1
        ? R.proposeOne(options[0].label, quantity, mealText)
        : R.proposeMany(
            options.map((o) => o.label),
            quantity,
            mealText,
          );
    return { text, state: { ...input.state, pending } };
  }

  private async confirm(input: TurnInput, index: number, R: ReplyKit): Promise<Step> {
    const pending = input.state.pending;
    const option = pending?.options[index];
    if (!pending || !option) return { text: R.unknown(), state: input.state };
    const cleared = { ...input.state, pending: null };
    if (pending.tool === 'log_food') return this.commitLog({ ...input, state: cleared }, option.args, R);
    const res = await input.tools.call(pending.tool, option.args);
    return {
      text: res.outcome.ok ? 'Done.' : R.toolFailed('do that', res.outcome.error),
      state: cleared,
    };
  }

  private async commitLog(input: TurnInput, args: Record<string, unknown>, R: ReplyKit): Promise<Step> {
    if (Array.isArray(args.items)) return this.commitItems(input, args.items as Record<string, unknown>[], R);
    const res = await input.tools.call('log_food', args);
    const state = { ...input.state, pending: null };
    if (!res.outcome.ok) return { text: R.toolFailed('log that', res.outcome.error), state };
    let day: DailySummaryOut | null = null;
    if (input.tools.has('get_daily_summary')) {
      const s = await input.tools.call('get_daily_summary', {
        date: (res.outcome.data?.entry as LoggedEntry).date,
      });
      if (s.outcome.ok) day = s.outcome.data?.summary as DailySummaryOut;
    }
    return { text: R.logged(res.outcome.data?.entry as LoggedEntry, day), state };
  }

  private async commitItems(input: TurnInput, items: Record<string, unknown>[], R: ReplyKit): Promise<Step> {
    const state = { ...input.state, pending: null };
    const entries: LoggedEntry[] = [];
    for (const args of items) {
      const res = await input.tools.call('log_food', args);
      if (!res.outcome.ok) return { text: R.toolFailed('log that', res.outcome.error), state };
      entries.push(res.outcome.data?.entry as LoggedEntry);
    }
    let day: DailySummaryOut | null = null;
    if (input.tools.has('get_daily_summary') && entries[0]) {
      const s = await input.tools.call('get_daily_summary', { date: entries[0].date });
      if (s.outcome.ok) day = s.outcome.data?.summary as DailySummaryOut;
    }
    return { text: R.loggedItems(entries, day), state };
  }

  private async daily(
    tools: ToolRuntime,
    date: string | undefined,
    label: string,
    R: ReplyKit,
  ): Promise<string> {
    if (!tools.has('get_daily_summary')) return R.unavailable('The daily summary');
    const res = await tools.call('get_daily_summary', date ? { date } : {});
    return res.outcome.ok
      ? R.daily(res.outcome.data?.summary as DailySummaryOut, label)
      : R.toolFailed('build your summary', res.outcome.error);
  }

  private async targets(tools: ToolRuntime, R: ReplyKit): Promise<string> {
    if (!tools.has('get_targets')) return R.unavailable('Targets');
    const res = await tools.call('get_targets', {});
    return res.outcome.ok
      ? R.targets(res.outcome.data?.targets as TargetsOut)
      : R.toolFailed('compute your targets', res.outcome.error);
  }

  /** A profile statement: remember it, save it, set the goal it names, and report the targets. */
  private async profile(
    answers: import('../onboarding/onboarding.types').OnboardingAnswers,
    input: TurnInput,
    R: ReplyKit,
  ): Promise<string> {
    const { tools } = input;
    const { goal, checkinTime: _unused, ...profile } = answers;
    void _unused;
    const saved = await tools.call('save_profile', profile);
    if (!saved.outcome.ok) return R.toolFailed('save your profile', saved.outcome.error);
    const parts = [`Thanks, I have noted: ${String(saved.outcome.data?.summary ?? '')}.`];
    if (goal) {
      if (tools.has('set_goal')) {
        const g = await tools.call('set_goal', {
          direction: goal.direction,
          amountKg: goal.amountKg,
          targetDate: goal.by,
        });
        parts.push(
          g.outcome.ok ? `Goal set: ${describeGoal(goal)}.` : R.toolFailed('set your goal', g.outcome.error),
        );
      } else
        parts.push(
          `Your goal (${describeGoal(goal)}) is in my notes; goal tracking is not available on this server yet.`,
        );
    }
    if (tools.has('get_targets')) parts.push(await this.targets(tools, R));
    return parts.join(' ');
  }
}

export function describeGoal(g: { direction: string; amountKg?: number; by?: string }): string {
  if (g.direction === 'maintain') return 'maintain your weight';
  return `${g.direction} ${g.amountKg ?? ''}${g.amountKg ? ' kg' : 'weight'}${g.by ? ` by ${g.by}` : ''}`.replace(
    /\s+/g,
    ' ',
  );
}

/** Grams for a quantity ("150 g"), a serving count or counted pieces ("2 eggs"). */
function gramsOf(q: Quantity | null, count: number | null, pieceG: number): number {
  if (q && q.unit !== 'serving') return q.amount;
  return Math.round((q?.amount ?? count ?? 1) * pieceG);
}

function yesterday(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
}
