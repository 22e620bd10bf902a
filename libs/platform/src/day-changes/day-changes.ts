import { Global, Injectable, Module } from '@nestjs/common';

/**
 * What a module keeping data derived from users' days (summaries, streaks and their cache in
 * libs/progress) needs to hear about writes. Dates are ISO `YYYY-MM-DD` in the user's time zone.
 */
export interface DayChangeListener {
  /** Data dated `from` or later changed: that day, its week and every later streak. */
  dayChanged(userId: string, from: string): Promise<void>;
  /** Everything derived may have changed: goals, targets or the profile they come from. */
  allDaysChanged(userId: string): Promise<void>;
  /** The user's tracked days are erased (DELETE /me): drop everything derived, keep nothing. */
  daysErased(userId: string): Promise<void>;
}

/**
 * The port writers signal through once their write has committed ("this user's day changed"):
 * the diary, activities, workouts, body metrics and goals call it without knowing who listens.
 * Listeners are awaited in turn; they must not throw (a committed write must not fail).
 */
@Injectable()
export class DayChanges implements DayChangeListener {
  private readonly listeners: DayChangeListener[] = [];

  listen(listener: DayChangeListener): void {
    this.listeners.push(listener);
  }

  async dayChanged(userId: string, from: string): Promise<void> {
    for (const l of this.listeners) await l.dayChanged(userId, from);
  }

  async allDaysChanged(userId: string): Promise<void> {
    for (const l of this.listeners) await l.allDaysChanged(userId);
  }

  async daysErased(userId: string): Promise<void> {
    for (const l of this.listeners) await l.daysErased(userId);
  }
}

@Global()
@Module({ providers: [DayChanges], exports: [DayChanges] })
export class DayChangesModule {}
