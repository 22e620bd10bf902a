export { ActivitiesModule, activitiesDatabase } from './activities.module';
export { ActivitiesService } from './activities/activities.service';
