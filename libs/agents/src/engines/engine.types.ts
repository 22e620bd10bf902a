import type { AgentConfigEntity } from '../config/agent-config.entity';
import type { ConversationMode } from '../conversations/conversation.entity';
import type { ConversationState } from '../conversations/conversation.types';
import type { StoredToolCall } from '../conversations/message.entity';
import type { CoreMemoryBlock } from '../memory/core-memory.types';
import type { ToolRuntime } from '../tools/tool-runtime';
import type { EngineKind, TurnSink } from './turn-sink';

export type { EngineKind, TurnSink } from './turn-sink';

export interface ChatMessage {
  /** Stored order, for messages loaded from the conversation. */
  seq?: string;
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  toolCalls?: StoredToolCall[];
  toolCallId?: string;
  toolName?: string;
}

/** Everything an engine needs for one turn; built by the turn service, identical for both engines. */
export interface TurnInput {
  userId: string;
  conversationId: string;
  agent: AgentConfigEntity;
  mode: ConversationMode;
  userText: string;
  history: ChatMessage[];
  summary: string | null;
  memory: CoreMemoryBlock[];
  state: ConversationState;
  tools: ToolRuntime;
  now: Date;
}

export interface TurnOutput {
  text: string;
  /** Assistant tool-call messages and tool results produced before the final text, in order. */
  produced: ChatMessage[];
  tokensIn: number;
  tokensOut: number;
  engine: EngineKind;
  model: string | null;
  state: ConversationState;
  /** Time spent waiting on the model (request to last chunk), so agent overhead can be told apart. */
  modelMs?: number;
  /** Set by the LLM engine when it gave up on the model; the caller runs the offline engine. */
  fallbackReason?: string;
}

export interface AgentEngine {
  readonly kind: EngineKind;
  run(input: TurnInput, sink: TurnSink): Promise<TurnOutput>;
}
