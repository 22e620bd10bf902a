import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import type { AgentConfigEntity } from '../config/agent-config.entity';
import { AgentMetrics } from '../metrics/agent-metrics.service';
import { ToolAuditRepository } from './tool-audit.repository';
import type { ToolCallContext, ToolExecutor } from './tool-runtime';
import { ToolError, ToolOutcome, ToolProvider, ToolSpec } from './tool.types';

export interface OpenAiToolDefinition {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/**
 * Every tool the agent can use, with validation, audit and metrics around each call. Tool
 * providers register here at module init; a tool backed by another module exists only once
 * that module's service does.
 */
@Injectable()
export class ToolRegistry implements ToolExecutor {
  private readonly log = new Logger('ToolRegistry');
  private readonly specs = new Map<string, ToolSpec>();
  private readonly schemas = new Map<string, OpenAiToolDefinition>();

  constructor(
    private readonly audit: ToolAuditRepository,
    private readonly metrics: AgentMetrics,
  ) {}

  register(provider: ToolProvider): void {
    for (const spec of provider.tools()) {
      if (this.specs.has(spec.name)) throw new Error(`agent tool ${spec.name} registered twice`);
      this.specs.set(spec.name, spec);
      const parameters = z.toJSONSchema(spec.args, { io: 'input' }) as Record<string, unknown>;
      delete parameters.$schema;
      this.schemas.set(spec.name, {
        type: 'function',
        function: { name: spec.name, description: spec.description, parameters },
      });
    }
  }

  names(): string[] {
    return [...this.specs.keys()];
  }

  /** The agent's enabled tools (all registered ones when its list is empty). */
  forAgent(agent: Pick<AgentConfigEntity, 'enabledTools'>): Map<string, ToolSpec> {
    const allowed = agent.enabledTools.length ? new Set(agent.enabledTools) : null;
    return new Map([...this.specs].filter(([name]) => !allowed || allowed.has(name)));
  }

  definitions(names: Iterable<string>): OpenAiToolDefinition[] {
    return [...names].map((n) => this.schemas.get(n)).filter((d): d is OpenAiToolDefinition => !!d);
  }

  async execute(
    spec: ToolSpec | undefined,
    name: string,
    args: unknown,
    ctx: ToolCallContext,
  ): Promise<ToolOutcome> {
    if (!spec) return this.reject(name, args, `unknown tool ${name}`, ctx);
    const parsed = spec.args.safeParse(args);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ');
      return this.reject(name, args, `invalid arguments: ${detail}`, ctx);
    }
    const started = performance.now();
    let outcome: ToolOutcome;
    try {
      outcome = { ok: true, data: await spec.run(parsed.data, { ...ctx }) };
    } catch (err) {
      // Expected failures carry a user-safe message; anything else is logged and summarised.
      if (!(err instanceof ToolError)) this.log.warn(`tool ${name} failed: ${(err as Error).message}`);
      outcome = { ok: false, error: err instanceof ToolError ? err.message : 'the tool failed unexpectedly' };
    }
    await this.audited(ctx, this.record(name, parsed.data, outcome, performance.now() - started, ctx));
    return outcome;
  }

  async reject(name: string, args: unknown, error: string, ctx: ToolCallContext): Promise<ToolOutcome> {
    const outcome = { ok: false, error };
    await this.audited(ctx, this.record(name, args, outcome, 0, ctx));
    return outcome;
  }

  /**
   * A turn collects its audit writes and awaits them beside its own persistence, so the audit
   * round trip is off the tool's critical path; outside a turn the write is awaited here.
   */
  private async audited(ctx: ToolCallContext, write: Promise<void>): Promise<void> {
    const guarded = write.catch((err: Error) => this.log.error(`tool audit write failed: ${err.message}`));
    if (ctx.audits) ctx.audits.push(guarded);
    else await guarded;
  }

  private async record(
    name: string,
    args: unknown,
    outcome: ToolOutcome,
    ms: number,
    ctx: ToolCallContext,
  ): Promise<void> {
    this.metrics.toolCalls.inc({ tool: name.slice(0, 60), outcome: outcome.ok ? 'ok' : 'error' });
    await this.audit.insert({
      userId: ctx.userId,
      conversationId: ctx.conversationId,
      tool: name.slice(0, 60),
      args: (args ?? {}) as object,
      ok: outcome.ok,
      error: outcome.error ?? null,
      durationMs: Math.round(ms),
      engine: ctx.engine,
    });
  }
}
