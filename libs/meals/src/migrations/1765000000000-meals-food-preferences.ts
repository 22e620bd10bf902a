import { MigrationInterface, QueryRunner } from 'typeorm';

export class MealsFoodPreferences1765000000000 implements MigrationInterface {
  name = 'MealsFoodPreferences1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE food_preferences (
      user_id uuid PRIMARY KEY,
      diet_type text CHECK (diet_type IN ('omnivore','vegetarian','vegan','pescatarian')),
      allergens text[] NOT NULL DEFAULT '{}',
      dislikes text[] NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE food_preferences`);
  }
}
