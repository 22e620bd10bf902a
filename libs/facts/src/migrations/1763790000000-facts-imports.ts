import { MigrationInterface, QueryRunner } from 'typeorm';

export class FactsImports1763790000000 implements MigrationInterface {
  name = 'FactsImports1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE product_imports (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      source text NOT NULL,
      format text NOT NULL CHECK (format IN ('jsonl', 'csv', 'delta')),
      status text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
      requested_by uuid,
      total_bytes bigint,
      bytes_read bigint NOT NULL DEFAULT 0,
      checkpoint_line bigint NOT NULL DEFAULT 0,
      checkpoint_offset bigint NOT NULL DEFAULT 0,
      processed integer NOT NULL DEFAULT 0,
      inserted integer NOT NULL DEFAULT 0,
      updated integer NOT NULL DEFAULT 0,
      rejected integer NOT NULL DEFAULT 0,
      rejects jsonb NOT NULL DEFAULT '{}',
      header jsonb,
      rows_per_second real,
      eta_seconds real,
      runs integer NOT NULL DEFAULT 0,
      error text,
      started_at timestamptz,
      finished_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX product_imports_created_idx ON product_imports (created_at DESC, id)`);
    await q.query(`CREATE INDEX product_imports_requested_by_idx ON product_imports (requested_by)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE product_imports`);
  }
}
