export { WorkoutsModule, workoutsDatabase } from './workouts.module';
