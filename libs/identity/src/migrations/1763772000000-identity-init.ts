import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityInit1763772000000 implements MigrationInterface {
  name = 'IdentityInit1763772000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      email_verified boolean NOT NULL DEFAULT false,
      password_hash text,
      display_name text,
      time_zone text NOT NULL DEFAULT 'UTC',
      locale text NOT NULL DEFAULT 'en',
      unit_system text NOT NULL DEFAULT 'metric' CHECK (unit_system IN ('metric','imperial')),
      birth_date date,
      sex text CHECK (sex IN ('female','male','other')),
      height_cm real,
      activity_level text,
      roles text[] NOT NULL DEFAULT '{user}',
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','deactivated')),
      deactivated_at timestamptz,
      mfa_secret_enc text,
      mfa_enabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX users_email_uq ON users (email)`);
    await q.query(`CREATE INDEX users_created_idx ON users (created_at, id)`);

    await q.query(`CREATE TABLE refresh_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      family_id uuid NOT NULL,
      token_hash text NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX refresh_tokens_hash_uq ON refresh_tokens (token_hash)`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`);

    await q.query(`CREATE TABLE api_keys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      name text NOT NULL,
      prefix text NOT NULL,
      key_hash text NOT NULL,
      scopes text[] NOT NULL,
      last_used_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX api_keys_hash_uq ON api_keys (key_hash)`);
    await q.query(`CREATE INDEX api_keys_user_idx ON api_keys (user_id)`);

    await q.query(`CREATE TABLE audit_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      subject_user_id uuid,
      actor_user_id uuid,
      action text NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE INDEX audit_events_subject_idx ON audit_events (subject_user_id, created_at DESC, id)`,
    );
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id)`);
    await q.query(`CREATE INDEX audit_events_created_idx ON audit_events (created_at DESC, id)`);

    await q.query(`CREATE TABLE mfa_recovery_codes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      code_hash text NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX mfa_recovery_codes_user_idx ON mfa_recovery_codes (user_id)`);

    await q.query(`CREATE TABLE email_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      purpose text NOT NULL CHECK (purpose IN ('reset','verify')),
      token_hash text NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX email_tokens_hash_uq ON email_tokens (token_hash)`);
    await q.query(`CREATE INDEX email_tokens_user_idx ON email_tokens (user_id)`);

    await q.query(`CREATE TABLE dev_mail_outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid,
      to_address text NOT NULL,
      subject text NOT NULL,
      body_text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX dev_mail_outbox_created_idx ON dev_mail_outbox (created_at DESC)`);
    await q.query(`CREATE INDEX dev_mail_outbox_user_idx ON dev_mail_outbox (user_id)`);

    await q.query(`CREATE TABLE federated_identities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      provider text NOT NULL,
      subject text NOT NULL,
      email text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX federated_identities_uq ON federated_identities (provider, subject)`);
    await q.query(`CREATE INDEX federated_identities_user_idx ON federated_identities (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'federated_identities',
      'dev_mail_outbox',
      'email_tokens',
      'mfa_recovery_codes',
      'audit_events',
      'api_keys',
      'refresh_tokens',
      'users',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
