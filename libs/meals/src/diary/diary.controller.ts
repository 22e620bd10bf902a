import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId, badRequest } from '@welness/platform';
import type { FastifyReply } from 'fastify';
import {
  AddWaterDto,
  CopyDto,
  CreateEntryDto,
  DayNoteDto,
  DiaryDayDto,
  DiaryQueryDto,
  EntryDto,
  LimitQueryDto,
  QuickPickDto,
  UpdateEntryDto,
  WaterDto,
} from './diary.dto';
import { DiaryService } from './diary.service';
import type { QuickPick } from './diary.repository';

const IDEMPOTENCY_KEY = /^[\w.:-]{1,200}$/;

/** Shared by the owner's and the coach's routes: same service, different policy. */
async function createEntry(
  diary: DiaryService,
  userId: string,
  dto: CreateEntryDto,
  key: string | undefined,
  reply: FastifyReply,
): Promise<EntryDto> {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
    throw badRequest(
      'invalid-idempotency-key',
      'Idempotency-Key must be 1–200 characters of [A-Za-z0-9_.:-].',
    );
  const { entry, created } = await diary.addEntry(userId, dto, key);
  reply.status(created ? 201 : 200);
  if (!created) reply.header('idempotent-replayed', 'true');
  return entry;
}

@ApiTags('diary')
@Controller('diary')
export class DiaryController {
  constructor(private readonly diary: DiaryService) {}

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: DiaryDayDto })
  day(@SubjectUserId() userId: string, @Query() q: DiaryQueryDto): Promise<DiaryDayDto> {
    return this.diary.day(userId, q.date);
  }

  @Post('entries')
  @Policy('owner')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retries with the same key create one entry',
  })
  @ApiCreatedResponse({ type: EntryDto })
  @ApiOkResponse({
    type: EntryDto,
    description: 'Replay of an earlier request with the same Idempotency-Key',
  })
  add(
    @SubjectUserId() userId: string,
    @Body() dto: CreateEntryDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EntryDto> {
    return createEntry(this.diary, userId, dto, key, reply);
  }

  @Patch('entries/:id')
  @Policy('owner')
  @ApiOkResponse({ type: EntryDto })
  update(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateEntryDto,
  ): Promise<EntryDto> {
    return this.diary.updateEntry(userId, id, dto);
  }

  @Delete('entries/:id')
  @Policy('owner')
  @HttpCode(204)
  async remove(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.diary.deleteEntry(userId, id);
  }

  @Post('copy')
  @Policy('owner')
  @ApiCreatedResponse({ type: [EntryDto] })
  copy(@SubjectUserId() userId: string, @Body() dto: CopyDto): Promise<EntryDto[]> {
    return this.diary.copy(userId, dto);
  }

  @Post('water')
  @Policy('owner')
  @ApiCreatedResponse({ type: WaterDto })
  addWater(@SubjectUserId() userId: string, @Body() dto: AddWaterDto): Promise<WaterDto> {
    return this.diary.addWater(userId, dto);
  }

  @Delete('water/:id')
  @Policy('owner')
  @HttpCode(204)
  async deleteWater(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.diary.deleteWater(userId, id);
  }

  @Put('notes')
  @Policy('owner')
  @HttpCode(204)
  async note(@SubjectUserId() userId: string, @Body() dto: DayNoteDto): Promise<void> {
    await this.diary.setNote(userId, dto.date, dto.note);
  }

  @Get('recent')
  @Policy('owner')
  @ApiOkResponse({ type: [QuickPickDto] })
  recent(@SubjectUserId() userId: string, @Query() q: LimitQueryDto): Promise<QuickPick[]> {
    return this.diary.recent(userId, q.limit);
  }

  @Get('frequent')
  @Policy('owner')
  @ApiOkResponse({ type: [QuickPickDto] })
  frequent(@SubjectUserId() userId: string, @Query() q: LimitQueryDto): Promise<QuickPick[]> {
    return this.diary.frequent(userId, q.limit);
  }
}

@ApiTags('coach')
@Controller('clients/:userId/diary')
export class ClientDiaryController {
  constructor(private readonly diary: DiaryService) {}

  @Get()
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: DiaryDayDto })
  day(@SubjectUserId() userId: string, @Query() q: DiaryQueryDto): Promise<DiaryDayDto> {
    return this.diary.day(userId, q.date);
  }

  @Post('entries')
  @Policy('coach-of-client', 'write')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: EntryDto })
  add(
    @SubjectUserId() userId: string,
    @Body() dto: CreateEntryDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EntryDto> {
    return createEntry(this.diary, userId, dto, key, reply);
  }
}
