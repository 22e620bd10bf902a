import { Injectable } from '@nestjs/common';
import { conflict, notFound } from '@welness/platform';
import { AgentConfigService } from '../config/agent-config.service';
import { AgentMetrics } from '../metrics/agent-metrics.service';
import { emptyOnboarding } from '../onboarding/onboarding.machine';
import { OnboardingService } from '../onboarding/onboarding.service';
import { ConversationRepository, Page } from './conversation.repository';
import { AgentConversationEntity, ConversationMode } from './conversation.entity';
import type { AgentFeedbackEntity } from './feedback.entity';
import { FeedbackRepository } from './feedback.repository';
import type { AgentMessageEntity } from './message.entity';
import { TurnService } from './turn.service';

export interface CreatedConversation {
  conversation: AgentConversationEntity;
  messages: AgentMessageEntity[];
}

/** Conversations of one user: create, list, read, feedback. Channel-agnostic (web, Telegram). */
@Injectable()
export class ConversationService {
  constructor(
    private readonly repo: ConversationRepository,
    private readonly agents: AgentConfigService,
    private readonly turns: TurnService,
    private readonly onboarding: OnboardingService,
    private readonly metrics: AgentMetrics,
    private readonly feedbackRepo: FeedbackRepository,
  ) {}

  async create(
    userId: string,
    opts: { mode?: ConversationMode; agentId?: string; title?: string; channel?: string },
  ): Promise<CreatedConversation> {
    const agent = opts.agentId ? await this.agents.get(opts.agentId) : await this.agents.getDefault();
    if (!agent.enabled) throw conflict('agent-disabled', 'This agent is disabled.');
    const mode = opts.mode ?? 'chat';
    const state = mode === 'onboarding' ? { onboarding: emptyOnboarding() } : {};
    const conversation = await this.repo.create(
      userId,
      agent.id,
      mode,
      opts.channel ?? 'web',
      opts.title ?? null,
      state,
    );
    const messages =
      mode === 'onboarding'
        ? [await this.turns.post(conversation, this.onboarding.firstMessage(), { kind: 'onboarding-start' })]
        : [];
    return { conversation: (await this.repo.findOwned(userId, conversation.id)) ?? conversation, messages };
  }

  /** The channel's most recent conversation, or a new one (bots keep one running thread). */
  async latestOrCreate(userId: string, channel: string): Promise<AgentConversationEntity> {
    const page = await this.repo.list(userId, 20, null);
    const existing = page.items.find((c) => c.channel === channel && c.mode === 'chat');
    return existing ?? (await this.create(userId, { channel })).conversation;
  }

  list(userId: string, limit: number, cursor: string | null): Promise<Page<AgentConversationEntity>> {
    return this.repo.list(userId, limit, cursor);
  }

  async get(userId: string, id: string): Promise<AgentConversationEntity> {
    const c = await this.repo.findOwned(userId, id);
    if (!c) throw notFound('Conversation');
    return c;
  }

  async messages(
    userId: string,
    id: string,
    limit: number,
    cursor: string | null,
  ): Promise<Page<AgentMessageEntity>> {
    await this.get(userId, id);
    return this.repo.page(id, limit, cursor);
  }

  async feedback(
    userId: string,
    messageId: string,
    rating: 1 | -1,
    comment: string | null,
  ): Promise<AgentFeedbackEntity> {
    const msg = await this.repo.findMessage(userId, messageId);
    if (!msg || msg.role !== 'assistant') throw notFound('Message');
    const conv = await this.get(userId, msg.conversationId);
    await this.feedbackRepo.upsert({ messageId, userId, agentId: conv.agentId, rating, comment });
    const agent = await this.agents.get(conv.agentId);
    this.metrics.feedback.inc({ agent: agent.slug, rating: rating > 0 ? 'up' : 'down' });
    return (await this.feedbackRepo.find(messageId))!;
  }
}
