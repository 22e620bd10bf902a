import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agent module's tables. Messages and archival notes carry a generated `tsv` column with
 * a GIN index so recall/archival search is PostgreSQL full-text search. The default "Coach"
 * agent is seeded here so a fresh install can chat out of the box (offline engine).
 */
export class AgentsInit1763790000000 implements MigrationInterface {
  name = 'AgentsInit1763790000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE agent_config (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      slug varchar(60) NOT NULL UNIQUE,
      name varchar(120) NOT NULL,
      persona text NOT NULL,
      base_url varchar(500),
      model varchar(200),
      api_key_ref varchar(60),
      temperature real NOT NULL DEFAULT 0.4,
      max_tokens integer NOT NULL DEFAULT 600,
      enabled_tools text[] NOT NULL DEFAULT '{}',
      memory_blocks jsonb NOT NULL,
      safety_policy jsonb NOT NULL,
      is_default boolean NOT NULL DEFAULT false,
      enabled boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE UNIQUE INDEX agent_config_one_default ON agent_config (is_default) WHERE is_default`,
    );

    await q.query(`CREATE TABLE agent_conversation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      agent_id uuid NOT NULL REFERENCES agent_config(id),
      mode varchar(20) NOT NULL DEFAULT 'chat',
      channel varchar(20) NOT NULL DEFAULT 'web',
      title varchar(200),
      summary text,
      state jsonb NOT NULL DEFAULT '{}',
      message_count integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE INDEX agent_conversation_user ON agent_conversation (user_id, updated_at DESC, id)`,
    );

    await q.query(`CREATE TABLE agent_message (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL,
      conversation_id uuid NOT NULL REFERENCES agent_conversation(id) ON DELETE CASCADE,
      user_id uuid NOT NULL,
      role varchar(16) NOT NULL,
      content text NOT NULL DEFAULT '',
      tool_calls jsonb,
      tool_call_id varchar(100),
      tool_name varchar(60),
      engine varchar(10),
      model varchar(200),
      tokens_in integer NOT NULL DEFAULT 0,
      tokens_out integer NOT NULL DEFAULT 0,
      latency_ms integer,
      meta jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(content, ''))) STORED
    )`);
    await q.query(`CREATE INDEX agent_message_conversation ON agent_message (conversation_id, seq)`);
    await q.query(`CREATE INDEX agent_message_user ON agent_message (user_id)`);
    await q.query(`CREATE INDEX agent_message_tsv ON agent_message USING gin (tsv)`);

    await q.query(`CREATE TABLE agent_memory_block (
      user_id uuid NOT NULL,
      label varchar(40) NOT NULL,
      value text NOT NULL DEFAULT '',
      char_limit integer NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, label)
    )`);

    await q.query(`CREATE TABLE agent_archival_note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      content text NOT NULL,
      tags text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED
    )`);
    await q.query(`CREATE INDEX agent_archival_note_user ON agent_archival_note (user_id)`);
    await q.query(`CREATE INDEX agent_archival_note_tsv ON agent_archival_note USING gin (tsv)`);

    await q.query(`CREATE TABLE agent_tool_audit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      conversation_id uuid,
      tool varchar(60) NOT NULL,
      args jsonb NOT NULL,
      ok boolean NOT NULL,
      error text,
      duration_ms integer NOT NULL,
      engine varchar(10) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX agent_tool_audit_user ON agent_tool_audit (user_id, created_at DESC)`);

    await q.query(`CREATE TABLE agent_feedback (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      message_id uuid NOT NULL UNIQUE REFERENCES agent_message(id) ON DELETE CASCADE,
      user_id uuid NOT NULL,
      agent_id uuid NOT NULL,
      rating smallint NOT NULL CHECK (rating IN (-1, 1)),
      comment text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX agent_feedback_agent ON agent_feedback (agent_id)`);

    await q.query(`CREATE TABLE agent_checkin_schedule (
      user_id uuid PRIMARY KEY,
      time_zone varchar(64) NOT NULL,
      daily_time varchar(5),
      weekly_day smallint,
      weekly_time varchar(5),
      conversation_id uuid,
      last_daily_at timestamptz,
      last_weekly_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);

    await q.query(
      `INSERT INTO agent_config (slug, name, persona, enabled_tools, memory_blocks, safety_policy, is_default)
       VALUES ('coach', 'Coach', $1, $2, $3, $4, true)`,
      [
        'You are Coach, a warm, concise nutrition and fitness coach. You encourage small sustainable steps, ' +
          'celebrate progress, and never shame. You are not a doctor.',
        [],
        JSON.stringify([
          { label: 'persona', limit: 2000, description: 'Who the coach is and how it speaks' },
          {
            label: 'human',
            limit: 2000,
            description: 'Facts about the user: body, diet, allergies, dislikes, schedule, goal',
          },
          {
            label: 'health_context',
            limit: 1500,
            description: 'Health context the user shared (conditions, medications), never numbers to act on',
          },
        ]),
        JSON.stringify({ minDailyKcal: 800, maxLossKgPerWeek: 1, disclaimer: true }),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'agent_checkin_schedule',
      'agent_feedback',
      'agent_tool_audit',
      'agent_archival_note',
      'agent_memory_block',
      'agent_message',
      'agent_conversation',
      'agent_config',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
