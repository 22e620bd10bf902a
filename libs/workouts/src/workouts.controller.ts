import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { ExercisesService } from './exercises/exercises.service';
import { RoutinesService } from './routines/routines.service';
import { SessionsService } from './sessions/sessions.service';
import {
  AddSetDto,
  CreateExerciseDto,
  ExerciseDto,
  ExerciseQueryDto,
  SessionPageQueryDto,
  RecordDto,
  RoutineDto,
  RoutineInputDto,
  SessionDetailDto,
  SessionDto,
  SessionPageDto,
  SetDto,
  StartSessionDto,
  VolumeQueryDto,
  WeeklyVolumeDto,
} from './workouts.dto';

@ApiTags('workouts')
@Controller('workouts')
export class WorkoutsController {
  constructor(
    private readonly exercises: ExercisesService,
    private readonly routines: RoutinesService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('exercises')
  @Policy('owner')
  @ApiOkResponse({ type: [ExerciseDto] })
  async listExercises(@SubjectUserId() userId: string, @Query() q: ExerciseQueryDto): Promise<ExerciseDto[]> {
    return (await this.exercises.list(userId, q)).map((e) => ({ ...e, custom: e.userId !== null }));
  }

  @Post('exercises')
  @Policy('owner')
  @ApiCreatedResponse({ type: ExerciseDto })
  createExercise(@SubjectUserId() userId: string, @Body() dto: CreateExerciseDto): Promise<ExerciseDto> {
    return this.exercises.create(userId, dto);
  }

  @Post('routines')
  @Policy('owner')
  @ApiCreatedResponse({ type: RoutineDto })
  createRoutine(@SubjectUserId() userId: string, @Body() dto: RoutineInputDto): Promise<RoutineDto> {
    return this.routines.create(userId, dto.name, dto.days);
  }

  @Get('routines')
  @Policy('owner')
  @ApiOkResponse({ type: [RoutineDto] })
  listRoutines(@SubjectUserId() userId: string): Promise<RoutineDto[]> {
    return this.routines.list(userId);
  }

  @Get('routines/:id')
  @Policy('owner')
  @ApiOkResponse({ type: RoutineDto })
  getRoutine(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<RoutineDto> {
    return this.routines.get(userId, id);
  }

  @Put('routines/:id')
  @Policy('owner')
  @ApiOkResponse({ type: RoutineDto })
  updateRoutine(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RoutineInputDto,
  ): Promise<RoutineDto> {
    return this.routines.update(userId, id, dto.name, dto.days);
  }

  @Delete('routines/:id')
  @Policy('owner')
  @HttpCode(204)
  async deleteRoutine(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.routines.delete(userId, id);
  }

  @Post('sessions')
  @Policy('owner')
  @ApiCreatedResponse({ type: SessionDto })
  start(@SubjectUserId() userId: string, @Body() dto: StartSessionDto): Promise<SessionDto> {
    return this.sessions.start(userId, dto);
  }

  @Get('sessions')
  @Policy('owner')
  @ApiOkResponse({ type: SessionPageDto })
  list(@SubjectUserId() userId: string, @Query() q: SessionPageQueryDto): Promise<SessionPageDto> {
    return this.sessions.list(userId, q.limit, q.cursor);
  }

  @Get('sessions/:id')
  @Policy('owner')
  @ApiOkResponse({ type: SessionDetailDto })
  get(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<SessionDetailDto> {
    return this.sessions.get(userId, id);
  }

  @Post('sessions/:id/sets')
  @Policy('owner')
  @ApiCreatedResponse({ type: SetDto })
  addSet(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AddSetDto,
  ): Promise<SetDto> {
    return this.sessions.addSet(userId, id, dto);
  }

  @Delete('sessions/:id/sets/:setId')
  @Policy('owner')
  @HttpCode(204)
  async deleteSet(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('setId', ParseUUIDPipe) setId: string,
  ): Promise<void> {
    await this.sessions.deleteSet(userId, id, setId);
  }

  @Post('sessions/:id/finish')
  @Policy('owner')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDetailDto, description: 'Finished; progression applied to the routine' })
  finish(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<SessionDetailDto> {
    return this.sessions.finish(userId, id);
  }

  @Delete('sessions/:id')
  @Policy('owner')
  @HttpCode(204)
  async deleteSession(
    @SubjectUserId() userId: string,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.sessions.delete(userId, id);
  }

  @Get('records')
  @Policy('owner')
  @ApiOkResponse({ type: [RecordDto] })
  records(@SubjectUserId() userId: string): Promise<RecordDto[]> {
    return this.sessions.records(userId);
  }

  @Get('volume')
  @Policy('owner')
  @ApiOkResponse({ type: WeeklyVolumeDto })
  volume(@SubjectUserId() userId: string, @Query() q: VolumeQueryDto): Promise<WeeklyVolumeDto> {
    return this.sessions.weeklyVolume(userId, q.weekOf);
  }
}

@ApiTags('coach')
@Controller('clients/:userId/workouts')
export class ClientWorkoutsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get('sessions')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: SessionPageDto })
  list(@SubjectUserId() userId: string, @Query() q: SessionPageQueryDto): Promise<SessionPageDto> {
    return this.sessions.list(userId, q.limit, q.cursor);
  }

  @Get('sessions/:id')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: SessionDetailDto })
  get(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<SessionDetailDto> {
    return this.sessions.get(userId, id);
  }

  @Get('records')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: [RecordDto] })
  records(@SubjectUserId() userId: string): Promise<RecordDto[]> {
    return this.sessions.records(userId);
  }

  @Get('volume')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: WeeklyVolumeDto })
  volume(@SubjectUserId() userId: string, @Query() q: VolumeQueryDto): Promise<WeeklyVolumeDto> {
    return this.sessions.weeklyVolume(userId, q.weekOf);
  }
}
