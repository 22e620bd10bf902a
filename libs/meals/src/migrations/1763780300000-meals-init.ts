import { MigrationInterface, QueryRunner } from 'typeorm';

export class MealsInit1763780300000 implements MigrationInterface {
  name = 'MealsInit1763780300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE diary_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      slot text NOT NULL CHECK (slot IN ('breakfast','lunch','dinner','snacks')),
      logged_at timestamptz NOT NULL,
      kind text NOT NULL CHECK (kind IN ('product','food','recipe','reference','quick')),
      ref text,
      name text NOT NULL,
      brand text,
      quantity double precision NOT NULL CHECK (quantity > 0),
      unit text NOT NULL,
      grams double precision,
      energy_kcal double precision NOT NULL,
      protein_g double precision NOT NULL,
      carbohydrates_g double precision NOT NULL,
      fat_g double precision NOT NULL,
      fiber_g double precision NOT NULL,
      sugars_g double precision NOT NULL,
      saturated_fat_g double precision NOT NULL,
      salt_g double precision NOT NULL,
      basis jsonb NOT NULL,
      note text,
      idempotency_key text,
      idempotency_fingerprint text,
      plan_ref text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX diary_entries_user_date_idx ON diary_entries (user_id, date)`);
    await q.query(`CREATE INDEX diary_entries_user_logged_idx ON diary_entries (user_id, logged_at DESC)`);
    await q.query(
      `CREATE UNIQUE INDEX diary_entries_idempotency_uq ON diary_entries (user_id, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await q.query(`CREATE TABLE water_logs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      ml integer NOT NULL CHECK (ml > 0),
      logged_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX water_logs_user_date_idx ON water_logs (user_id, date)`);
    await q.query(`CREATE TABLE diary_day_notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      date date NOT NULL,
      note text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX diary_day_notes_uq ON diary_day_notes (user_id, date)`);
    await q.query(`CREATE TABLE user_foods (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      name text NOT NULL,
      brand text,
      per100 jsonb NOT NULL,
      serving_g double precision,
      household_units jsonb NOT NULL DEFAULT '[]',
      allergens text[] NOT NULL DEFAULT '{}',
      vegan boolean,
      vegetarian boolean,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX user_foods_user_idx ON user_foods (user_id)`);
    await q.query(`CREATE TABLE recipes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      name text NOT NULL,
      servings double precision NOT NULL CHECK (servings > 0),
      ingredients jsonb NOT NULL,
      total_grams double precision NOT NULL,
      total jsonb NOT NULL,
      per_serving jsonb NOT NULL,
      allergens text[] NOT NULL DEFAULT '{}',
      vegan boolean,
      vegetarian boolean,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX recipes_user_idx ON recipes (user_id)`);
    await q.query(`CREATE TABLE saved_meals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      name text NOT NULL,
      items jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX saved_meals_user_idx ON saved_meals (user_id)`);
    await q.query(`CREATE TABLE diet_plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      week_start date NOT NULL,
      preferences jsonb NOT NULL,
      targets jsonb NOT NULL,
      days jsonb NOT NULL,
      status text NOT NULL DEFAULT 'current' CHECK (status IN ('current','archived')),
      assigned_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX diet_plans_user_idx ON diet_plans (user_id, status, week_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'diet_plans',
      'saved_meals',
      'recipes',
      'user_foods',
      'diary_day_notes',
      'water_logs',
      'diary_entries',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
