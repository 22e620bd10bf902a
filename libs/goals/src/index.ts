export { GoalsModule, goalsDatabase } from './goals.module';
export { PROFILE_SOURCE } from './profile/profile.source';
export type { ProfileSource } from './profile/profile.source';
export { GoalsService } from './goals/goals.service';
export { TargetsService, ProfileIncompleteError } from './targets/targets.service';
export type { Targets, DayTargets } from './targets/targets.service';
export { BodyMetricsService } from './body/body-metrics.service';
export { SummaryCache } from './cache/summary-cache.service';
export { csvRecords } from './body/body-csv';
