import type { ChatMessage, TurnOutput } from '../engines/engine.types';
import type { ToolRuntime } from '../tools/tool-runtime';
import type { NewMessage } from './conversation.repository';
import type { AgentMessageEntity } from './message.entity';

/**
 * The messages one turn stores, in order: the user's message, the tool calls and results
 * (the model's own rounds, or the offline coach's calls as one round), then the reply.
 */
export function transcript(
  text: string,
  out: TurnOutput,
  runtime: ToolRuntime,
  engine: string,
  latencyMs: number,
  meta: Record<string, unknown>,
): NewMessage[] {
  const msgs: NewMessage[] = [{ ...blank(), role: 'user', content: text }];
  const produced: ChatMessage[] = out.produced.length
    ? out.produced
    : runtime.calls.length
      ? [
          {
            role: 'assistant',
            content: '',
            toolCalls: runtime.calls.map((c) => ({ id: c.id, name: c.name, arguments: c.arguments })),
          },
          ...runtime.calls.map((c): ChatMessage => ({
            role: 'tool',
            content: JSON.stringify(c.outcome).slice(0, 6000),
            toolCallId: c.id,
            toolName: c.name,
          })),
        ]
      : [];
  for (const p of produced) {
    msgs.push({
      ...blank(),
      role: p.role,
      content: p.content,
      toolCalls: p.toolCalls ?? null,
      toolCallId: p.toolCallId ?? null,
      toolName: p.toolName ?? null,
      engine: engine.slice(0, 10),
    });
  }
  msgs.push(assistant(out.text, engine, out.model, out.tokensIn, out.tokensOut, latencyMs, meta));
  return msgs;
}

function blank(): NewMessage {
  return {
    role: 'user',
    content: '',
    toolCalls: null,
    toolCallId: null,
    toolName: null,
    engine: null,
    model: null,
    tokensIn: 0,
    tokensOut: 0,
    latencyMs: null,
    meta: {},
  };
}

export function assistant(
  content: string,
  engine: string,
  model: string | null,
  tokensIn: number,
  tokensOut: number,
  latencyMs: number | null,
  meta: Record<string, unknown>,
): NewMessage {
  return {
    ...blank(),
    role: 'assistant',
    content,
    engine: engine.slice(0, 10),
    model,
    tokensIn,
    tokensOut,
    latencyMs,
    meta,
  };
}

export function toChat(m: AgentMessageEntity): ChatMessage {
  return {
    seq: m.seq,
    role: m.role,
    content: m.content,
    ...(m.toolCalls ? { toolCalls: m.toolCalls } : {}),
    ...(m.toolCallId ? { toolCallId: m.toolCallId } : {}),
    ...(m.toolName ? { toolName: m.toolName } : {}),
  };
}
