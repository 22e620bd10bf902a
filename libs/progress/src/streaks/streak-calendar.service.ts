import { Injectable } from '@nestjs/common';
import { UserClock } from '@welness/goals';
import { IsoDate, Streak, addDays, dailyStreak, dateRange } from '@welness/nutrition';
import { DiaryService } from '@welness/meals';
import { WorkoutSessionsService } from '@welness/workouts';

export interface CalendarDay {
  date: IsoDate;
  /** Diary entries that day (a day with one counts towards the streak). */
  entries: number;
  /** Workout sessions with at least one set. */
  workouts: number;
}

export interface StreakCalendar {
  from: IsoDate;
  to: IsoDate;
  /** The user's today, so a client can mark it without guessing the time zone. */
  today: IsoDate;
  days: CalendarDay[];
  /** The daily logging streak as of `to`, over the whole history (not only the window). */
  streak: Streak;
}

/** The last N local days of logging and training, for a streak calendar. */
@Injectable()
export class StreakCalendarService {
  constructor(
    private readonly diary: DiaryService,
    private readonly clock: UserClock,
    private readonly workouts: WorkoutSessionsService,
  ) {}

  async calendar(userId: string, days: number, to?: IsoDate): Promise<StreakCalendar> {
    const today = await this.clock.userToday(userId);
    const end = to && to < today ? to : today;
    const from = addDays(end, -(days - 1));
    const [facts, workoutDays] = await Promise.all([
      this.diary.rangeFacts(userId, from, end, end),
      this.workouts.countsByDay(userId, from, end),
    ]);
    const entries = new Map(facts.totals.map((t) => [t.date, t.entries]));
    return {
      from,
      to: end,
      today,
      days: dateRange(from, end).map((date) => ({
        date,
        entries: entries.get(date) ?? 0,
        workouts: workoutDays.get(date) ?? 0,
      })),
      streak: dailyStreak(facts.loggedDates, end),
    };
  }
}
