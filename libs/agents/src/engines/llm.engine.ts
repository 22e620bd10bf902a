import { Injectable, Logger } from '@nestjs/common';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { ToolRegistry } from '../tools/tool-registry.service';
import type { StoredToolCall } from '../conversations/message.entity';
import type { AgentEngine, ChatMessage, TurnInput, TurnOutput, TurnSink } from './engine.types';
import { LlmClientProvider } from './llm-client.provider';

const MAX_TOOL_ROUNDS = 6;
const MAX_TOOL_RESULT_CHARS = 6000;

export interface LlmTurnInput extends TurnInput {
  systemPrompt: string;
}

/** Chat completions with streaming and tool calling against any OpenAI-compatible endpoint. */
@Injectable()
export class LlmEngine implements AgentEngine {
  readonly kind = 'llm' as const;
  private readonly log = new Logger('LlmEngine');

  constructor(
    private readonly clients: LlmClientProvider,
    private readonly registry: ToolRegistry,
  ) {}

  available(input: Pick<TurnInput, 'agent'>): boolean {
    const resolved = this.clients.resolve(input.agent);
    return !!resolved && !this.clients.isDown(resolved.endpointKey);
  }

  async run(input: TurnInput, sink: TurnSink): Promise<TurnOutput> {
    const resolved = this.clients.resolve(input.agent);
    const base: TurnOutput = {
      text: '',
      produced: [],
      tokensIn: 0,
      tokensOut: 0,
      engine: 'llm',
      model: resolved?.model ?? null,
      state: input.state,
    };
    if (!resolved) return { ...base, fallbackReason: 'no model configured' };
    input.tools.engine = 'llm';
    const { client, model, endpointKey } = resolved;
    const tools = this.registry.definitions(input.tools.list().map((t) => t.name));
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: (input as LlmTurnInput).systemPrompt },
      ...input.history.map(toOpenAi),
      { role: 'user', content: input.userText },
    ];
    const out = { ...base, modelMs: 0 };
    let streamed = false;
    try {
      for (let round = 0; round <= MAX_TOOL_ROUNDS; round++) {
        const last = round === MAX_TOOL_ROUNDS;
        const t0 = performance.now();
        const stream = await client.chat.completions.create({
          model,
          messages,
          temperature: input.agent.temperature,
          max_tokens: input.agent.maxTokens,
          stream: true,
          stream_options: { include_usage: true },
          ...(tools.length && !last ? { tools, tool_choice: 'auto' as const } : {}),
        });
        let content = '';
        const calls = new Map<number, StoredToolCall>();
        for await (const chunk of stream) {
          if (chunk.usage) {
            out.tokensIn += chunk.usage.prompt_tokens ?? 0;
            out.tokensOut += chunk.usage.completion_tokens ?? 0;
          }
          const delta = chunk.choices?.[0]?.delta;
          if (!delta) continue;
          if (delta.content) {
            content += delta.content;
            streamed = true;
            sink.token(delta.content);
          }
          for (const tc of delta.tool_calls ?? []) {
            const acc = calls.get(tc.index) ?? { id: '', name: '', arguments: '' };
            if (tc.id) acc.id = tc.id;
            if (tc.function?.name) acc.name += tc.function.name;
            if (tc.function?.arguments) acc.arguments += tc.function.arguments;
            calls.set(tc.index, acc);
          }
        }
        out.modelMs += performance.now() - t0;
        out.text += content;
        if (!calls.size) break;
        const toolCalls = [...calls.values()].map((c, i) => ({ ...c, id: c.id || `call_${round}_${i}` }));
        const assistant: ChatMessage = { role: 'assistant', content, toolCalls };
        out.produced.push(assistant);
        messages.push(toOpenAi(assistant));
        for (const call of toolCalls) {
          const rec = await input.tools.call(call.name, call.arguments, call.id);
          const result: ChatMessage = {
            role: 'tool',
            content: JSON.stringify(rec.outcome).slice(0, MAX_TOOL_RESULT_CHARS),
            toolCallId: call.id,
            toolName: call.name,
          };
          out.produced.push(result);
          messages.push(toOpenAi(result));
        }
      }
      this.clients.markUp(endpointKey);
      return out;
    } catch (err) {
      const reason = describeFailure(err);
      this.log.warn(`model ${model} failed after retries: ${reason}`);
      this.clients.markDown(endpointKey);
      if (streamed) sink.reset('the model stopped mid-reply');
      return { ...out, text: '', fallbackReason: reason };
    }
  }
}

function toOpenAi(m: ChatMessage): ChatCompletionMessageParam {
  if (m.role === 'tool') return { role: 'tool', content: m.content, tool_call_id: m.toolCallId ?? '' };
  if (m.role === 'assistant' && m.toolCalls?.length) {
    return {
      role: 'assistant',
      content: m.content || null,
      tool_calls: m.toolCalls.map((c) => ({
        id: c.id,
        type: 'function' as const,
        function: { name: c.name, arguments: c.arguments },
      })),
    };
  }
  if (m.role === 'system') return { role: 'system', content: m.content };
  if (m.role === 'assistant') return { role: 'assistant', content: m.content };
  return { role: 'user', content: m.content };
}

function describeFailure(err: unknown): string {
  if (err instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (err instanceof OpenAI.APIConnectionError) return 'connection';
  if (err instanceof OpenAI.APIError)
    return err.status === 429 ? 'rate_limited' : `http_${err.status ?? 'error'}`;
  return 'stream_error';
}
