import { ApiProperty } from '@nestjs/swagger';
import type { CoachScope } from '@welness/platform';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, MaxLength } from 'class-validator';
import { CoachLink, CoachLinkStatus, LinkSide } from './coach-link.entity';

export const COACH_SCOPES: CoachScope[] = ['read', 'write', 'message'];

class ScopesDto {
  @ApiProperty({
    enum: COACH_SCOPES,
    isArray: true,
    description: 'read: diary and progress; write: plans and goals; message: chat',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(COACH_SCOPES, { each: true })
  scopes: CoachScope[];
}

export class CoachInviteDto extends ScopesDto {
  @ApiProperty({ format: 'email', description: 'the client to invite' })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ClientInviteDto extends ScopesDto {
  @ApiProperty({ format: 'email', description: 'the coach to invite' })
  @IsEmail()
  @MaxLength(254)
  coachEmail: string;
}

export class ConsentDto extends ScopesDto {}
export class UpdateScopesDto extends ScopesDto {}

export class CoachLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) coachId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) clientId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'invited address while no account holds it' })
  inviteEmail: string | null;
  @ApiProperty({ enum: ['coach', 'client'] }) initiatedBy: LinkSide;
  @ApiProperty({ enum: ['pending', 'active', 'ended'] }) status: CoachLinkStatus;
  @ApiProperty({ enum: COACH_SCOPES, isArray: true }) scopes: CoachScope[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) consentedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endedAt: string | null;
  @ApiProperty({ enum: ['coach', 'client'], nullable: true }) endedBy: LinkSide | null;
  @ApiProperty({ type: String, nullable: true, description: 'display name of the other side' })
  counterpartName: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(l: CoachLink, counterpartName: string | null = null): CoachLinkDto {
    return {
      id: l.id,
      coachId: l.coachId,
      clientId: l.clientId,
      inviteEmail: l.inviteEmail,
      initiatedBy: l.initiatedBy,
      status: l.status,
      scopes: l.scopes,
      consentedAt: l.consentedAt?.toISOString() ?? null,
      endedAt: l.endedAt?.toISOString() ?? null,
      endedBy: l.endedBy,
      counterpartName,
      createdAt: l.createdAt.toISOString(),
    };
  }
}

export class CoachLinkListDto {
  @ApiProperty({ type: [CoachLinkDto] }) items: CoachLinkDto[];
}

export class ClientSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) displayName: string | null;
  @ApiProperty() email: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ format: 'uuid' }) linkId: string;
  @ApiProperty({ enum: COACH_SCOPES, isArray: true }) scopes: CoachScope[];
}

export class ClientListDto {
  @ApiProperty({ type: [ClientSummaryDto] }) items: ClientSummaryDto[];
}
