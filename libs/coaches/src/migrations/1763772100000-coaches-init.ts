import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoachesInit1763772100000 implements MigrationInterface {
  name = 'CoachesInit1763772100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE coach_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      coach_id uuid NOT NULL,
      client_id uuid,
      invite_email text,
      initiated_by text NOT NULL CHECK (initiated_by IN ('coach','client')),
      status text NOT NULL CHECK (status IN ('pending','active','ended')),
      scopes text[] NOT NULL,
      consented_at timestamptz,
      ended_at timestamptz,
      ended_by text CHECK (ended_by IN ('coach','client')),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (client_id IS NOT NULL OR invite_email IS NOT NULL),
      CHECK (status <> 'active' OR consented_at IS NOT NULL)
    )`);
    // One open link per pair; ended links stay as history.
    await q.query(
      `CREATE UNIQUE INDEX coach_links_open_pair_uq ON coach_links (coach_id, client_id) WHERE status <> 'ended' AND client_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX coach_links_open_invite_uq ON coach_links (coach_id, invite_email) WHERE status <> 'ended' AND client_id IS NULL`,
    );
    await q.query(`CREATE INDEX coach_links_client_idx ON coach_links (client_id)`);
    await q.query(`CREATE INDEX coach_links_coach_idx ON coach_links (coach_id, status)`);
    await q.query(
      `CREATE INDEX coach_links_invite_idx ON coach_links (invite_email) WHERE client_id IS NULL`,
    );

    await q.query(`CREATE TABLE coach_notes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      coach_id uuid NOT NULL,
      client_id uuid NOT NULL,
      body_enc text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX coach_notes_pair_idx ON coach_notes (coach_id, client_id, created_at DESC)`);
    await q.query(`CREATE INDEX coach_notes_client_idx ON coach_notes (client_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE IF EXISTS coach_notes');
    await q.query('DROP TABLE IF EXISTS coach_links');
  }
}
