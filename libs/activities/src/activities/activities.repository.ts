import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ActivityRecord } from './activity.entity';
import { DailySteps } from './daily-steps.entity';

export type NewActivity = Omit<ActivityRecord, 'id' | 'createdAt'>;

export interface ActivityDayTotals {
  date: string;
  energyKcal: number;
  minutes: number;
  count: number;
}

@Injectable()
export class ActivitiesRepository {
  constructor(
    @InjectRepository(ActivityRecord) private readonly activities: Repository<ActivityRecord>,
    @InjectRepository(DailySteps) private readonly steps: Repository<DailySteps>,
  ) {}

  insert(row: NewActivity): Promise<ActivityRecord> {
    return this.activities.save(this.activities.create(row));
  }

  /** Bulk insert for imports; rows already imported (same external id) are skipped. */
  async insertMany(rows: NewActivity[]): Promise<number> {
    if (!rows.length) return 0;
    const r = await this.activities
      .createQueryBuilder()
      .insert()
      .values(rows)
      .orIgnore()
      .returning('id')
      .execute();
    return (r.raw as unknown[]).length;
  }

  find(userId: string, id: string): Promise<ActivityRecord | null> {
    return this.activities.findOne({ where: { userId, id } });
  }

  async delete(userId: string, id: string): Promise<void> {
    await this.activities.delete({ userId, id });
  }

  /** Newest first, keyset-paginated on (started_at, id). */
  page(
    userId: string,
    limit: number,
    cursor: { startedAt: Date; id: string } | null,
    from?: string,
    to?: string,
  ): Promise<ActivityRecord[]> {
    const qb = this.activities.createQueryBuilder('a').where('a.user_id = :userId', { userId });
    if (from) qb.andWhere('a.date >= :from', { from });
    if (to) qb.andWhere('a.date <= :to', { to });
    if (cursor) qb.andWhere('(a.started_at, a.id) < (:at, :id)', { at: cursor.startedAt, id: cursor.id });
    return qb.orderBy('a.started_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }

  async totalsByDay(userId: string, from: string, to: string): Promise<ActivityDayTotals[]> {
    return this.activities.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, SUM(energy_kcal)::float8 AS "energyKcal",
              SUM(duration_min)::float8 AS minutes, COUNT(*)::int AS count
       FROM activities WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date`,
      [userId, from, to],
    );
  }

  /** Activity totals and steps per day in one round trip (summaries). */
  async dayFacts(
    userId: string,
    from: string,
    to: string,
  ): Promise<
    {
      date: string;
      energyKcal: number;
      minutes: number;
      count: number;
      steps: number | null;
      activeEnergyKcal: number | null;
    }[]
  > {
    return this.activities.query(
      `SELECT COALESCE(a.date, s.date) AS date, COALESCE(a.energy, 0)::float8 AS "energyKcal", COALESCE(a.minutes, 0)::float8 AS minutes,
              COALESCE(a.n, 0)::int AS count, s.steps, s.active AS "activeEnergyKcal"
       FROM (SELECT to_char(date, 'YYYY-MM-DD') AS date, SUM(energy_kcal) AS energy, SUM(duration_min) AS minutes, COUNT(*) AS n
             FROM activities WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date) a
       FULL JOIN (SELECT to_char(date, 'YYYY-MM-DD') AS date, MAX(steps)::int AS steps, MAX(active_energy_kcal)::float8 AS active
             FROM daily_steps WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date) s ON s.date = a.date`,
      [userId, from, to],
    );
  }

  async upsertSteps(
    rows: { userId: string; date: string; source: string; steps: number; activeEnergyKcal: number | null }[],
  ): Promise<void> {
    if (!rows.length) return;
    await this.steps
      .createQueryBuilder()
      .insert()
      .values(rows)
      .orUpdate(['steps', 'active_energy_kcal', 'updated_at'], ['user_id', 'date', 'source'])
      .execute();
  }

  /** Steps per day: the largest source (phone and watch overlap). */
  async stepsByDay(
    userId: string,
    from: string,
    to: string,
  ): Promise<{ date: string; steps: number; activeEnergyKcal: number | null }[]> {
    return this.steps.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, MAX(steps)::int AS steps, MAX(active_energy_kcal)::float8 AS "activeEnergyKcal"
       FROM daily_steps WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date ORDER BY date`,
      [userId, from, to],
    );
  }

  async exportAll(userId: string): Promise<{ activities: ActivityRecord[]; steps: DailySteps[] }> {
    const [activities, steps] = await Promise.all([
      this.activities.find({ where: { userId }, order: { startedAt: 'ASC' } }),
      this.steps.find({ where: { userId }, order: { date: 'ASC' } }),
    ]);
    return { activities, steps };
  }

  async erase(userId: string): Promise<void> {
    await this.activities.delete({ userId });
    await this.steps.delete({ userId });
  }
}
