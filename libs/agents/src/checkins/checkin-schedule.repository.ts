import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgentCheckinScheduleEntity } from './checkin-schedule.entity';

export type ScheduleSettings = Pick<AgentCheckinScheduleEntity, 'dailyTime' | 'weeklyDay' | 'weeklyTime'>;
export type ScheduleRun = Partial<
  Pick<AgentCheckinScheduleEntity, 'lastDailyAt' | 'lastWeeklyAt' | 'conversationId'>
>;

/** One check-in schedule row per user. */
@Injectable()
export class CheckinScheduleRepository {
  constructor(
    @InjectRepository(AgentCheckinScheduleEntity)
    private readonly schedules: Repository<AgentCheckinScheduleEntity>,
  ) {}

  find(userId: string): Promise<AgentCheckinScheduleEntity | null> {
    return this.schedules.findOne({ where: { userId } });
  }

  async upsert(userId: string, timeZone: string, settings: ScheduleSettings): Promise<void> {
    await this.schedules.upsert({ userId, timeZone, ...settings }, ['userId']);
  }

  async recordRun(userId: string, run: ScheduleRun): Promise<void> {
    await this.schedules.update({ userId }, run);
  }
}
