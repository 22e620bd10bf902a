import { Module, OnModuleInit } from '@nestjs/common';
import { ActivitiesModule } from '@welness/activities';
import { GoalsModule } from '@welness/goals';
import { MealsModule } from '@welness/meals';
import { DayChanges } from '@welness/platform';
import { WorkoutsModule } from '@welness/workouts';
import { SummaryCache } from './cache/summary-cache.service';
import { StreakCalendarService } from './streaks/streak-calendar.service';
import { EnergyWindowService } from './summary/energy-window.service';
import { ClientSummaryController, SummaryController } from './summary/summary.controller';
import { SummaryService } from './summary/summary.service';

/**
 * A user's progress over days: daily and weekly summaries, streaks and the energy window
 * coaches see, all derived from what goals, meals, activities and workouts store, and the
 * cache of those summaries. It owns no table; it reads through the other modules' services
 * and hears about their writes through the DayChanges port.
 */
@Module({
  imports: [GoalsModule, MealsModule, ActivitiesModule, WorkoutsModule],
  controllers: [SummaryController, ClientSummaryController],
  providers: [SummaryCache, SummaryService, StreakCalendarService, EnergyWindowService],
  exports: [SummaryService, EnergyWindowService],
})
export class ProgressModule implements OnModuleInit {
  constructor(
    private readonly days: DayChanges,
    private readonly cache: SummaryCache,
  ) {}

  onModuleInit(): void {
    // A write on day D can change the summaries of D, of D's week and every later streak.
    this.days.listen({
      dayChanged: (userId, from) => this.cache.invalidateFrom(userId, from),
      allDaysChanged: (userId) => this.cache.invalidateAll(userId),
      // Cached summaries are derived data: nothing to export, every key removed on erasure.
      daysErased: (userId) => this.cache.forget(userId),
    });
  }
}
