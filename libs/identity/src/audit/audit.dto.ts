import { PageLimit } from '@welness/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { AuditEvent } from './audit-event.entity';

export class IdentityPageQueryDto {
  @PageLimit({ max: 200, default: 50 })
  limit?: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) subjectUserId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId: string | null;
  @ApiProperty({ example: 'coach.read' }) action: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(e: AuditEvent): AuditEventDto {
    return {
      id: e.id,
      subjectUserId: e.subjectUserId,
      actorUserId: e.actorUserId,
      action: e.action,
      detail: e.detail,
      createdAt: e.createdAt.toISOString(),
    };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
