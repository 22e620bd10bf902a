import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';

export class TelegramLinkCodeDto {
  @ApiProperty({ description: 'One-time code, valid 10 minutes', example: 'q3X9c0yJ1sV2r7Wk8aB5dQ' }) code: string;
  @ApiProperty({ example: 'https://t.me/welness_bot?start=q3X9c0yJ1sV2r7Wk8aB5dQ' }) deepLink: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class TelegramLinkStatusDto {
  @ApiProperty({ description: 'false when the bot is not configured on this server' }) enabled: boolean;
  @ApiProperty() linked: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) linkedAt: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['en', 'es'] }) language: string | null;
  @ApiProperty({ type: [String], example: ['08:00', '13:00'] }) mealReminders: string[];
}

export class TelegramRemindersDto {
  @ApiProperty({ type: [String], example: ['08:00', '13:00', '19:30'], description: 'Local HH:MM times of meal-logging reminders' })
  @IsArray()
  @ArrayMaxSize(6)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { each: true, message: 'times must be HH:MM' })
  mealReminders: string[];
}
