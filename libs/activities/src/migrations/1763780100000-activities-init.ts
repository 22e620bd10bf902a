import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitiesInit1763780100000 implements MigrationInterface {
  name = 'ActivitiesInit1763780100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE activities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      started_at timestamptz NOT NULL,
      activity_key text NOT NULL,
      met_code text NOT NULL,
      met double precision NOT NULL,
      duration_min double precision NOT NULL CHECK (duration_min > 0),
      distance_m double precision,
      energy_kcal double precision NOT NULL,
      energy_method text NOT NULL DEFAULT 'met',
      weight_kg double precision,
      source text NOT NULL DEFAULT 'manual',
      external_id text,
      note text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX activities_user_date_idx ON activities (user_id, date)`);
    await q.query(
      `CREATE UNIQUE INDEX activities_user_external_uq ON activities (user_id, external_id) WHERE external_id IS NOT NULL`,
    );
    await q.query(`CREATE TABLE daily_steps (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      source text NOT NULL,
      steps integer NOT NULL CHECK (steps >= 0),
      active_energy_kcal double precision,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE UNIQUE INDEX daily_steps_user_date_source_uq ON daily_steps (user_id, date, source)`,
    );
    await q.query(`CREATE TABLE activity_imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      kind text NOT NULL,
      status text NOT NULL DEFAULT 'queued',
      progress double precision NOT NULL DEFAULT 0,
      bytes_total bigint NOT NULL DEFAULT 0,
      bytes_read bigint NOT NULL DEFAULT 0,
      counts jsonb NOT NULL DEFAULT '{"activities":0,"stepDays":0,"weights":0,"skipped":0}',
      error text,
      file_path text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`);
    await q.query(`CREATE INDEX activity_imports_user_idx ON activity_imports (user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE activity_imports`);
    await q.query(`DROP TABLE daily_steps`);
    await q.query(`DROP TABLE activities`);
  }
}
