export { ProgressModule } from './progress.module';
export { SummaryService } from './summary/summary.service';
export { EnergyWindowService } from './summary/energy-window.service';
export type { DailySummaryDto, WeeklySummaryDto } from './summary/summary.types';
