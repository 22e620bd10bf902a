export { ActivitiesModule, activitiesDatabase } from './activities.module';
export { ActivitiesService } from './activities/activities.service';
export type { DayActivity } from './activities/activities.service';
export { AppleHealthScanner, parseAppleDate } from './imports/apple-health.scanner';
export { AppleHealthImporter } from './imports/apple-health.importer';
