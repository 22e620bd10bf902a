import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { BodyMeasurement } from './body-measurement.entity';
import { BodyWeightEntry } from './body-weight.entity';

export interface WeightInput {
  date: string;
  weightKg: number;
  bodyFatPercent?: number | null;
  source?: string;
}

@Injectable()
export class BodyMetricsRepository {
  constructor(
    @InjectRepository(BodyWeightEntry) private readonly weights: Repository<BodyWeightEntry>,
    @InjectRepository(BodyMeasurement) private readonly measurements: Repository<BodyMeasurement>,
  ) {}

  /** Upserts by (user, date): the day's latest weigh-in wins. */
  async upsertWeights(userId: string, rows: WeightInput[]): Promise<void> {
    if (!rows.length) return;
    await this.weights
      .createQueryBuilder()
      .insert()
      .values(
        rows.map((r) => ({
          userId,
          date: r.date,
          weightKg: r.weightKg,
          bodyFatPercent: r.bodyFatPercent ?? null,
          source: r.source ?? 'manual',
        })),
      )
      .orUpdate(['weight_kg', 'body_fat_percent', 'source'], ['user_id', 'date'])
      .execute();
  }

  listWeights(userId: string, from?: string, to?: string): Promise<BodyWeightEntry[]> {
    const qb = this.weights.createQueryBuilder('w').where('w.user_id = :userId', { userId });
    if (from) qb.andWhere('w.date >= :from', { from });
    if (to) qb.andWhere('w.date <= :to', { to });
    return qb.orderBy('w.date', 'ASC').getMany();
  }

  /** Date and kg only, without entity hydration (trend charts and summaries read many). */
  async weightPoints(
    userId: string,
    from: string | undefined,
    to: string | undefined,
  ): Promise<{ date: string; kg: number }[]> {
    return this.weights.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, weight_kg AS kg FROM body_weights
       WHERE user_id = $1 AND ($2::date IS NULL OR date >= $2) AND ($3::date IS NULL OR date <= $3) ORDER BY date`,
      [userId, from ?? null, to ?? null],
    );
  }

  /** The latest weigh-in on or before a date. */
  weightOn(userId: string, date: string): Promise<BodyWeightEntry | null> {
    return this.weights.findOne({ where: { userId, date: LessThanOrEqual(date) }, order: { date: 'DESC' } });
  }

  /**
   * Latest weight and latest known body fat on or before a date, in one round trip. Before the
   * first weigh-in, that first weigh-in is the best estimate (a plan for the current week must
   * not fail because the user weighed in on Wednesday).
   */
  async latestOn(
    userId: string,
    date: string,
  ): Promise<{ weightKg: number | null; bodyFatPercent: number | null }> {
    const rows: { weightKg: number | null; bodyFatPercent: number | null }[] = await this.weights.query(
      `SELECT COALESCE(
                (SELECT weight_kg FROM body_weights WHERE user_id = $1 AND date <= $2 ORDER BY date DESC LIMIT 1),
                (SELECT weight_kg FROM body_weights WHERE user_id = $1 AND date > $2 ORDER BY date ASC LIMIT 1)
              ) AS "weightKg",
              COALESCE(
                (SELECT body_fat_percent FROM body_weights WHERE user_id = $1 AND date <= $2 AND body_fat_percent IS NOT NULL
                  ORDER BY date DESC LIMIT 1),
                (SELECT body_fat_percent FROM body_weights WHERE user_id = $1 AND date > $2 AND body_fat_percent IS NOT NULL
                  ORDER BY date ASC LIMIT 1)
              ) AS "bodyFatPercent"`,
      [userId, date],
    );
    return rows[0] ?? { weightKg: null, bodyFatPercent: null };
  }

  /** The latest known body-fat value on or before a date. */
  async bodyFatOn(userId: string, date: string): Promise<number | null> {
    const row = await this.weights
      .createQueryBuilder('w')
      .where('w.user_id = :userId AND w.date <= :date AND w.body_fat_percent IS NOT NULL', { userId, date })
      .orderBy('w.date', 'DESC')
      .getOne();
    return row?.bodyFatPercent ?? null;
  }

  findWeight(userId: string, id: string): Promise<BodyWeightEntry | null> {
    return this.weights.findOne({ where: { userId, id } });
  }

  async deleteWeight(userId: string, id: string): Promise<void> {
    await this.weights.delete({ userId, id });
  }

  addMeasurements(
    userId: string,
    rows: { date: string; name: string; value: number; unit: string }[],
  ): Promise<BodyMeasurement[]> {
    return this.measurements.save(rows.map((r) => this.measurements.create({ ...r, userId })));
  }

  listMeasurements(userId: string, name?: string): Promise<BodyMeasurement[]> {
    return this.measurements.find({
      where: name ? { userId, name } : { userId },
      order: { date: 'ASC', createdAt: 'ASC' },
    });
  }

  async deleteMeasurement(userId: string, id: string): Promise<boolean> {
    const r = await this.measurements.delete({ userId, id });
    return (r.affected ?? 0) > 0;
  }

  async eraseUser(userId: string): Promise<void> {
    await this.weights.delete({ userId });
    await this.measurements.delete({ userId });
  }
}
