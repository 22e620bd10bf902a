import { MigrationInterface, QueryRunner } from 'typeorm';

export class GoalsInit1763780000000 implements MigrationInterface {
  name = 'GoalsInit1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE goals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      direction text NOT NULL DEFAULT 'maintain' CHECK (direction IN ('lose','maintain','gain')),
      rate_kg_per_week double precision NOT NULL DEFAULT 0 CHECK (rate_kg_per_week >= 0 AND rate_kg_per_week <= 2),
      target_weight_kg double precision,
      target_date date,
      bmr_formula text NOT NULL DEFAULT 'mifflin-st-jeor',
      energy_override_kcal double precision,
      coach_energy_override_kcal double precision,
      coach_override_by uuid,
      protein_rule jsonb,
      fat_rule jsonb,
      carbohydrates_rule jsonb,
      steps_per_day integer,
      workouts_per_week integer,
      water_ml_per_day integer,
      training_day_extra_percent double precision,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX goals_user_uq ON goals (user_id)`);
    await q.query(`CREATE TABLE body_weights (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      weight_kg double precision NOT NULL CHECK (weight_kg > 0),
      body_fat_percent double precision,
      source text NOT NULL DEFAULT 'manual',
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX body_weights_user_date_uq ON body_weights (user_id, date)`);
    await q.query(`CREATE TABLE body_measurements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      name text NOT NULL,
      value double precision NOT NULL,
      unit text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX body_measurements_user_date_idx ON body_measurements (user_id, date)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE body_measurements`);
    await q.query(`DROP TABLE body_weights`);
    await q.query(`DROP TABLE goals`);
  }
}
