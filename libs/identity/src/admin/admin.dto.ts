import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Role } from '@welness/platform';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditEventDto, IdentityPageQueryDto } from '../audit/audit.dto';
import { MeDto } from '../users/me.dto';
import { DevMailMessage } from '../auth/auth-extras.entity';

export const ROLES: Role[] = ['user', 'coach', 'admin'];

export class UserSearchQueryDto extends IdentityPageQueryDto {
  @ApiPropertyOptional({ description: 'substring of email or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class AdminAuditQueryDto extends IdentityPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ example: 'coach.read' }) @IsOptional() @IsString() @MaxLength(60) action?: string;
}

export class RoleDto {
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role: Role;
}

export class UserPageDto {
  @ApiProperty({ type: [MeDto] }) items: MeDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class OutboxQueryDto extends IdentityPageQueryDto {
  @ApiPropertyOptional({ format: 'email' }) @IsOptional() @IsEmail() to?: string;
}

export class MailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(m: DevMailMessage): MailDto {
    return {
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      text: m.bodyText,
      createdAt: m.createdAt.toISOString(),
    };
  }
}

export class MailListDto {
  @ApiProperty({ type: [MailDto] }) items: MailDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** An audit event as admins see it: the ids labelled with the accounts' emails. */
export class AdminAuditEventDto extends AuditEventDto {
  @ApiProperty({ type: String, nullable: true, description: 'null when erased or not a person' })
  subjectEmail: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null when erased or the system acted' })
  actorEmail: string | null;
}

export class AdminAuditPageDto {
  @ApiProperty({ type: [AdminAuditEventDto] }) items: AdminAuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
