// The other half of the type-only cycle.
import type { EngineKind } from './engine.types';

export interface ToolRuntime {
  engine: EngineKind;
}
