import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Role } from '@welness/platform';
import {
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsTimeZone,
  Length,
  Max,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { ActivityLevel, Sex, UnitSystem, UserAccount, UserStatus } from './user.entity';

export const LOCALES = ['en', 'es'] as const;
export const SEXES: Sex[] = ['female', 'male', 'other'];
export const ACTIVITY_LEVELS: ActivityLevel[] = ['sedentary', 'light', 'moderate', 'active', 'very_active'];

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() emailVerified: boolean;
  @ApiProperty({ type: String, nullable: true }) displayName: string | null;
  @ApiProperty({ example: 'Europe/Madrid' }) timeZone: string;
  @ApiProperty({ enum: LOCALES }) locale: string;
  @ApiProperty({ enum: ['metric', 'imperial'] }) unitSystem: UnitSystem;
  @ApiProperty({ type: String, format: 'date', nullable: true }) birthDate: string | null;
  @ApiProperty({ enum: SEXES, nullable: true }) sex: Sex | null;
  @ApiProperty({ type: Number, nullable: true }) heightCm: number | null;
  @ApiProperty({ enum: ACTIVITY_LEVELS, nullable: true }) activityLevel: ActivityLevel | null;
  @ApiProperty({ enum: ['user', 'coach', 'admin'], isArray: true }) roles: Role[];
  @ApiProperty({ enum: ['active', 'deactivated'] }) status: UserStatus;
  @ApiProperty() mfaEnabled: boolean;
  @ApiProperty() hasPassword: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(u: UserAccount): MeDto {
    return {
      id: u.id,
      email: u.email,
      emailVerified: u.emailVerified,
      displayName: u.displayName,
      timeZone: u.timeZone,
      locale: u.locale,
      unitSystem: u.unitSystem,
      birthDate: u.birthDate,
      sex: u.sex,
      heightCm: u.heightCm,
      activityLevel: u.activityLevel,
      roles: u.roles,
      status: u.status,
      mfaEnabled: u.mfaEnabled,
      hasPassword: u.passwordHash !== null,
      createdAt: u.createdAt.toISOString(),
    };
  }
}

/** A calendar date from 1900 up to today (anywhere on Earth: up to 14 hours ahead of UTC). */
const IsBirthDate = () =>
  ValidateBy({
    name: 'isBirthDate',
    validator: {
      validate: (v: unknown) =>
        typeof v === 'string' && v >= '1900-01-01' && v <= new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10),
      defaultMessage: () => 'birthDate must be a date between 1900-01-01 and today',
    },
  });

/** Every field optional; `null` clears the nullable ones. */
export class UpdateMeDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 80)
  displayName?: string | null;

  @ApiPropertyOptional({ example: 'Europe/Madrid' }) @IsOptional() @IsTimeZone() timeZone?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES) locale?: string;
  @ApiPropertyOptional({ enum: ['metric', 'imperial'] })
  @IsOptional()
  @IsIn(['metric', 'imperial'])
  unitSystem?: UnitSystem;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsISO8601({ strict: true })
  @Length(10, 10)
  @IsBirthDate()
  birthDate?: string | null;

  @ApiPropertyOptional({ enum: SEXES, nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsIn(SEXES)
  sex?: Sex | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 50, maximum: 272 })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(50)
  @Max(272)
  heightCm?: number | null;

  @ApiPropertyOptional({ enum: ACTIVITY_LEVELS, nullable: true })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsIn(ACTIVITY_LEVELS)
  activityLevel?: ActivityLevel | null;
}
