import { Injectable } from '@nestjs/common';
import { UsersService } from '@welness/identity';
import type { TurnInput, TurnOutput, TurnSink } from '../engines/engine.types';
import { describeGoal } from '../engines/offline.engine';
import { replies } from '../engines/offline-replies';
import type { TargetsOut } from '../tools/tool-outputs';
import { QUESTIONS, advance, emptyOnboarding, question } from './onboarding.machine';
import type { OnboardingAnswers } from './onboarding.types';

export const ONBOARDING_GREETING =
  "Welcome! I'm your coach. A few quick questions and I will set up your targets; you can answer several at once " +
  '(for example "I\'m 34, male, 178 cm, 80 kg, moderately active, vegetarian, allergic to peanuts, I want to lose 5 kg by June").';

/**
 * The onboarding interview as a conversation mode. It is deterministic so it behaves the same
 * whichever engine the agent uses, and it writes through the same tools as chat does.
 */
@Injectable()
export class OnboardingService {
  constructor(private readonly users: UsersService) {}

  firstMessage(): string {
    return `${ONBOARDING_GREETING}\n\n${QUESTIONS.goal}`;
  }

  async turn(input: TurnInput, sink: TurnSink): Promise<TurnOutput> {
    const current = input.state.onboarding ?? emptyOnboarding();
    // Heights and weights are asked for, and bare numbers read, in the person's units.
    const units = (await this.users.findSummary(input.userId))?.unitSystem ?? 'metric';
    const step = advance(current, input.userText, input.now, units);
    let text: string;
    if (step.next) {
      const ack = step.filled.length
        ? 'Got it. '
        : step.rejected.length
          ? 'That does not look right, could you check it? '
          : '';
      text = `${ack}${question(step.next, units)}`;
    } else {
      text = await this.complete(step.state.answers, input);
    }
    sink.token(text);
    return {
      text,
      produced: [],
      tokensIn: 0,
      tokensOut: 0,
      engine: 'offline',
      model: null,
      state: { ...input.state, onboarding: step.state },
    };
  }

  private async complete(a: OnboardingAnswers, input: TurnInput): Promise<string> {
    const { tools } = input;
    const { goal, checkinTime, ...profile } = a;
    const lines: string[] = [];
    const saved = await tools.call('save_profile', profile);
    lines.push(
      saved.outcome.ok
        ? `All set! I noted: ${String(saved.outcome.data?.summary)}.`
        : replies.toolFailed('save your profile', saved.outcome.error),
    );
    if (goal) {
      if (tools.has('set_goal')) {
        const g = await tools.call('set_goal', {
          direction: goal.direction,
          amountKg: goal.amountKg,
          targetDate: goal.by,
        });
        lines.push(
          g.outcome.ok
            ? `Goal: ${describeGoal(goal)}.`
            : replies.toolFailed('set your goal', g.outcome.error),
        );
      } else {
        await tools.call('memory_append', { label: 'human', text: `Goal: ${describeGoal(goal)}` });
        lines.push(`Goal noted: ${describeGoal(goal)}.`);
      }
    }
    if (checkinTime && checkinTime !== 'none' && tools.has('schedule_checkins')) {
      const c = await tools.call('schedule_checkins', { dailyTime: checkinTime });
      if (c.outcome.ok) lines.push(`I will check in daily at ${checkinTime}.`);
    }
    if (tools.has('get_targets')) {
      const t = await tools.call('get_targets', {});
      if (t.outcome.ok) lines.push(replies.targets(t.outcome.data?.targets as TargetsOut));
    }
    lines.push('Ask me anything, log a meal, or type "help".');
    return lines.join(' ');
  }
}
