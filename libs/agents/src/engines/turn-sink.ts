import type { StoredToolCall } from '../conversations/message.entity';

/**
 * The two leaf types both engines and tools use. They live apart from engine.types so the
 * tool runtime can name them without importing the engine contract (which names the runtime).
 */
export type EngineKind = 'llm' | 'offline';

/** Where an engine streams what happens; the channel (JSON, SSE, Telegram) decides what to do with it. */
export interface TurnSink {
  token(text: string): void;
  toolCall(call: StoredToolCall): void;
  toolResult(result: { id: string; name: string; ok: boolean; data?: unknown; error?: string }): void;
  /** Text already streamed is void (the model failed mid-reply and another engine takes over). */
  reset(reason: string): void;
}
