export { WorkoutsModule, workoutsDatabase } from './workouts.module';
export { SessionsService as WorkoutSessionsService } from './sessions/sessions.service';
export { EXERCISE_SEED } from './exercises/exercise.seed';
