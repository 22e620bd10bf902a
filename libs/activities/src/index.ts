export { ActivitiesModule, activitiesDatabase } from './activities.module';
