import { MigrationInterface, QueryRunner } from 'typeorm';

/** Live rate, time left and the rejects report of an activity import. */
export class ActivityImportReport1765200000000 implements MigrationInterface {
  name = 'ActivityImportReport1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity_imports
      ADD COLUMN rows_processed integer NOT NULL DEFAULT 0,
      ADD COLUMN rows_per_second real,
      ADD COLUMN eta_seconds real,
      ADD COLUMN rejects jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN started_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity_imports
      DROP COLUMN rows_processed,
      DROP COLUMN rows_per_second,
      DROP COLUMN eta_seconds,
      DROP COLUMN rejects,
      DROP COLUMN started_at`);
  }
}
