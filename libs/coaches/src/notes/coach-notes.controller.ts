import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, SubjectUserId } from '@welness/platform';
import { CoachNoteDto, CoachNoteListDto, NoteBodyDto } from './coach-notes.dto';
import { CoachNotesService } from './coach-notes.service';

/** A coach's private notes on a client; needs an active link (any scope grants reading the client). */
@ApiTags('coaching')
@ApiBearerAuth('bearer')
@Controller('clients/:userId/notes')
export class CoachNotesController {
  constructor(private readonly notes: CoachNotesService) {}

  @Get()
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: CoachNoteListDto })
  async list(
    @CurrentUser() coach: AuthenticatedUser,
    @SubjectUserId() clientId: string,
  ): Promise<CoachNoteListDto> {
    return { items: (await this.notes.list(coach.id, clientId)).map((n) => CoachNoteDto.from(n)) };
  }

  @Post()
  @Policy('coach-of-client', 'read')
  @ApiCreatedResponse({ type: CoachNoteDto })
  async create(
    @CurrentUser() coach: AuthenticatedUser,
    @SubjectUserId() clientId: string,
    @Body() dto: NoteBodyDto,
  ): Promise<CoachNoteDto> {
    return CoachNoteDto.from(await this.notes.create(coach.id, clientId, dto.body));
  }

  @Patch(':noteId')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: CoachNoteDto })
  async update(
    @CurrentUser() coach: AuthenticatedUser,
    @SubjectUserId() clientId: string,
    @Param('noteId', new ParseUUIDPipe()) noteId: string,
    @Body() dto: NoteBodyDto,
  ): Promise<CoachNoteDto> {
    return CoachNoteDto.from(await this.notes.update(coach.id, clientId, noteId, dto.body));
  }

  @Delete(':noteId')
  @Policy('coach-of-client', 'read')
  @HttpCode(204)
  @ApiNoContentResponse()
  async remove(
    @CurrentUser() coach: AuthenticatedUser,
    @SubjectUserId() clientId: string,
    @Param('noteId', new ParseUUIDPipe()) noteId: string,
  ): Promise<void> {
    await this.notes.remove(coach.id, clientId, noteId);
  }
}
