import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig, REDIS, conflict, notFound } from '@welness/platform';
import type Redis from 'ioredis';
import { AgentConfigService } from '../config/agent-config.service';
import type { AgentConfigEntity } from '../config/agent-config.entity';
import type { ChatMessage, TurnInput, TurnOutput, TurnSink } from '../engines/engine.types';
import { LlmEngine } from '../engines/llm.engine';
import { OfflineEngine } from '../engines/offline.engine';
import { buildSystemPrompt } from '../engines/prompt.builder';
import { summarise, trimHistory } from '../memory/context-window';
import { CoreMemoryService } from '../memory/core-memory.service';
import { AgentMetrics } from '../metrics/agent-metrics.service';
import { OnboardingService } from '../onboarding/onboarding.service';
import { DISCLAIMER, assessInput, assessOutput, redactForLog } from '../safety/safety.policy';
import { ungroundedNumbers } from '../safety/grounding';
import { ToolRegistry } from '../tools/tool-registry.service';
import { ToolRuntime } from '../tools/tool-runtime';
import { ConversationRepository } from './conversation.repository';
import { assistant, toChat, transcript } from './turn.transcript';
import type { AgentConversationEntity } from './conversation.entity';
import type { AgentMessageEntity } from './message.entity';

const HISTORY_MESSAGES = 60;
const TURN_LOCK_MS = 120_000;
const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export interface TurnResult {
  conversationId: string;
  userMessageId: string;
  message: AgentMessageEntity;
  engine: 'llm' | 'offline' | 'safety';
  safety: string;
  toolCalls: { id: string; name: string; ok: boolean; error?: string }[];
  /** Where the turn's time went; overhead = total − model (memory, prompt, tools, safety, persistence). */
  timing: {
    totalMs: number;
    modelMs: number;
    overheadMs: number;
    loadMs: number;
    toolMs: number;
    persistMs: number;
  };
}

export interface TurnOptions {
  timeZone?: string;
  now?: Date;
}

/**
 * One user message → one reply, the same for every channel: safety first, memory and history
 * into the prompt, the model (or the offline coach when there is none or it is down), safety
 * again on the output, then everything persisted in one transaction.
 */
@Injectable()
export class TurnService {
  private readonly log = new Logger('AgentTurn');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly repo: ConversationRepository,
    private readonly agents: AgentConfigService,
    private readonly memory: CoreMemoryService,
    private readonly registry: ToolRegistry,
    private readonly llm: LlmEngine,
    private readonly offline: OfflineEngine,
    private readonly onboarding: OnboardingService,
    private readonly metrics: AgentMetrics,
  ) {}

  /**
   * One turn at a time per conversation: a second message while the first is being answered
   * (a double-tapped "yes" to a proposal) would read the same state and could write twice.
   */
  async run(
    userId: string,
    conversationId: string,
    text: string,
    sink: TurnSink,
    opts: TurnOptions = {},
  ): Promise<TurnResult> {
    const started = performance.now();
    const key = `agent:turn:${conversationId}`;
    const token = randomUUID();
    // A Redis outage must not stop the coach; the turn then runs unlocked.
    const lock = this.redis.set(key, token, 'PX', TURN_LOCK_MS, 'NX').catch(() => 'OK');
    try {
      return await this.locked(lock, userId, conversationId, text, sink, opts, started);
    } finally {
      this.redis.eval(RELEASE, 1, key, token).catch(() => 0);
    }
  }

  private async locked(
    lock: Promise<string | null>,
    userId: string,
    conversationId: string,
    text: string,
    sink: TurnSink,
    opts: TurnOptions,
    started: number,
  ): Promise<TurnResult> {
    const now = opts.now ?? new Date();
    // Lock, the conversation with its recent history (one query) and core memory in parallel.
    const [locked, loaded, memoryValues] = await Promise.all([
      lock,
      this.repo.withRecent(userId, conversationId, HISTORY_MESSAGES),
      this.memory.values(userId),
    ]);
    if (!loaded) throw notFound('Conversation');
    if (locked !== 'OK')
      throw conflict('turn-in-progress', 'The coach is still answering your previous message.');
    const { conversation: conv, recent } = loaded;
    const agent = await this.agents.get(conv.agentId);
    if (!agent.enabled)
      throw conflict(
        'agent-disabled',
        'This coach has been switched off by an administrator; start a new conversation.',
      );
    const loadMs = performance.now() - started;
    const verdict = assessInput(text, agent.safetyPolicy);
    const memory = this.memory.blocks(memoryValues, agent.memoryBlocks, agent.persona);
    const trimmed = this.trim(recent, conv);
    const runtime = new ToolRuntime(this.registry.forAgent(agent), this.registry, sink, {
      userId,
      conversationId: conv.id,
      now,
      memoryBlocks: agent.memoryBlocks,
    });
    const input: TurnInput = {
      userId,
      conversationId: conv.id,
      agent,
      mode: conv.mode,
      userText: text,
      history: trimmed.kept,
      summary: trimmed.summary,
      memory,
      state: conv.state ?? {},
      tools: runtime,
      now,
    };

    let out: TurnOutput;
    let engine: TurnResult['engine'];
    let modelMs = 0;
    const meta: Record<string, unknown> = { safety: verdict.category };
    if (verdict.reply) {
      engine = 'safety';
      this.metrics.safety.inc({ category: verdict.category, stage: 'input' });
      this.log.log(`safety ${verdict.category}: ${redactForLog(text)}`);
      sink.token(verdict.reply);
      out = {
        text: verdict.reply,
        produced: [],
        tokensIn: 0,
        tokensOut: 0,
        engine: 'offline',
        model: null,
        state: { ...input.state, pending: null },
      };
    } else if (conv.mode === 'onboarding') {
      engine = 'offline';
      out = await this.onboarding.turn(input, sink);
    } else if (this.llm.available(input)) {
      const systemPrompt = buildSystemPrompt({
        agentName: agent.name,
        memory,
        summary: trimmed.summary,
        now,
        timeZone: opts.timeZone ?? 'UTC',
        mode: conv.mode,
        onboardingHint: null,
      });
      out = await this.llm.run({ ...input, systemPrompt } as TurnInput, sink);
      modelMs = out.modelMs ?? 0;
      engine = 'llm';
      if (out.fallbackReason) {
        this.metrics.modelFailures.inc({ agent: agent.slug, reason: out.fallbackReason });
        meta.fallback = out.fallbackReason;
        engine = 'offline';
        out = await this.fallback(input, runtime, sink, out);
      } else {
        out = this.checkOutput(out, agent, sink, meta, [
          text,
          ...memory.map((m) => m.value),
          ...runtime.calls.map((c) => JSON.stringify(c.outcome)),
        ]);
      }
    } else {
      engine = 'offline';
      out = await this.offline.run(input, sink);
    }
    if (verdict.disclaimer && agent.safetyPolicy.disclaimer && engine !== 'safety') {
      sink.token(`\n\n${DISCLAIMER}`);
      out = { ...out, text: `${out.text}\n\n${DISCLAIMER}` };
    }

    const totalBeforeSave = performance.now() - started;
    const messages = transcript(text, out, runtime, engine, Math.round(totalBeforeSave), meta);
    const modeAfter = conv.mode === 'onboarding' && out.state.onboarding?.completedAt ? 'chat' : conv.mode;
    const persistStarted = performance.now();
    const state = { ...out.state, summaryThroughSeq: trimmed.summaryThroughSeq };
    const [saved] = await Promise.all([
      this.repo.saveTurn(conv, state, trimmed.summary, messages, modeAfter),
      runtime.settled(),
    ]);
    const persistMs = performance.now() - persistStarted;
    const totalMs = performance.now() - started;
    this.count(agent, engine, out, totalMs);
    return {
      conversationId: conv.id,
      userMessageId: saved[0].id,
      message: saved[saved.length - 1],
      engine,
      safety: verdict.category,
      toolCalls: runtime.calls.map((c) => ({
        id: c.id,
        name: c.name,
        ok: c.outcome.ok,
        ...(c.outcome.error ? { error: c.outcome.error } : {}),
      })),
      timing: { totalMs, modelMs, overheadMs: totalMs - modelMs, loadMs, toolMs: runtime.toolMs, persistMs },
    };
  }

  /** A first assistant message (onboarding greeting, check-in) written without a user turn. */
  async post(
    conv: AgentConversationEntity,
    text: string,
    meta: Record<string, unknown>,
  ): Promise<AgentMessageEntity> {
    const [saved] = await this.repo.saveTurn(
      conv,
      conv.state,
      conv.summary,
      [assistant(text, 'offline', null, 0, 0, null, meta)],
      conv.mode,
    );
    return saved;
  }

  /**
   * History within the token budget; turns that no longer fit are folded into the rolling
   * summary once (the conversation remembers up to which message it has summarised).
   */
  private trim(
    recent: AgentMessageEntity[],
    conv: AgentConversationEntity,
  ): { kept: ChatMessage[]; summary: string | null; summaryThroughSeq: string | null } {
    const through = conv.state?.summaryThroughSeq ?? null;
    const { kept, dropped } = trimHistory(recent.map(toChat), this.config.AGENT_CONTEXT_TOKENS);
    const fresh = dropped.filter((m) => m.seq && (!through || BigInt(m.seq) > BigInt(through)));
    if (!fresh.length) return { kept, summary: conv.summary, summaryThroughSeq: through };
    return {
      kept,
      summary: summarise(fresh, conv.summary),
      summaryThroughSeq: fresh[fresh.length - 1].seq ?? through,
    };
  }

  /**
   * When the model stays down the offline coach answers — unless the model already changed
   * data this turn, in which case re-parsing the message could write twice; then the reply
   * reports what was done.
   */
  private async fallback(
    input: TurnInput,
    runtime: ToolRuntime,
    sink: TurnSink,
    failed: TurnOutput,
  ): Promise<TurnOutput> {
    const writes = runtime.calls.filter((c) => c.outcome.ok && runtime.isWrite(c.name));
    if (!writes.length)
      return {
        ...(await this.offline.run(input, sink)),
        tokensIn: failed.tokensIn,
        tokensOut: failed.tokensOut,
      };
    const text = `Done: ${writes.map((w) => w.name.replace(/_/g, ' ')).join(', ')}. My language model is unavailable right now, so I will keep my answers short; ask "how am I doing today?" for your totals.`;
    sink.token(text);
    return { ...failed, text, engine: 'offline', state: input.state };
  }

  private checkOutput(
    out: TurnOutput,
    agent: AgentConfigEntity,
    sink: TurnSink,
    meta: Record<string, unknown>,
    sources: string[],
  ): TurnOutput {
    const verdict = assessOutput(out.text, agent.safetyPolicy);
    if (verdict.reply) {
      this.metrics.safety.inc({ category: verdict.category, stage: 'output' });
      meta.outputSafety = verdict.category;
      sink.reset('the reply was replaced by the safety policy');
      sink.token(verdict.reply);
      return { ...out, text: verdict.reply };
    }
    const ungrounded = ungroundedNumbers(out.text, sources);
    if (ungrounded.length) meta.ungroundedNumbers = ungrounded.slice(0, 20);
    return out;
  }

  private count(agent: AgentConfigEntity, engine: string, out: TurnOutput, totalMs: number): void {
    const model = out.model ?? 'offline';
    this.metrics.turns.inc({ agent: agent.slug, engine, outcome: 'ok' });
    this.metrics.turnSeconds.observe({ agent: agent.slug, engine }, totalMs / 1000);
    if (out.tokensIn) this.metrics.tokens.inc({ agent: agent.slug, model, direction: 'in' }, out.tokensIn);
    if (out.tokensOut) this.metrics.tokens.inc({ agent: agent.slug, model, direction: 'out' }, out.tokensOut);
  }
}
