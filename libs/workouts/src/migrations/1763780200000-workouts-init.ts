import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorkoutsInit1763780200000 implements MigrationInterface {
  name = 'WorkoutsInit1763780200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE exercises (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid,
      slug text,
      name text NOT NULL,
      category text NOT NULL,
      equipment text NOT NULL,
      primary_muscles text[] NOT NULL,
      secondary_muscles text[] NOT NULL DEFAULT '{}'
    )`);
    await q.query(`CREATE UNIQUE INDEX exercises_slug_uq ON exercises (slug)`);
    await q.query(`CREATE INDEX exercises_user_idx ON exercises (user_id)`);
    await q.query(`CREATE TABLE workout_routines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      name text NOT NULL,
      days jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX workout_routines_user_idx ON workout_routines (user_id)`);
    await q.query(`CREATE TABLE workout_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      started_at timestamptz NOT NULL,
      finished_at timestamptz,
      routine_id uuid,
      day_index integer,
      notes text,
      progression jsonb,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX workout_sessions_user_date_idx ON workout_sessions (user_id, date)`);
    await q.query(`CREATE TABLE workout_sets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid NOT NULL REFERENCES workout_sessions(id) ON DELETE CASCADE,
      user_id uuid NOT NULL,
      exercise_id uuid NOT NULL REFERENCES exercises(id),
      set_index integer NOT NULL,
      reps integer NOT NULL CHECK (reps >= 1),
      weight_kg double precision NOT NULL CHECK (weight_kg >= 0),
      rir double precision,
      e1rm_kg double precision NOT NULL,
      is_pr boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX workout_sets_session_idx ON workout_sets (session_id, set_index)`);
    await q.query(`CREATE INDEX workout_sets_user_exercise_idx ON workout_sets (user_id, exercise_id)`);
    await q.query(`CREATE TABLE personal_records (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      exercise_id uuid NOT NULL,
      kind text NOT NULL,
      value double precision NOT NULL,
      reps integer NOT NULL,
      weight_kg double precision NOT NULL,
      set_id uuid NOT NULL,
      achieved_on date NOT NULL
    )`);
    await q.query(`CREATE UNIQUE INDEX personal_records_uq ON personal_records (user_id, exercise_id, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE personal_records`);
    await q.query(`DROP TABLE workout_sets`);
    await q.query(`DROP TABLE workout_sessions`);
    await q.query(`DROP TABLE workout_routines`);
    await q.query(`DROP TABLE exercises`);
  }
}
