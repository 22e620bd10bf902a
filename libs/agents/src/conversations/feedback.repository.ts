import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgentFeedbackEntity } from './feedback.entity';

/** Thumbs up/down on assistant messages, one per message. */
@Injectable()
export class FeedbackRepository {
  constructor(
    @InjectRepository(AgentFeedbackEntity) private readonly feedback: Repository<AgentFeedbackEntity>,
  ) {}

  /** Records (or replaces) the rating of a message. */
  async upsert(
    row: Pick<AgentFeedbackEntity, 'messageId' | 'userId' | 'agentId' | 'rating' | 'comment'>,
  ): Promise<void> {
    await this.feedback.upsert(row, ['messageId']);
  }

  find(messageId: string): Promise<AgentFeedbackEntity | null> {
    return this.feedback.findOne({ where: { messageId } });
  }
}
