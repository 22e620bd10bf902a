export { WorkoutsModule, workoutsDatabase } from './workouts.module';
export { SessionsService as WorkoutSessionsService } from './sessions/sessions.service';
