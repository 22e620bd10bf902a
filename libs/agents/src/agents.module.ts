import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivitiesModule } from '@welness/activities';
import { FactsModule } from '@welness/facts';
import { GoalsModule } from '@welness/goals';
import { IdentityModule } from '@welness/identity';
import { MealsModule } from '@welness/meals';
import { ProgressModule } from '@welness/progress';
import { DatabaseRegistration, PrivacyRegistry } from '@welness/platform';
import { AgentConfigController } from './config/agent-config.controller';
import { AgentConfigEntity } from './config/agent-config.entity';
import { AgentConfigRepository } from './config/agent-config.repository';
import { AgentConfigService } from './config/agent-config.service';
import { ConversationController } from './conversations/conversation.controller';
import { AgentConversationEntity } from './conversations/conversation.entity';
import { ConversationRepository } from './conversations/conversation.repository';
import { ConversationService } from './conversations/conversation.service';
import { AgentFeedbackEntity } from './conversations/feedback.entity';
import { FeedbackRepository } from './conversations/feedback.repository';
import { AgentMessageEntity } from './conversations/message.entity';
import { TurnService } from './conversations/turn.service';
import { LlmClientProvider } from './engines/llm-client.provider';
import { LlmEngine } from './engines/llm.engine';
import { OfflineEngine } from './engines/offline.engine';
import { ARCHIVAL_STORE, type ArchivalStore, PostgresArchivalStore } from './memory/archival.store';
import { AgentArchivalNoteEntity } from './memory/archival-note.entity';
import { CoreMemoryService } from './memory/core-memory.service';
import { MemoryBlockRepository } from './memory/memory-block.repository';
import { AgentMemoryBlockEntity } from './memory/memory-block.entity';
import { MemoryTools } from './memory/memory.tools';
import { RecallRepository } from './memory/recall.repository';
import { RecallService } from './memory/recall.service';
import { AgentMetrics } from './metrics/agent-metrics.service';
import { AgentsInit1763790000000 } from './migrations/1763790000000-agents-init';
import { AgentsMessageTsv1763800000000 } from './migrations/1763800000000-agents-message-tsv';
import { OnboardingService } from './onboarding/onboarding.service';
import { ProfileTools } from './onboarding/profile.tools';
import { ProfileWriter } from './onboarding/profile.writer';
import { AgentToolAuditEntity } from './tools/tool-audit.entity';
import { ActivitiesTools } from './tools/activities.tools';
import { FactsTools } from './tools/facts.tools';
import { GoalsTools } from './tools/goals.tools';
import { MealsTools } from './tools/meals.tools';
import { ToolAuditRepository } from './tools/tool-audit.repository';
import { ToolRegistry } from './tools/tool-registry.service';
import { AgentCheckinScheduleEntity } from './checkins/checkin-schedule.entity';
import { CheckinController } from './checkins/checkin.controller';
import { CheckinScheduleRepository } from './checkins/checkin-schedule.repository';
import { CheckinService } from './checkins/checkin.service';
import { CheckinTools } from './checkins/checkin.tools';

const entities = [
  AgentConfigEntity,
  AgentConversationEntity,
  AgentMessageEntity,
  AgentFeedbackEntity,
  AgentMemoryBlockEntity,
  AgentArchivalNoteEntity,
  AgentToolAuditEntity,
  AgentCheckinScheduleEntity,
];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const agentsDatabase: DatabaseRegistration = {
  entities,
  migrations: [AgentsInit1763790000000, AgentsMessageTsv1763800000000],
};

@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    IdentityModule,
    FactsModule,
    GoalsModule,
    MealsModule,
    ProgressModule,
    ActivitiesModule,
  ],
  controllers: [ConversationController, AgentConfigController, CheckinController],
  providers: [
    AgentMetrics,
    AgentConfigRepository,
    AgentConfigService,
    ConversationRepository,
    FeedbackRepository,
    ConversationService,
    TurnService,
    LlmClientProvider,
    LlmEngine,
    OfflineEngine,
    MemoryBlockRepository,
    CoreMemoryService,
    RecallRepository,
    RecallService,
    { provide: ARCHIVAL_STORE, useClass: PostgresArchivalStore },
    MemoryTools,
    ProfileWriter,
    ProfileTools,
    OnboardingService,
    ToolAuditRepository,
    ToolRegistry,
    GoalsTools,
    MealsTools,
    ActivitiesTools,
    FactsTools,
    CheckinScheduleRepository,
    CheckinService,
    CheckinTools,
  ],
  exports: [
    ConversationService,
    TurnService,
    AgentConfigService,
    CoreMemoryService,
    RecallService,
    CheckinService,
  ],
})
export class AgentsModule implements OnModuleInit {
  constructor(
    private readonly registry: ToolRegistry,
    private readonly memoryTools: MemoryTools,
    private readonly profileTools: ProfileTools,
    private readonly goalsTools: GoalsTools,
    private readonly mealsTools: MealsTools,
    private readonly activitiesTools: ActivitiesTools,
    private readonly factsTools: FactsTools,
    private readonly checkinTools: CheckinTools,
    private readonly checkins: CheckinService,
    private readonly privacy: PrivacyRegistry,
    private readonly conversations: ConversationRepository,
    private readonly core: CoreMemoryService,
    @Inject(ARCHIVAL_STORE) private readonly archival: ArchivalStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.memoryTools);
    this.registry.register(this.profileTools);
    this.registry.register(this.goalsTools);
    this.registry.register(this.mealsTools);
    this.registry.register(this.activitiesTools);
    this.registry.register(this.factsTools);
    this.registry.register(this.checkinTools);
    this.privacy.register({
      module: 'agents',
      export: async (userId) => ({
        ...(await this.conversations.exportFor(userId)),
        memory: await this.core.export(userId),
      }),
      erase: async (userId) => {
        await this.checkins.cancelAll(userId);
        await this.conversations.eraseFor(userId);
        await this.core.erase(userId);
        await this.archival.erase(userId);
      },
    });
  }
}
