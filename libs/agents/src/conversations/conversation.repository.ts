import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, decodeCursor, encodeCursor } from '@welness/platform';
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

@Injectable()
export class ConversationRepository {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
    @InjectRepository(AgentConversationEntity)
    private readonly conversations: Repository<AgentConversationEntity>,
    @InjectRepository(AgentMessageEntity) private readonly messages: Repository<AgentMessageEntity>,
  ) {}

  create(
    userId: string,
    agentId: string,
    mode: ConversationMode,
    channel: string,
    title: string | null,
    state: ConversationState,
  ): Promise<AgentConversationEntity> {
    return this.conversations.save(
      this.conversations.create({
        userId,
        agentId,
        mode,
        channel,
        title,
        state,
        summary: null,
        messageCount: 0,
      }),
    );
  }

  findOwned(userId: string, id: string): Promise<AgentConversationEntity | null> {
    return this.conversations.findOne({ where: { id, userId } });
  }

  async list(userId: string, limit: number, cursor: string | null): Promise<Page<AgentConversationEntity>> {
    const qb = this.conversations.createQueryBuilder('c').where('c.user_id = :userId', { userId });
    if (cursor) {
      const [at, id] = decodeCursor(cursor, ['timestamp', 'uuid']);
      qb.andWhere('(c.updated_at, c.id) < (:at, :id)', { at, id });
    }
    const rows = await qb
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor: rows.length > limit && last ? encodeCursor(last.updatedAt, last.id) : null,
    };
  }

  async page(
    conversationId: string,
    limit: number,
    cursor: string | null,
  ): Promise<Page<AgentMessageEntity>> {
    const qb = this.messages
      .createQueryBuilder('m')
      .where('m.conversation_id = :conversationId', { conversationId });
    if (cursor) qb.andWhere('m.seq > :seq', { seq: decodeCursor(cursor, ['int'])[0] });
    const rows = await qb
      .orderBy('m.seq', 'ASC')
      .take(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].seq) : null };
  }

  /**
   * The conversation (if the user owns it) with its newest `limit` messages, oldest first, in
   * one round trip: what every turn reads before it starts.
   */
  async withRecent(
    userId: string,
    id: string,
    limit: number,
  ): Promise<{ conversation: AgentConversationEntity; recent: AgentMessageEntity[] } | null> {
    const rows = (await this.ds.query(
      `SELECT c.id, c.user_id, c.agent_id, c.mode, c.channel, c.title, c.summary, c.state, c.message_count, c.created_at, c.updated_at,
              coalesce((SELECT json_agg(m ORDER BY m.seq) FROM (
                 SELECT id, seq, role, content, tool_calls, tool_call_id, tool_name, engine, model, tokens_in, tokens_out, latency_ms, meta, created_at
                   FROM agent_message WHERE conversation_id = c.id ORDER BY seq DESC LIMIT $3) m), '[]'::json) AS recent
         FROM agent_conversation c WHERE c.id = $1 AND c.user_id = $2`,
      [id, userId, limit],
    )) as (ConversationRow & { recent: MessageRow[] })[];
    const row = rows[0];
    if (!row) return null;
    const conversation = Object.assign(new AgentConversationEntity(), {
      id: row.id,
      userId: row.user_id,
      agentId: row.agent_id,
      mode: row.mode,
      channel: row.channel,
      title: row.title,
      summary: row.summary,
      state: row.state,
      messageCount: row.message_count,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
    });
    return { conversation, recent: row.recent.map((m) => fromRow(m, conversation)) };
  }

  findMessage(userId: string, id: string): Promise<AgentMessageEntity | null> {
    return this.messages.findOne({ where: { id, userId } });
  }

  /** The user's first message whose meta contains `meta` (e.g. a check-in already posted for a day). */
  findMessageByMeta(userId: string, meta: Record<string, string>): Promise<AgentMessageEntity | null> {
    return this.messages
      .createQueryBuilder('m')
      .where('m.user_id = :userId AND m.meta @> :meta::jsonb', { userId, meta: JSON.stringify(meta) })
      .orderBy('m.seq', 'ASC')
      .getOne();
  }

  /**
   * One turn lands all at once (user message, tool calls and results, reply, new state) or
   * not at all, so a failure never leaves a half-written conversation. A single statement is
   * atomic on its own and costs one round trip instead of a BEGIN/…/COMMIT sequence. With
   * AGENT_ASYNC_COMMIT its commit does not wait for the WAL flush (set_config is local to the
   * statement's own transaction, so no other query on the connection is affected).
   */
  async saveTurn(
    conv: AgentConversationEntity,
    state: ConversationState,
    summary: string | null,
    messages: NewMessage[],
    mode: ConversationMode = conv.mode,
  ): Promise<AgentMessageEntity[]> {
    const rows = (await this.ds.query(
      `WITH input AS (
         SELECT e->>'role' AS role, e->>'content' AS content, nullif(e->'tool_calls', 'null'::jsonb) AS tool_calls,
                e->>'tool_call_id' AS tool_call_id, e->>'tool_name' AS tool_name, e->>'engine' AS engine, e->>'model' AS model,
                (e->>'tokens_in')::int AS tokens_in, (e->>'tokens_out')::int AS tokens_out, (e->>'latency_ms')::int AS latency_ms,
                nullif(e->'meta', 'null'::jsonb) AS meta, ord
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, ord)
       ),
       ins AS (
         INSERT INTO agent_message (conversation_id, user_id, role, content, tool_calls, tool_call_id, tool_name, engine, model, tokens_in, tokens_out, latency_ms, meta)
         SELECT $2, $3, role, content, tool_calls, tool_call_id, tool_name, engine, model, tokens_in, tokens_out, latency_ms, coalesce(meta, '{}')
           FROM input ORDER BY ord
         RETURNING id, seq, role, content, tool_calls, tool_call_id, tool_name, engine, model, tokens_in, tokens_out, latency_ms, meta, created_at
       ),
       upd AS (
         UPDATE agent_conversation SET state = $4, summary = $5, mode = $6, message_count = message_count + $7, updated_at = now()
          WHERE id = $2 RETURNING id
       )
       SELECT ins.* FROM ins, upd${this.config.AGENT_ASYNC_COMMIT ? `, (SELECT set_config('synchronous_commit', 'off', true)) commit_mode` : ''} ORDER BY ins.seq`,
      [
        JSON.stringify(messages.map(toRow)),
        conv.id,
        conv.userId,
        JSON.stringify(state),
        summary,
        mode,
        messages.length,
      ],
    )) as MessageRow[];
    if (rows.length !== messages.length)
      throw new Error(`conversation ${conv.id} vanished while saving a turn`);
    return rows.map((r) => fromRow(r, conv));
  }

  async exportFor(
    userId: string,
  ): Promise<{ conversations: AgentConversationEntity[]; messages: AgentMessageEntity[] }> {
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

interface ConversationRow {
  id: string;
  user_id: string;
  agent_id: string;
  mode: ConversationMode;
  channel: string;
  title: string | null;
  summary: string | null;
  state: ConversationState;
  message_count: number;
  created_at: string;
  updated_at: string;
}

interface MessageRow {
  id: string;
  seq: string;
  role: AgentMessageEntity['role'];
  content: string;
  tool_calls: AgentMessageEntity['toolCalls'];
  tool_call_id: string | null;
  tool_name: string | null;
  engine: string | null;
  model: string | null;
  tokens_in: number;
  tokens_out: number;
  latency_ms: number | null;
  meta: Record<string, unknown>;
  created_at: Date | string;
}

const toRow = (m: NewMessage) => ({
  role: m.role,
  content: m.content,
  tool_calls: m.toolCalls,
  tool_call_id: m.toolCallId,
  tool_name: m.toolName,
  engine: m.engine,
  model: m.model,
  tokens_in: m.tokensIn,
  tokens_out: m.tokensOut,
  latency_ms: m.latencyMs,
  meta: m.meta,
});

function fromRow(r: MessageRow, conv: AgentConversationEntity): AgentMessageEntity {
  return Object.assign(new AgentMessageEntity(), {
    id: r.id,
    seq: String(r.seq),
    conversationId: conv.id,
    userId: conv.userId,
    role: r.role,
    content: r.content,
    toolCalls: r.tool_calls,
    toolCallId: r.tool_call_id,
    toolName: r.tool_name,
    engine: r.engine,
    model: r.model,
    tokensIn: r.tokens_in,
    tokensOut: r.tokens_out,
    latencyMs: r.latency_ms,
    meta: r.meta,
    createdAt: new Date(r.created_at),
  });
}
