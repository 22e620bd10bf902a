import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, DeepPartial, Repository } from 'typeorm';
import { AgentConfigEntity } from './agent-config.entity';

/** Raw usage figures of one agent, as the statistics queries return them. */
export interface AgentUsageRows {
  messages: { replies: number; tin: number; tout: number; conversations: number; p50: number | null };
  engines: { engine: string; n: number }[];
  tools: { calls: number; errors: number };
  feedback: { up: number; down: number };
}

@Injectable()
export class AgentConfigRepository {
  constructor(
    @InjectRepository(AgentConfigEntity) private readonly repo: Repository<AgentConfigEntity>,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  list(): Promise<AgentConfigEntity[]> {
    return this.repo.find({ order: { isDefault: 'DESC', name: 'ASC' } });
  }

  findById(id: string): Promise<AgentConfigEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  findDefault(): Promise<AgentConfigEntity | null> {
    return this.repo.findOne({ where: { isDefault: true } });
  }

  slugExists(slug: string): Promise<boolean> {
    return this.repo.exists({ where: { slug } });
  }

  /** An unsaved entity with the columns' defaults applied. */
  build(fields: DeepPartial<AgentConfigEntity>): AgentConfigEntity {
    return this.repo.create(fields);
  }

  insert(agent: AgentConfigEntity): Promise<AgentConfigEntity> {
    return this.repo.save(agent);
  }

  /** Saves the agent; when it becomes the default, the previous default stops being one (one transaction). */
  async save(agent: AgentConfigEntity, becomeDefault: boolean): Promise<void> {
    await this.ds.transaction(async (em) => {
      if (becomeDefault && !agent.isDefault) {
        await em.getRepository(AgentConfigEntity).update({ isDefault: true }, { isDefault: false });
        agent.isDefault = true;
      }
      await em.getRepository(AgentConfigEntity).save(agent);
    });
  }

  /** Replies, tokens, engines, tool calls and feedback of an agent's conversations. */
  async usage(id: string): Promise<AgentUsageRows> {
    const [messages] = (await this.ds.query(
      `SELECT count(*) FILTER (WHERE m.role = 'assistant' AND m.tool_calls IS NULL)::int AS replies,
              coalesce(sum(m.tokens_in), 0)::int AS tin, coalesce(sum(m.tokens_out), 0)::int AS tout,
              count(DISTINCT c.id)::int AS conversations,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY m.latency_ms) FILTER (WHERE m.latency_ms IS NOT NULL) AS p50
         FROM agent_conversation c LEFT JOIN agent_message m ON m.conversation_id = c.id WHERE c.agent_id = $1`,
      [id],
    )) as AgentUsageRows['messages'][];
    const engines = (await this.ds.query(
      `SELECT m.engine, count(*)::int AS n FROM agent_message m JOIN agent_conversation c ON c.id = m.conversation_id
        WHERE c.agent_id = $1 AND m.role = 'assistant' AND m.tool_calls IS NULL AND m.engine IS NOT NULL GROUP BY m.engine`,
      [id],
    )) as AgentUsageRows['engines'];
    const [tools] = (await this.ds.query(
      `SELECT count(*)::int AS calls, count(*) FILTER (WHERE NOT a.ok)::int AS errors
         FROM agent_tool_audit a JOIN agent_conversation c ON c.id = a.conversation_id WHERE c.agent_id = $1`,
      [id],
    )) as AgentUsageRows['tools'][];
    const [feedback] = (await this.ds.query(
      `SELECT count(*) FILTER (WHERE rating = 1)::int AS up, count(*) FILTER (WHERE rating = -1)::int AS down FROM agent_feedback WHERE agent_id = $1`,
      [id],
    )) as AgentUsageRows['feedback'][];
    return { messages, engines, tools, feedback };
  }
}
