import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class ReauthDto {
  @ApiPropertyOptional({ description: 'required for accounts with a password' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  password?: string;
  @ApiPropertyOptional({ description: 'required when MFA is enabled' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  totp?: string;
}

export class ExportDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ format: 'date-time' }) exportedAt: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'one key per module that stores personal data',
  })
  modules: Record<string, unknown>;
}
