import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy } from '@welness/platform';
import { LlmClientProvider } from '../engines/llm-client.provider';
import { ToolRegistry } from '../tools/tool-registry.service';
import {
  AgentConfigDto,
  AgentConfigListDto,
  AgentStatsDto,
  CreateAgentConfigDto,
  UpdateAgentConfigDto,
} from './agent-config.dto';
import type { AgentConfigEntity } from './agent-config.entity';
import { AgentConfigService } from './agent-config.service';

@ApiTags('admin-agents')
@ApiBearerAuth('bearer')
@Controller('admin/agents')
export class AgentConfigController {
  constructor(
    private readonly agents: AgentConfigService,
    private readonly clients: LlmClientProvider,
    private readonly tools: ToolRegistry,
  ) {}

  private dto(a: AgentConfigEntity): AgentConfigDto {
    return AgentConfigDto.from(a, this.clients.resolve(a) ? 'llm' : 'offline', this.tools.names());
  }

  @Get()
  @Policy('admin')
  @ApiOkResponse({ type: AgentConfigListDto })
  async list(): Promise<AgentConfigListDto> {
    return { items: (await this.agents.list()).map((a) => this.dto(a)) };
  }

  @Post()
  @Policy('admin')
  @ApiCreatedResponse({ type: AgentConfigDto })
  async create(
    @CurrentUser() admin: AuthenticatedUser,
    @Body() dto: CreateAgentConfigDto,
  ): Promise<AgentConfigDto> {
    return this.dto(await this.agents.create(dto, admin.id));
  }

  @Get(':id')
  @Policy('admin')
  @ApiOkResponse({ type: AgentConfigDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<AgentConfigDto> {
    return this.dto(await this.agents.get(id));
  }

  @Patch(':id')
  @Policy('admin')
  @ApiOkResponse({ type: AgentConfigDto })
  async update(
    @CurrentUser() admin: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateAgentConfigDto,
  ): Promise<AgentConfigDto> {
    return this.dto(await this.agents.update(id, dto, admin.id));
  }

  @Get(':id/stats')
  @Policy('admin')
  @ApiOkResponse({ type: AgentStatsDto })
  stats(@Param('id', new ParseUUIDPipe()) id: string): Promise<AgentStatsDto> {
    return this.agents.stats(id);
  }
}
