import { MigrationInterface, QueryRunner } from 'typeorm';

export class BotsInit1765100000000 implements MigrationInterface {
  name = 'BotsInit1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE bot_chats (
      chat_id bigint PRIMARY KEY,
      user_id uuid,
      chat_type text NOT NULL DEFAULT 'private',
      language text NOT NULL DEFAULT 'en' CHECK (language IN ('en','es')),
      meal_reminders text[] NOT NULL DEFAULT '{}',
      linked_at timestamptz,
      blocked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX bot_chats_user_uq ON bot_chats (user_id) WHERE user_id IS NOT NULL`);
    await q.query(`CREATE TABLE bot_link_codes (
      code_hash text PRIMARY KEY,
      user_id uuid NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      used_by_chat_id bigint,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX bot_link_codes_user_idx ON bot_link_codes (user_id)`);
    // Telegram redelivers updates after a slow or failed webhook: one row per update acted upon.
    await q.query(`CREATE TABLE bot_processed_updates (
      update_id bigint PRIMARY KEY,
      processed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX bot_processed_updates_at_idx ON bot_processed_updates (processed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bot_processed_updates`);
    await q.query(`DROP TABLE bot_link_codes`);
    await q.query(`DROP TABLE bot_chats`);
  }
}
