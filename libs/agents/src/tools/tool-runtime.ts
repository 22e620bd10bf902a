import { randomUUID } from 'node:crypto';
import type { EngineKind, TurnSink } from '../engines/turn-sink';
import type { ToolContext, ToolOutcome, ToolSpec } from './tool.types';

export type ToolCallContext = ToolContext;

export interface ToolExecutor {
  execute(
    spec: ToolSpec | undefined,
    name: string,
    args: unknown,
    ctx: ToolCallContext,
  ): Promise<ToolOutcome>;
  /** Audits a call that never reached a tool (e.g. malformed JSON from a model). */
  reject(name: string, args: unknown, error: string, ctx: ToolCallContext): Promise<ToolOutcome>;
}

export interface ToolCallRecord {
  id: string;
  name: string;
  arguments: string;
  outcome: ToolOutcome;
}

/**
 * The tools of one turn, bound to the conversation's owner and the sink: every call is
 * streamed (tool_call, tool_result), validated, audited and counted the same way whichever
 * engine makes it.
 */
export class ToolRuntime {
  readonly calls: ToolCallRecord[] = [];
  engine: EngineKind = 'offline';
  private readonly audits: Promise<void>[] = [];
  /** Wall time spent inside tools this turn. */
  toolMs = 0;

  constructor(
    private readonly specs: Map<string, ToolSpec>,
    private readonly executor: ToolExecutor,
    private readonly sink: TurnSink,
    private readonly base: Omit<ToolContext, 'engine'>,
  ) {}

  has(name: string): boolean {
    return this.specs.has(name);
  }

  list(): ToolSpec[] {
    return [...this.specs.values()];
  }

  isWrite(name: string): boolean {
    return this.specs.get(name)?.write ?? false;
  }

  /** `rawArgs` may be a JSON string straight from a model; malformed JSON is a tool error, not a crash. */
  async call(
    name: string,
    rawArgs: unknown,
    id: string = `call_${randomUUID().slice(0, 12)}`,
  ): Promise<ToolCallRecord> {
    const argsText = typeof rawArgs === 'string' ? rawArgs : JSON.stringify(rawArgs ?? {});
    this.sink.toolCall({ id, name, arguments: argsText });
    const ctx: ToolCallContext = { ...this.base, engine: this.engine, audits: this.audits };
    const started = performance.now();
    const parsed = parseArgs(rawArgs);
    const outcome: ToolOutcome =
      parsed === MALFORMED
        ? await this.executor.reject(
            name,
            { malformed: argsText.slice(0, 500) },
            'arguments are not valid JSON',
            ctx,
          )
        : await this.executor.execute(this.specs.get(name), name, parsed, ctx);
    this.toolMs += performance.now() - started;
    this.sink.toolResult({ id, name, ok: outcome.ok, data: outcome.data, error: outcome.error });
    const record = { id, name, arguments: argsText, outcome };
    this.calls.push(record);
    return record;
  }

  /** Resolves when every audit record of this turn is written. */
  async settled(): Promise<void> {
    await Promise.all(this.audits);
  }

  get errorCount(): number {
    return this.calls.filter((c) => !c.outcome.ok).length;
  }
}

const MALFORMED = Symbol('malformed');

function parseArgs(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw ?? {};
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return MALFORMED;
  }
}
