export { CoachesModule, coachesDatabase } from './coaches.module';
export { CoachLinksService } from './links/coach-links.service';
export type { CoachLinkStatus } from './links/coach-link.entity';
