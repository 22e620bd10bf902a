export { AgentsModule, agentsDatabase } from './agents.module';
export { ConversationService } from './conversations/conversation.service';
export { TurnService } from './conversations/turn.service';
export { NullSink } from './conversations/sse.sink';
export type { TurnSink } from './engines/engine.types';
export { CoreMemoryService } from './memory/core-memory.service';
export { CheckinService } from './checkins/checkin.service';
