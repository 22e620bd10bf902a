import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { AgentConfigEntity } from './agent-config.entity';

export class MemoryBlockDefinitionDto {
  @ApiProperty({ example: 'human' }) @IsString() @Matches(/^[a-z][a-z0-9_]{0,39}$/) label: string;
  @ApiProperty({ example: 2000, description: 'character limit' })
  @IsInt()
  @Min(100)
  @Max(20000)
  limit: number;
  @ApiProperty({ example: 'Facts about the user' }) @IsString() @Length(1, 300) description: string;
}

export class SafetyPolicyDto {
  @ApiProperty({ example: 800, description: 'requests below this daily energy get the safe reply' })
  @IsInt()
  @Min(800)
  @Max(2000)
  minDailyKcal: number;
  @ApiProperty({ example: 1, description: 'requests to lose faster than this get the safe reply' })
  @IsNumber()
  @Min(0.25)
  @Max(1)
  maxLossKgPerWeek: number;
  @ApiProperty({ description: 'append a short "not medical advice" note to health replies' })
  @IsBoolean()
  disclaimer: boolean;
}

export class UpdateAgentConfigDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 4000, description: 'the system prompt' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  persona?: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'http://127.0.0.1:11434/v1',
    description: 'OpenAI-compatible base URL; null: server default',
  })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  baseUrl?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'llama3.1:8b', minLength: 1, maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  model?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'name of a key in AGENT_LLM_API_KEYS' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,60}$/)
  apiKeyRef?: string | null;
  @ApiPropertyOptional({ example: 0.4, minimum: 0, maximum: 2 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(2)
  temperature?: number;
  @ApiPropertyOptional({ example: 600, minimum: 16, maximum: 8192 })
  @IsOptional()
  @IsInt()
  @Min(16)
  @Max(8192)
  maxTokens?: number;
  @ApiPropertyOptional({ type: [String], description: 'tool names; empty: all tools' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  enabledTools?: string[];
  @ApiPropertyOptional({ type: [MemoryBlockDefinitionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MemoryBlockDefinitionDto)
  memoryBlocks?: MemoryBlockDefinitionDto[];
  @ApiPropertyOptional({ type: SafetyPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SafetyPolicyDto)
  safetyPolicy?: SafetyPolicyDto;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiPropertyOptional({ description: 'make this the agent new conversations use' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}

// Not `extends UpdateAgentConfigDto`: the parent's @IsOptional() would stay on name and persona
// (class-validator merges inherited rules), letting a create without them reach NOT NULL columns.
export class CreateAgentConfigDto extends OmitType(UpdateAgentConfigDto, ['name', 'persona'] as const) {
  @ApiProperty({ example: 'strict-coach' }) @IsString() @Matches(/^[a-z0-9-]{2,60}$/) slug: string;
  @ApiProperty() @IsString() @Length(1, 120) name: string;
  @ApiProperty() @IsString() @Length(1, 4000) persona: string;
}

export class AgentConfigDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() persona: string;
  @ApiProperty({ type: String, nullable: true }) baseUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) model: string | null;
  @ApiProperty({ type: String, nullable: true }) apiKeyRef: string | null;
  @ApiProperty() temperature: number;
  @ApiProperty() maxTokens: number;
  @ApiProperty({ type: [String] }) enabledTools: string[];
  @ApiProperty({ type: [MemoryBlockDefinitionDto] }) memoryBlocks: MemoryBlockDefinitionDto[];
  @ApiProperty({ type: SafetyPolicyDto }) safetyPolicy: SafetyPolicyDto;
  @ApiProperty() isDefault: boolean;
  @ApiProperty() enabled: boolean;
  @ApiProperty({
    enum: ['llm', 'offline'],
    description: 'engine turns use now (offline when no model is configured)',
  })
  engine: 'llm' | 'offline';
  @ApiProperty({ type: [String], description: 'tools registered on this server' }) availableTools: string[];

  static from(a: AgentConfigEntity, engine: 'llm' | 'offline', availableTools: string[]): AgentConfigDto {
    return {
      id: a.id,
      slug: a.slug,
      name: a.name,
      persona: a.persona,
      baseUrl: a.baseUrl,
      model: a.model,
      apiKeyRef: a.apiKeyRef,
      temperature: a.temperature,
      maxTokens: a.maxTokens,
      enabledTools: a.enabledTools,
      memoryBlocks: a.memoryBlocks,
      safetyPolicy: a.safetyPolicy,
      isDefault: a.isDefault,
      enabled: a.enabled,
      engine,
      availableTools,
    };
  }
}

export class AgentConfigListDto {
  @ApiProperty({ type: [AgentConfigDto] }) items: AgentConfigDto[];
}

export class AgentStatsDto {
  @ApiProperty() conversations: number;
  @ApiProperty() assistantMessages: number;
  @ApiProperty() tokensIn: number;
  @ApiProperty() tokensOut: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'replies by engine',
    example: { offline: 12, llm: 30 },
  })
  byEngine: Record<string, number>;
  @ApiProperty() toolCalls: number;
  @ApiProperty() toolErrors: number;
  @ApiProperty() thumbsUp: number;
  @ApiProperty() thumbsDown: number;
  @ApiProperty({ type: Number, nullable: true, description: 'median reply latency in ms' }) medianLatencyMs:
    number | null;
}
