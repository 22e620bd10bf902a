// Deliberately wrong: a type-only cycle (engine.types → tool-runtime → engine.types).
import type { ToolRuntime } from './tool-runtime';

export type EngineKind = 'llm' | 'offline';
export interface TurnInput {
  tools: ToolRuntime;
}
