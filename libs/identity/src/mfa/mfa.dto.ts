import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class TotpDto {
  @ApiProperty({ example: '123456' }) @Matches(/^\d{6}$/, { message: 'totp must be 6 digits' }) totp: string;
}

export class MfaEnrollmentDto {
  @ApiProperty({ description: 'base32 secret, for manual entry' }) secret: string;
  @ApiProperty({ description: 'otpauth:// URI to render as a QR code' }) otpauthUri: string;
}

export class RecoveryCodesDto {
  @ApiProperty({ type: [String], description: 'single-use codes; shown only now' }) recoveryCodes: string[];
}
