export { AgentsModule, agentsDatabase } from './agents.module';
export { ConversationService } from './conversations/conversation.service';
export { TurnService, type TurnResult } from './conversations/turn.service';
export { NullSink } from './conversations/sse.sink';
export type { TurnSink } from './engines/engine.types';
export { AgentConfigService } from './config/agent-config.service';
export { CoreMemoryService } from './memory/core-memory.service';
export { RecallService } from './memory/recall.service';
export { assessInput, assessOutput, type SafetyCategory, type SafetyVerdict } from './safety/safety.policy';
