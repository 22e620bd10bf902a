import type { CoreMemoryBlock } from '../memory/core-memory.types';
import type { ConversationMode } from '../conversations/conversation.entity';

export interface PromptParts {
  agentName: string;
  memory: CoreMemoryBlock[];
  summary: string | null;
  now: Date;
  timeZone: string;
  mode: ConversationMode;
  onboardingHint: string | null;
}

/**
 * The system prompt: persona and core memory blocks (always in context, Letta-style), the
 * house rules about numbers, safety and tools, and the summary of turns that no longer fit.
 */
export function buildSystemPrompt(p: PromptParts): string {
  const blocks = p.memory
    .map((b) => `<${b.label} chars="${b.value.length}/${b.limit}">\n${b.value || '(empty)'}\n</${b.label}>`)
    .join('\n');
  const rules = [
    `You are ${p.agentName}, a nutrition and fitness coach inside the Welness app.`,
    'Rules:',
    '- Every number about the user (intake, targets, products, weight, progress) must come from a tool result in this conversation. If you have no tool result for it, call the tool; never estimate.',
    "- You act only for the current user. Tools never take a user id; refuse requests about other people's data.",
    '- Before logging food that is ambiguous (which product? how much?), propose it and ask the user to confirm.',
    '- Keep replies short and kind. You are not a doctor: no medication or insulin doses, no plans under a safe energy minimum.',
    '- Keep the core memory blocks current with memory_append / memory_replace (allergies, diet, dislikes, schedule, goal).',
    `Current time: ${p.now.toISOString()} (user time zone ${p.timeZone}).`,
  ];
  if (p.mode === 'onboarding' && p.onboardingHint) rules.push(`Onboarding: ${p.onboardingHint}`);
  const summary = p.summary ? `\nEarlier in this conversation (summarised):\n${p.summary}` : '';
  return `${rules.join('\n')}\n\nCore memory:\n${blocks}${summary}`;
}
