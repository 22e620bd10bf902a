import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GoalsModule } from '@welness/goals';
import { DatabaseRegistration } from '@welness/platform';
import { Exercise } from './exercises/exercise.entity';
import { ExercisesRepository } from './exercises/exercises.repository';
import { ExercisesService } from './exercises/exercises.service';
import { WorkoutsInit1763780200000 } from './migrations/1763780200000-workouts-init';
import { Routine } from './routines/routine.entity';
import { RoutinesRepository } from './routines/routines.repository';
import { RoutinesService } from './routines/routines.service';
import { PersonalRecord, WorkoutSession, WorkoutSet } from './sessions/session.entity';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { ClientWorkoutsController, WorkoutsController } from './workouts.controller';
import { WorkoutsPrivacy } from './workouts.privacy';

const entities = [Exercise, Routine, WorkoutSession, WorkoutSet, PersonalRecord];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const workoutsDatabase: DatabaseRegistration = { entities, migrations: [WorkoutsInit1763780200000] };

@Module({
  imports: [TypeOrmModule.forFeature(entities), GoalsModule],
  controllers: [WorkoutsController, ClientWorkoutsController],
  providers: [
    ExercisesRepository,
    ExercisesService,
    RoutinesRepository,
    RoutinesService,
    SessionsRepository,
    SessionsService,
    WorkoutsPrivacy,
  ],
  exports: [SessionsService],
})
export class WorkoutsModule {}
