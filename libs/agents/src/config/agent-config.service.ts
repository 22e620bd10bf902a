import { Injectable } from '@nestjs/common';
import { AuditService } from '@welness/identity';
import { conflict, notFound } from '@welness/platform';
import { CORE_BLOCK_LABELS } from '../memory/core-memory.types';
import type { AgentConfigEntity } from './agent-config.entity';
import { AgentConfigRepository } from './agent-config.repository';
import type { AgentStatsDto, CreateAgentConfigDto, UpdateAgentConfigDto } from './agent-config.dto';

/** Agent configurations: the admin API edits them; turns read them (cached briefly per process). */
@Injectable()
export class AgentConfigService {
  private cache = new Map<string, { at: number; agent: AgentConfigEntity }>();

  constructor(
    private readonly repo: AgentConfigRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<AgentConfigEntity[]> {
    return this.repo.list();
  }

  async get(id: string): Promise<AgentConfigEntity> {
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.at < 5000) return hit.agent;
    const agent = await this.repo.findById(id);
    if (!agent) throw notFound('Agent');
    this.cache.set(id, { at: Date.now(), agent });
    return agent;
  }

  async getDefault(): Promise<AgentConfigEntity> {
    const agent = await this.repo.findDefault();
    if (!agent) throw notFound('Default agent');
    return agent;
  }

  /** `adminId`: who made the change, for the audit log (omitted for seeding and tests). */
  async create(dto: CreateAgentConfigDto, adminId?: string): Promise<AgentConfigEntity> {
    if (await this.repo.slugExists(dto.slug))
      throw conflict('agent-slug-taken', `An agent with slug "${dto.slug}" exists.`);
    const base = await this.getDefault();
    const agent = this.repo.build({
      slug: dto.slug,
      name: dto.name,
      persona: dto.persona,
      baseUrl: dto.baseUrl ?? null,
      model: dto.model ?? null,
      apiKeyRef: dto.apiKeyRef ?? null,
      temperature: dto.temperature ?? 0.4,
      maxTokens: dto.maxTokens ?? 600,
      enabledTools: dto.enabledTools ?? [],
      memoryBlocks: dto.memoryBlocks ?? base.memoryBlocks,
      safetyPolicy: dto.safetyPolicy ?? base.safetyPolicy,
      isDefault: false,
      enabled: dto.enabled ?? true,
    });
    this.checkBlocks(agent);
    const saved = await this.repo.insert(agent);
    if (adminId) await this.recordChange(adminId, 'admin.agent_created', saved, Object.keys(dto));
    return dto.isDefault ? this.update(saved.id, { isDefault: true }) : saved;
  }

  async update(id: string, dto: UpdateAgentConfigDto, adminId?: string): Promise<AgentConfigEntity> {
    const agent = await this.repo.findById(id);
    if (!agent) throw notFound('Agent');
    const changed = (Object.keys(dto) as (keyof UpdateAgentConfigDto)[]).filter(
      (k) => JSON.stringify(dto[k]) !== JSON.stringify(agent[k]),
    );
    const { isDefault, ...rest } = dto;
    Object.assign(agent, rest);
    this.checkBlocks(agent);
    if (agent.isDefault && (isDefault === false || agent.enabled === false)) {
      throw conflict('agent-default-required', 'Make another agent the default first.');
    }
    await this.repo.save(agent, isDefault === true);
    this.cache.clear();
    if (adminId && changed.length) await this.recordChange(adminId, 'admin.agent_updated', agent, changed);
    return agent;
  }

  /** Which fields changed, and the new temperature and model (no prompt text: it can be long). */
  private recordChange(adminId: string, action: string, agent: AgentConfigEntity, fields: string[]) {
    return this.audit.record({
      subjectUserId: null,
      actorUserId: adminId,
      action,
      detail: {
        agentId: agent.id,
        slug: agent.slug,
        fields,
        temperature: agent.temperature,
        model: agent.model,
      },
    });
  }

  async stats(id: string): Promise<AgentStatsDto> {
    await this.get(id);
    const { messages: m, engines, tools, feedback: fb } = await this.repo.usage(id);
    return {
      conversations: m.conversations,
      assistantMessages: m.replies,
      tokensIn: m.tin,
      tokensOut: m.tout,
      byEngine: Object.fromEntries(engines.map((e) => [e.engine, e.n])),
      toolCalls: tools.calls,
      toolErrors: tools.errors,
      thumbsUp: fb.up,
      thumbsDown: fb.down,
      medianLatencyMs: m.p50 === null ? null : Math.round(Number(m.p50)),
    };
  }

  /** The three core blocks must exist: prompts, onboarding and memory tools rely on them. */
  private checkBlocks(agent: AgentConfigEntity): void {
    const labels = new Set(agent.memoryBlocks.map((b) => b.label));
    const missing = CORE_BLOCK_LABELS.filter((l) => !labels.has(l));
    if (missing.length)
      throw conflict('agent-memory-blocks', `Memory blocks must include ${missing.join(', ')}.`);
    if (labels.size !== agent.memoryBlocks.length)
      throw conflict('agent-memory-blocks', 'Memory block labels must be unique.');
  }
}
