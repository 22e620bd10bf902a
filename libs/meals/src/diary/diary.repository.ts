import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Nutrients } from '../foods/nutrients';
import { DiaryDayNote } from './day-note.entity';
import { DiaryEntry, MealSlot } from './diary-entry.entity';
import { WaterLog } from './water-log.entity';

export type NewEntry = Omit<DiaryEntry, 'id' | 'createdAt' | 'updatedAt'>;

export interface DayTotals extends Nutrients {
  date: string;
  entries: number;
}

const SUMS = `COALESCE(SUM(energy_kcal),0)::float8 AS "energyKcal", COALESCE(SUM(protein_g),0)::float8 AS "proteinG",
  COALESCE(SUM(carbohydrates_g),0)::float8 AS "carbohydratesG", COALESCE(SUM(fat_g),0)::float8 AS "fatG",
  COALESCE(SUM(fiber_g),0)::float8 AS "fiberG", COALESCE(SUM(sugars_g),0)::float8 AS "sugarsG",
  COALESCE(SUM(saturated_fat_g),0)::float8 AS "saturatedFatG", COALESCE(SUM(salt_g),0)::float8 AS "saltG",
  COUNT(*)::int AS entries`;

export interface QuickPick {
  kind: string;
  ref: string;
  name: string;
  brand: string | null;
  quantity: number;
  unit: string;
  count: number;
  lastLoggedAt: Date;
}

@Injectable()
export class DiaryRepository {
  constructor(
    @InjectRepository(DiaryEntry) private readonly entries: Repository<DiaryEntry>,
    @InjectRepository(WaterLog) private readonly water: Repository<WaterLog>,
    @InjectRepository(DiaryDayNote) private readonly notes: Repository<DiaryDayNote>,
  ) {}

  /**
   * Inserts unless the user already used this Idempotency-Key; returns the stored row and
   * whether it was created now. The unique index makes concurrent retries safe too.
   */
  async insertIdempotent(entry: NewEntry): Promise<{ row: DiaryEntry; created: boolean }> {
    if (!entry.idempotencyKey)
      return { row: await this.entries.save(this.entries.create(entry)), created: true };
    const result = await this.entries
      .createQueryBuilder()
      .insert()
      .values(entry)
      .orIgnore()
      .returning('id')
      .execute();
    const created = (result.raw as unknown[]).length > 0;
    const row = await this.entries.findOneOrFail({
      where: { userId: entry.userId, idempotencyKey: entry.idempotencyKey },
    });
    return { row, created };
  }

  insertMany(rows: NewEntry[]): Promise<DiaryEntry[]> {
    return this.entries.save(rows.map((r) => this.entries.create(r)));
  }

  find(userId: string, id: string): Promise<DiaryEntry | null> {
    return this.entries.findOne({ where: { userId, id } });
  }

  save(entry: DiaryEntry): Promise<DiaryEntry> {
    return this.entries.save(entry);
  }

  async delete(userId: string, id: string): Promise<void> {
    await this.entries.delete({ userId, id });
  }

  listDay(userId: string, date: string, slot?: MealSlot): Promise<DiaryEntry[]> {
    return this.entries.find({
      where: slot ? { userId, date, slot } : { userId, date },
      order: { loggedAt: 'ASC', createdAt: 'ASC' },
    });
  }

  listRange(userId: string, from: string, to: string): Promise<DiaryEntry[]> {
    return this.entries
      .createQueryBuilder('e')
      .where('e.user_id = :userId AND e.date BETWEEN :from AND :to', { userId, from, to })
      .orderBy('e.date', 'ASC')
      .addOrderBy('e.logged_at', 'ASC')
      .getMany();
  }

  /** Per-day nutrient sums for a date range (days without entries are absent). */
  async totalsByDay(userId: string, from: string, to: string): Promise<DayTotals[]> {
    return this.entries.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, ${SUMS} FROM diary_entries
       WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date ORDER BY date`,
      [userId, from, to],
    );
  }

  /**
   * One round trip for a summary: per-day nutrient sums and water in [from, to], and every
   * logged date up to `upTo` (streaks).
   */
  async rangeFacts(
    userId: string,
    from: string,
    to: string,
    upTo: string,
  ): Promise<{ totals: DayTotals[]; water: Map<string, number>; loggedDates: string[] }> {
    const rows: {
      totals: DayTotals[] | null;
      water: { date: string; ml: number }[] | null;
      dates: string[] | null;
    }[] = await this.entries.query(
      `SELECT
         (SELECT json_agg(t ORDER BY t.date) FROM (
            SELECT to_char(date, 'YYYY-MM-DD') AS date, ${SUMS} FROM diary_entries
            WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date) t) AS totals,
         (SELECT json_agg(w) FROM (
            SELECT to_char(date, 'YYYY-MM-DD') AS date, SUM(ml)::int AS ml FROM water_logs
            WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date) w) AS water,
         (SELECT array_agg(to_char(d, 'YYYY-MM-DD')) FROM (
            SELECT DISTINCT date AS d FROM diary_entries WHERE user_id = $1 AND date <= $4) x) AS dates`,
      [userId, from, to, upTo],
    );
    const r = rows[0];
    return {
      totals: r?.totals ?? [],
      water: new Map((r?.water ?? []).map((w) => [w.date, w.ml])),
      loggedDates: r?.dates ?? [],
    };
  }

  /** Local dates with at least one entry, up to a date (for streaks). */
  async loggedDates(userId: string, upTo: string): Promise<string[]> {
    const rows: { d: string }[] = await this.entries.query(
      `SELECT DISTINCT to_char(date, 'YYYY-MM-DD') AS d FROM diary_entries WHERE user_id = $1 AND date <= $2`,
      [userId, upTo],
    );
    return rows.map((r) => r.d);
  }

  /** The most recently logged distinct items (same source, unit and quantity). */
  async recent(userId: string, limit: number): Promise<QuickPick[]> {
    return this.entries.query(
      `SELECT kind, ref, MAX(name) AS name, MAX(brand) AS brand, quantity, unit, COUNT(*)::int AS count, MAX(logged_at) AS "lastLoggedAt"
       FROM diary_entries WHERE user_id = $1 AND ref IS NOT NULL
       GROUP BY kind, ref, quantity, unit ORDER BY MAX(logged_at) DESC LIMIT $2`,
      [userId, limit],
    );
  }

  /** Items logged most often in the last 90 days. */
  async frequent(userId: string, since: string, limit: number): Promise<QuickPick[]> {
    return this.entries
      .query(
        `SELECT DISTINCT ON (kind, ref) kind, ref, name, brand, quantity, unit, count, "lastLoggedAt" FROM (
         SELECT kind, ref, name, brand, quantity, unit, logged_at,
           COUNT(*) OVER (PARTITION BY kind, ref)::int AS count,
           MAX(logged_at) OVER (PARTITION BY kind, ref) AS "lastLoggedAt"
         FROM diary_entries WHERE user_id = $1 AND ref IS NOT NULL AND date >= $2) x
       ORDER BY kind, ref, logged_at DESC`,
        [userId, since],
      )
      .then((rows: QuickPick[]) => rows.sort((a, b) => b.count - a.count).slice(0, limit));
  }

  addWater(row: Omit<WaterLog, 'id' | 'createdAt'>): Promise<WaterLog> {
    return this.water.save(this.water.create(row));
  }

  findWater(userId: string, id: string): Promise<WaterLog | null> {
    return this.water.findOne({ where: { userId, id } });
  }

  async deleteWater(userId: string, id: string): Promise<void> {
    await this.water.delete({ userId, id });
  }

  listWater(userId: string, date: string): Promise<WaterLog[]> {
    return this.water.find({ where: { userId, date }, order: { loggedAt: 'ASC' } });
  }

  async waterByDay(userId: string, from: string, to: string): Promise<Map<string, number>> {
    const rows: { date: string; ml: number }[] = await this.water.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, SUM(ml)::int AS ml FROM water_logs
       WHERE user_id = $1 AND date BETWEEN $2 AND $3 GROUP BY date`,
      [userId, from, to],
    );
    return new Map(rows.map((r) => [r.date, r.ml]));
  }

  async setNote(userId: string, date: string, note: string | null): Promise<void> {
    if (note === null || note.trim() === '') {
      await this.notes.delete({ userId, date });
      return;
    }
    await this.notes
      .createQueryBuilder()
      .insert()
      .values({ userId, date, note })
      .orUpdate(['note', 'updated_at'], ['user_id', 'date'])
      .execute();
  }

  async note(userId: string, date: string): Promise<string | null> {
    return (await this.notes.findOne({ where: { userId, date } }))?.note ?? null;
  }

  async exportAll(
    userId: string,
  ): Promise<{ entries: DiaryEntry[]; water: WaterLog[]; notes: DiaryDayNote[] }> {
    const [entries, water, notes] = await Promise.all([
      this.entries.find({ where: { userId }, order: { date: 'ASC' } }),
      this.water.find({ where: { userId }, order: { date: 'ASC' } }),
      this.notes.find({ where: { userId }, order: { date: 'ASC' } }),
    ]);
    return { entries, water, notes };
  }

  async erase(userId: string): Promise<void> {
    await this.entries.delete({ userId });
    await this.water.delete({ userId });
    await this.notes.delete({ userId });
  }
}
