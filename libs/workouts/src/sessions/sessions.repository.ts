import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PersonalRecord, RecordKind, WorkoutSession, WorkoutSet } from './session.entity';

export interface MuscleVolumeRow {
  muscle: string;
  role: 'primary' | 'secondary';
  sets: number;
  volumeKg: number;
}

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(WorkoutSession) private readonly sessions: Repository<WorkoutSession>,
    @InjectRepository(WorkoutSet) private readonly sets: Repository<WorkoutSet>,
    @InjectRepository(PersonalRecord) private readonly records: Repository<PersonalRecord>,
  ) {}

  createSession(s: Partial<WorkoutSession>): Promise<WorkoutSession> {
    return this.sessions.save(this.sessions.create(s));
  }

  saveSession(s: WorkoutSession): Promise<WorkoutSession> {
    return this.sessions.save(s);
  }

  findSession(userId: string, id: string): Promise<WorkoutSession | null> {
    return this.sessions.findOne({ where: { userId, id } });
  }

  page(
    userId: string,
    limit: number,
    cursor: { startedAt: Date; id: string } | null,
  ): Promise<WorkoutSession[]> {
    const qb = this.sessions.createQueryBuilder('s').where('s.user_id = :userId', { userId });
    if (cursor) qb.andWhere('(s.started_at, s.id) < (:at, :id)', { at: cursor.startedAt, id: cursor.id });
    return qb.orderBy('s.started_at', 'DESC').addOrderBy('s.id', 'DESC').limit(limit).getMany();
  }

  /** Sets logged and their volume (Σ reps × kg) per session, for a page of the history. */
  async totalsOf(sessionIds: string[]): Promise<Map<string, { setCount: number; volumeKg: number }>> {
    if (!sessionIds.length) return new Map();
    const rows: { id: string; setCount: number; volumeKg: number }[] = await this.sets.query(
      `SELECT session_id AS id, COUNT(*)::int AS "setCount", SUM(reps * weight_kg)::float8 AS "volumeKg"
       FROM workout_sets WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`,
      [sessionIds],
    );
    return new Map(rows.map((r) => [r.id, { setCount: r.setCount, volumeKg: r.volumeKg }]));
  }

  async deleteSession(userId: string, id: string): Promise<void> {
    await this.sessions.delete({ userId, id });
  }

  findSet(sessionId: string, id: string): Promise<WorkoutSet | null> {
    return this.sets.findOne({ where: { sessionId, id } });
  }

  async deleteSet(sessionId: string, id: string): Promise<void> {
    await this.sets.delete({ sessionId, id });
  }

  async exercisesOf(sessionId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.sets.query(
      `SELECT DISTINCT exercise_id AS id FROM workout_sets WHERE session_id = $1`,
      [sessionId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The records of these exercises again from the sets that remain, once a set or a session is
   * deleted: the best set of each kind holds it, the earliest on a tie (as when it was logged).
   */
  async rebuildRecords(userId: string, exerciseIds: string[]): Promise<void> {
    if (!exerciseIds.length) return;
    await this.records.manager.transaction(async (tx) => {
      await tx.query(`DELETE FROM personal_records WHERE user_id = $1 AND exercise_id = ANY($2::uuid[])`, [userId, exerciseIds]);
      await tx.query(
        `INSERT INTO personal_records (user_id, exercise_id, kind, value, reps, weight_kg, set_id, achieved_on)
         SELECT DISTINCT ON (ws.exercise_id, k.kind) ws.user_id, ws.exercise_id, k.kind, k.value, ws.reps, ws.weight_kg, ws.id, s.date
         FROM workout_sets ws
         JOIN workout_sessions s ON s.id = ws.session_id
         CROSS JOIN LATERAL (VALUES ('e1rm', ws.e1rm_kg), ('max_weight', ws.weight_kg), ('max_volume_set', ws.weight_kg * ws.reps)) AS k(kind, value)
         WHERE ws.user_id = $1 AND ws.exercise_id = ANY($2::uuid[]) AND k.value > 0
         ORDER BY ws.exercise_id, k.kind, k.value DESC, s.started_at, ws.set_index`,
        [userId, exerciseIds],
      );
    });
  }

  setsOf(sessionId: string): Promise<WorkoutSet[]> {
    return this.sets.find({ where: { sessionId }, order: { setIndex: 'ASC' } });
  }

  async nextSetIndex(sessionId: string): Promise<number> {
    const r: { n: number }[] = await this.sets.query(
      `SELECT COALESCE(MAX(set_index), -1)::int + 1 AS n FROM workout_sets WHERE session_id = $1`,
      [sessionId],
    );
    return r[0].n;
  }

  saveSet(s: Partial<WorkoutSet>): Promise<WorkoutSet> {
    return this.sets.save(this.sets.create(s));
  }

  findRecord(userId: string, exerciseId: string, kind: RecordKind): Promise<PersonalRecord | null> {
    return this.records.findOne({ where: { userId, exerciseId, kind } });
  }

  async upsertRecord(r: Omit<PersonalRecord, 'id'>): Promise<void> {
    await this.records
      .createQueryBuilder()
      .insert()
      .values(r)
      .orUpdate(['value', 'reps', 'weight_kg', 'set_id', 'achieved_on'], ['user_id', 'exercise_id', 'kind'])
      .execute();
  }

  listRecords(userId: string): Promise<PersonalRecord[]> {
    return this.records.find({ where: { userId }, order: { achievedOn: 'DESC' } });
  }

  /** Sessions with at least one set, per local date. */
  async countsByDay(userId: string, from: string, to: string): Promise<Map<string, number>> {
    const rows: { date: string; n: number }[] = await this.sessions.query(
      `SELECT to_char(s.date, 'YYYY-MM-DD') AS date, COUNT(*)::int AS n FROM workout_sessions s
       WHERE s.user_id = $1 AND s.date BETWEEN $2 AND $3
         AND EXISTS (SELECT 1 FROM workout_sets w WHERE w.session_id = s.id)
       GROUP BY s.date`,
      [userId, from, to],
    );
    return new Map(rows.map((r) => [r.date, r.n]));
  }

  /** Hard sets and volume (reps × kg) per muscle for sessions in a date range. */
  volumeByMuscle(userId: string, from: string, to: string): Promise<MuscleVolumeRow[]> {
    return this.sets.query(
      `SELECT m.muscle, m.role, COUNT(*)::int AS sets, SUM(w.reps * w.weight_kg)::float8 AS "volumeKg"
       FROM workout_sets w
       JOIN workout_sessions s ON s.id = w.session_id
       JOIN exercises e ON e.id = w.exercise_id
       CROSS JOIN LATERAL (
         SELECT unnest(e.primary_muscles) AS muscle, 'primary' AS role
         UNION ALL SELECT unnest(e.secondary_muscles), 'secondary'
       ) m
       WHERE s.user_id = $1 AND s.date BETWEEN $2 AND $3
       GROUP BY m.muscle, m.role ORDER BY m.muscle`,
      [userId, from, to],
    );
  }

  async exportAll(userId: string) {
    const [sessions, sets, records] = await Promise.all([
      this.sessions.find({ where: { userId }, order: { startedAt: 'ASC' } }),
      this.sets.find({ where: { userId }, order: { createdAt: 'ASC' } }),
      this.records.find({ where: { userId } }),
    ]);
    return { sessions, sets, records };
  }

  async erase(userId: string): Promise<void> {
    await this.records.delete({ userId });
    await this.sets.delete({ userId });
    await this.sessions.delete({ userId });
  }
}
