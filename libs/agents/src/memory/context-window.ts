import type { ChatMessage } from '../engines/engine.types';

/** A rough token estimate (≈4 characters per token for English) that never needs a tokenizer download. */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4) + 4;

const messageTokens = (m: ChatMessage): number =>
  estimateTokens(m.content) +
  (m.toolCalls?.reduce((n, c) => n + estimateTokens(c.name + c.arguments), 0) ?? 0);

export interface TrimmedHistory {
  kept: ChatMessage[];
  dropped: ChatMessage[];
  /** Extractive summary of the dropped turns, or null when nothing was dropped. */
  summary: string | null;
}

/**
 * Keeps the newest whole turns (a user message and everything after it up to the next one)
 * that fit the budget, so a tool result is never separated from the call that asked for it.
 */
export function trimHistory(
  history: ChatMessage[],
  budgetTokens: number,
  previousSummary: string | null = null,
): TrimmedHistory {
  const turns: ChatMessage[][] = [];
  for (const m of history) {
    if (m.role === 'user' || !turns.length) turns.push([m]);
    else turns[turns.length - 1].push(m);
  }
  let used = 0;
  let firstKept = turns.length;
  for (let i = turns.length - 1; i >= 0; i--) {
    const cost = turns[i].reduce((n, m) => n + messageTokens(m), 0);
    if (used + cost > budgetTokens) break;
    used += cost;
    firstKept = i;
  }
  const dropped = turns.slice(0, firstKept).flat();
  const kept = turns.slice(firstKept).flat();
  return { kept, dropped, summary: dropped.length ? summarise(dropped, previousSummary) : previousSummary };
}

/** One line per dropped exchange: what the user said and how the coach answered, clipped. */
export function summarise(dropped: ChatMessage[], previous: string | null, maxChars = 1200): string {
  const lines: string[] = previous ? [previous] : [];
  for (const m of dropped) {
    if (m.role === 'user') lines.push(`- User: ${clip(m.content, 140)}`);
    else if (m.role === 'assistant' && m.content && !m.toolCalls?.length)
      lines.push(`  Coach: ${clip(m.content, 100)}`);
  }
  const text = lines.join('\n');
  return text.length > maxChars ? `…${text.slice(text.length - maxChars)}` : text;
}

const clip = (s: string, n: number): string =>
  (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
