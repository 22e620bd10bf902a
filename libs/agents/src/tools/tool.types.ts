import type { z } from 'zod';
import type { MemoryBlockDefinition } from '../config/agent-config.entity';
import type { EngineKind } from '../engines/turn-sink';

export interface ToolContext {
  userId: string;
  conversationId: string | null;
  engine: EngineKind;
  now: Date;
  /** The agent's memory block definitions (labels and limits). */
  memoryBlocks: MemoryBlockDefinition[];
  /** Audit writes of this turn still in flight (awaited with the turn's persistence). */
  audits?: Promise<void>[];
}

export type ToolData = Record<string, unknown>;

/**
 * One capability the agent may use. Arguments are a zod schema: the same object validates
 * what a model sends and yields the JSON schema the model is shown. Tools never take a user
 * id: they always act as the conversation's owner, so no prompt can reach another user's data.
 */
export interface ToolSpec<A = unknown> {
  name: string;
  description: string;
  args: z.ZodType<A>;
  /** Writes change the user's data; ambiguous writes are proposed before they run. */
  write: boolean;
  run(args: A, ctx: ToolContext): Promise<ToolData>;
}

export interface ToolOutcome {
  ok: boolean;
  data?: ToolData;
  error?: string;
}

/** Thrown by a tool for an expected failure whose message is safe to show the model and user. */
export class ToolError extends Error {}

export interface ToolProvider {
  tools(): ToolSpec[];
}

export const defineTool = <A>(spec: ToolSpec<A>): ToolSpec => spec as unknown as ToolSpec;
