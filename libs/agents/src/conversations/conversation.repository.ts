import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AgentConversationEntity, ConversationMode } from './conversation.entity';
import type { ConversationState } from './conversation.types';
import { AgentMessageEntity } from './message.entity';

export type NewMessage = Omit<AgentMessageEntity, 'id' | 'seq' | 'createdAt' | 'conversationId' | 'userId'>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const encode = (v: string) => Buffer.from(v).toString('base64url');
const decode = (v: string) => Buffer.from(v, 'base64url').toString();

@Injectable()
export class ConversationRepository {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectRepository(AgentConversationEntity) private readonly conversations: Repository<AgentConversationEntity>,
    @InjectRepository(AgentMessageEntity) private readonly messages: Repository<AgentMessageEntity>,
  ) {}

  create(userId: string, agentId: string, mode: ConversationMode, channel: string, title: string | null, state: ConversationState): Promise<AgentConversationEntity> {
    return this.conversations.save(this.conversations.create({ userId, agentId, mode, channel, title, state, summary: null, messageCount: 0 }));
  }

  findOwned(userId: string, id: string): Promise<AgentConversationEntity | null> {
    return this.conversations.findOne({ where: { id, userId } });
  }

  async list(userId: string, limit: number, cursor: string | null): Promise<Page<AgentConversationEntity>> {
    const qb = this.conversations.createQueryBuilder('c').where('c.user_id = :userId', { userId });
    if (cursor) {
      const [at, id] = decode(cursor).split('|');
      qb.andWhere('(c.updated_at, c.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.orderBy('c.updated_at', 'DESC').addOrderBy('c.id', 'DESC').take(limit + 1).getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encode(`${last.updatedAt.toISOString()}|${last.id}`) : null };
  }

  async page(conversationId: string, limit: number, cursor: string | null): Promise<Page<AgentMessageEntity>> {
    const qb = this.messages.createQueryBuilder('m').where('m.conversation_id = :conversationId', { conversationId });
    if (cursor) qb.andWhere('m.seq > :seq', { seq: decode(cursor) });
    const rows = await qb.orderBy('m.seq', 'ASC').take(limit + 1).getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encode(items[items.length - 1].seq) : null };
  }

  /** The newest `limit` messages, oldest first. */
  async recent(conversationId: string, limit: number): Promise<AgentMessageEntity[]> {
    const rows = await this.messages.find({ where: { conversationId }, order: { seq: 'DESC' }, take: limit });
    return rows.reverse();
  }

  findMessage(userId: string, id: string): Promise<AgentMessageEntity | null> {
    return this.messages.findOne({ where: { id, userId } });
  }

  /**
   * One turn lands all at once (user message, tool calls and results, reply, new state) or
   * not at all, so a failure never leaves a half-written conversation.
   */
  async saveTurn(
    conv: AgentConversationEntity,
    state: ConversationState,
    summary: string | null,
    messages: NewMessage[],
    mode: ConversationMode = conv.mode,
  ): Promise<AgentMessageEntity[]> {
    return this.ds.transaction(async (em) => {
      const saved = await em.getRepository(AgentMessageEntity).save(
        messages.map((m) => em.getRepository(AgentMessageEntity).create({ ...m, conversationId: conv.id, userId: conv.userId })),
      );
      await em.getRepository(AgentConversationEntity).update(
        { id: conv.id },
        { state, summary, mode, messageCount: () => `message_count + ${messages.length}`, updatedAt: new Date() } as never,
      );
      return saved;
    });
  }

  async exportFor(userId: string): Promise<{ conversations: AgentConversationEntity[]; messages: AgentMessageEntity[] }> {
    return {
      conversations: await this.conversations.find({ where: { userId } }),
      messages: await this.messages.find({ where: { userId }, order: { seq: 'ASC' } }),
    };
  }

  async eraseFor(userId: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.query(`DELETE FROM agent_feedback WHERE user_id = $1`, [userId]);
      await em.query(`DELETE FROM agent_tool_audit WHERE user_id = $1`, [userId]);
      await em.query(`DELETE FROM agent_checkin_schedule WHERE user_id = $1`, [userId]);
      await em.query(`DELETE FROM agent_conversation WHERE user_id = $1`, [userId]);
    });
  }
}
