import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsTimeZone,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { LOCALES, MeDto } from '../users/me.dto';

export class RegisterDto {
  @ApiProperty({ format: 'email' }) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ minLength: 10, maxLength: 200 }) @IsString() @Length(10, 200) password: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 80) displayName?: string;
  @ApiPropertyOptional({ example: 'Europe/Madrid' }) @IsOptional() @IsTimeZone() timeZone?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES) locale?: string;
}

export class LoginDto {
  @ApiProperty({ format: 'email' }) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty() @IsString() @Length(1, 200) password: string;
  @ApiPropertyOptional({ description: 'current TOTP code when MFA is enabled' })
  @IsOptional()
  @Matches(/^\d{6}$/)
  totp?: string;
  @ApiPropertyOptional({ description: 'a single-use recovery code instead of the TOTP' })
  @IsOptional()
  @IsString()
  @Length(8, 40)
  recoveryCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() useCookie?: boolean;
}

export class RefreshDto {
  @ApiPropertyOptional({ description: 'omit when the refresh token travels in the cookie' })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  refreshToken?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() useCookie?: boolean;
}

export class LogoutDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(20, 200) refreshToken?: string;
}

export class TokenResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'access token lifetime in seconds' }) expiresIn: number;
  @ApiPropertyOptional({ description: 'absent when delivered as a cookie' }) refreshToken?: string;
  @ApiProperty({ format: 'date-time' }) refreshExpiresAt: string;
  @ApiProperty({ type: MeDto }) user: MeDto;
}
