import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { PlainNote } from './coach-notes.service';

export class NoteBodyDto {
  @ApiProperty({ minLength: 1, maxLength: 10000 }) @IsString() @Length(1, 10000) body: string;
}

export class CoachNoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static from(n: PlainNote): CoachNoteDto {
    return {
      id: n.id,
      clientId: n.clientId,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
      updatedAt: n.updatedAt.toISOString(),
    };
  }
}

export class CoachNoteListDto {
  @ApiProperty({ type: [CoachNoteDto] }) items: CoachNoteDto[];
}
