export { GoalsModule, goalsDatabase } from './goals.module';
export { UserClock } from './profile/user-clock';
export { GoalsService } from './goals/goals.service';
export { TargetsService, ProfileIncompleteError } from './targets/targets.service';
export type { Targets, DayTargets } from './targets/targets.service';
export { BodyMetricsService } from './body/body-metrics.service';
export { CsvSyntaxError, csvNumber, csvRecords } from './body/body-csv';
