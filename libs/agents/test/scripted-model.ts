import type { FakeChatRequest, FakeReply } from '@welness/testing';

/**
 * A stand-in for a real model in the scripted conversation: it picks tool calls from the
 * user's words and writes its reply from the tool results it was sent back (as a well-behaved
 * model does), so every number it says comes from a tool.
 */
export function scriptedCoachModel(opts: { goalDate: string; barcode: string }) {
  return (req: FakeChatRequest): FakeReply => {
    const last = req.messages[req.messages.length - 1];
    if (last.role === 'tool') {
      const results = req.messages
        .slice(req.messages.map((m) => m.role).lastIndexOf('assistant') + 1)
        .map(
          (m) =>
            JSON.parse(m.content ?? '{}') as {
              ok: boolean;
              data?: Record<string, Record<string, number | null>>;
            },
        );
      const failed = results.find((r) => !r.ok);
      if (failed) return { kind: 'text', text: `Something went wrong: ${JSON.stringify(failed)}` };
      const data = Object.assign({}, ...results.map((r) => r.data ?? {})) as Record<
        string,
        Record<string, unknown>
      >;
      if (data.targets) {
        const t = data.targets as Record<string, number>;
        return {
          kind: 'text',
          text: `All set. Your daily targets: ${Math.round(t.energyKcal)} kcal, ${Math.round(t.proteinG)} g protein, ${Math.round(t.carbsG)} g carbs, ${Math.round(t.fatG)} g fat.`,
        };
      }
      if (data.entry) {
        const e = data.entry as Record<string, number | string>;
        return {
          kind: 'text',
          text: `Logged ${e.name} for ${e.meal}: ${Math.round(Number(e.energyKcal))} kcal.`,
        };
      }
      if (data.summary) {
        const s = data.summary as { energy: Record<string, number>; protein: { consumed: number } };
        return {
          kind: 'text',
          text: `Today: ${Math.round(s.energy.consumedKcal)} of ${Math.round(s.energy.targetKcal)} kcal eaten, ${Math.round(s.energy.remainingKcal)} kcal left, ${Math.round(s.protein.consumed)} g protein.`,
        };
      }
      return { kind: 'text', text: 'Done.' };
    }
    const text = String(last.content ?? '');
    if (/I'm 34/.test(text)) {
      return {
        kind: 'tool_calls',
        calls: [
          {
            name: 'save_profile',
            arguments: {
              age: 34,
              sex: 'male',
              heightCm: 178,
              weightKg: 80,
              activity: 'moderate',
              diet: 'vegetarian',
              allergies: ['peanuts'],
            },
          },
          { name: 'set_goal', arguments: { direction: 'lose', amountKg: 5, targetDate: opts.goalDate } },
          { name: 'get_targets', arguments: {} },
        ],
      };
    }
    if (/^log 2 servings/.test(text)) {
      return {
        kind: 'tool_calls',
        calls: [
          {
            name: 'log_food',
            arguments: { barcode: opts.barcode, quantity: 2, unit: 'serving', meal: 'breakfast' },
          },
        ],
      };
    }
    if (/how am I doing/i.test(text))
      return { kind: 'tool_calls', calls: [{ name: 'get_daily_summary', arguments: {} }] };
    return { kind: 'text', text: 'How can I help?' };
  };
}
