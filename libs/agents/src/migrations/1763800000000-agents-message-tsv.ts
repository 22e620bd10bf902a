import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recall searches only what the user and the coach said, so tool calls and tool results
 * (JSON, up to several KB) no longer pay for a tsvector on every insert.
 */
export class AgentsMessageTsv1763800000000 implements MigrationInterface {
  name = 'AgentsMessageTsv1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS agent_message_tsv`);
    await q.query(`ALTER TABLE agent_message DROP COLUMN tsv`);
    await q.query(
      `ALTER TABLE agent_message ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
         CASE WHEN role IN ('user', 'assistant') THEN to_tsvector('english', coalesce(content, '')) END) STORED`,
    );
    await q.query(`CREATE INDEX agent_message_tsv ON agent_message USING gin (tsv)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS agent_message_tsv`);
    await q.query(`ALTER TABLE agent_message DROP COLUMN tsv`);
    await q.query(
      `ALTER TABLE agent_message ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(content, ''))) STORED`,
    );
    await q.query(`CREATE INDEX agent_message_tsv ON agent_message USING gin (tsv)`);
  }
}
