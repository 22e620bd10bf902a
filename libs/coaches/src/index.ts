export { CoachesModule, coachesDatabase } from './coaches.module';
