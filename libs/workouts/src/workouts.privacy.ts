import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@welness/platform';
import { ExercisesService } from './exercises/exercises.service';
import { RoutinesService } from './routines/routines.service';
import { SessionsService } from './sessions/sessions.service';

@Injectable()
export class WorkoutsPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly exercises: ExercisesService,
    private readonly routines: RoutinesService,
    private readonly sessions: SessionsService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'workouts',
      export: async (userId) => ({
        customExercises: await this.exercises.custom(userId),
        routines: await this.routines.list(userId),
        ...(await this.sessions.exportData(userId)),
      }),
      erase: async (userId) => {
        // Sets reference exercises, so sessions go first.
        await this.sessions.erase(userId);
        await this.routines.erase(userId);
        await this.exercises.eraseCustom(userId);
      },
    });
  }
}
