import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class ChangePasswordDto {
  @ApiProperty() @IsString() @Length(1, 200) currentPassword: string;
  @ApiProperty({ minLength: 10, maxLength: 200 }) @IsString() @Length(10, 200) newPassword: string;
}

export class EmailDto {
  @ApiProperty({ format: 'email' }) @IsEmail() @MaxLength(254) email: string;
}

export class ResetPasswordDto {
  @ApiProperty({ description: 'token from the emailed link' }) @IsString() @Length(20, 200) token: string;
  @ApiProperty({ minLength: 10, maxLength: 200 }) @IsString() @Length(10, 200) newPassword: string;
}

export class TokenDto {
  @ApiProperty() @IsString() @Length(20, 200) token: string;
}

export class AcceptedDto {
  @ApiProperty({ example: true }) accepted: boolean;
}
