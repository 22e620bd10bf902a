import { PageLimit } from '@welness/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { AgentConversationEntity } from './conversation.entity';
import type { AgentMessageEntity, StoredToolCall } from './message.entity';

export class CreateConversationDto {
  @ApiPropertyOptional({ enum: ['chat', 'onboarding'], default: 'chat' })
  @IsOptional()
  @IsIn(['chat', 'onboarding'])
  mode?: 'chat' | 'onboarding';
  @ApiPropertyOptional({ format: 'uuid', description: 'agent to talk to; default: the default agent' })
  @IsOptional()
  @IsUUID()
  agentId?: string;
  @ApiPropertyOptional({ example: 'Weekend plans' }) @IsOptional() @IsString() @Length(1, 200) title?: string;
}

export class SendMessageDto {
  @ApiProperty({ example: 'log 2 servings of 3017620422003 for breakfast' })
  @IsString()
  @Length(1, 4000)
  text: string;
}

export class ListQueryDto {
  @PageLimit()
  limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) cursor?: string;
}

export class FeedbackDto {
  @ApiProperty({ enum: [1, -1], description: '1 = thumbs up, -1 = thumbs down' })
  @Type(() => Number)
  @IsIn([1, -1])
  rating: 1 | -1;
  @ApiPropertyOptional({ example: 'Great suggestion' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export class ToolCallDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'JSON arguments' }) arguments: string;
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['user', 'assistant', 'tool', 'system'] }) role: string;
  @ApiProperty() content: string;
  @ApiProperty({ type: [ToolCallDto], nullable: true }) toolCalls: StoredToolCall[] | null;
  @ApiProperty({ type: String, nullable: true }) toolName: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['llm', 'offline', 'safety'] }) engine: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(m: AgentMessageEntity): MessageDto {
    return {
      id: m.id,
      role: m.role,
      content: m.content,
      toolCalls: m.toolCalls,
      toolName: m.toolName,
      engine: m.engine,
      createdAt: m.createdAt.toISOString(),
    };
  }
}

export class OnboardingStatusDto {
  @ApiProperty({ type: String, nullable: true, description: 'the field the interview asks about next' })
  asking: string | null;
  @ApiProperty({ type: [String] }) answered: string[];
  @ApiProperty() complete: boolean;
}

export class ConversationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agentId: string;
  @ApiProperty({ enum: ['chat', 'onboarding'] }) mode: string;
  @ApiProperty() channel: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty() messageCount: number;
  @ApiProperty({ type: OnboardingStatusDto, nullable: true }) onboarding: OnboardingStatusDto | null;
  @ApiProperty({ type: Object, nullable: true, description: 'a write waiting for confirmation' }) pending: {
    tool: string;
    options: string[];
  } | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(c: AgentConversationEntity): ConversationDto {
    const ob = c.state?.onboarding;
    const pending = c.state?.pending;
    return {
      id: c.id,
      agentId: c.agentId,
      mode: c.mode,
      channel: c.channel,
      title: c.title,
      messageCount: c.messageCount,
      onboarding: ob
        ? { asking: ob.asking, answered: Object.keys(ob.answers), complete: !!ob.completedAt }
        : null,
      pending: pending ? { tool: pending.tool, options: pending.options.map((o) => o.label) } : null,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

export class CreatedConversationDto extends ConversationDto {
  @ApiProperty({ type: [MessageDto], description: 'messages the agent opened with (onboarding greeting)' })
  messages: MessageDto[];
}

export class ConversationListDto {
  @ApiProperty({ type: [ConversationDto] }) items: ConversationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class MessageListDto {
  @ApiProperty({ type: [MessageDto] }) items: MessageDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ToolCallSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() ok: boolean;
  @ApiPropertyOptional() error?: string;
}

export class TurnReplyDto {
  @ApiProperty({ format: 'uuid' }) conversationId: string;
  @ApiProperty({ format: 'uuid' }) userMessageId: string;
  @ApiProperty({ type: MessageDto }) message: MessageDto;
  @ApiProperty({ enum: ['llm', 'offline', 'safety'] }) engine: string;
  @ApiProperty({ description: 'safety category of the user message (ok when none applied)' }) safety: string;
  @ApiProperty({ type: [ToolCallSummaryDto] }) toolCalls: ToolCallSummaryDto[];
}

export class FeedbackResultDto {
  @ApiProperty({ format: 'uuid' }) messageId: string;
  @ApiProperty() rating: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}
