import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ArchivalNote {
  id: string;
  content: string;
  tags: string[];
  createdAt: string;
}

/**
 * Long-term notes the agent keeps about a user. Full-text in PostgreSQL today; a vector
 * store can implement the same interface later without touching the tools.
 */
export interface ArchivalStore {
  insert(userId: string, content: string, tags: string[]): Promise<ArchivalNote>;
  search(userId: string, query: string, limit: number): Promise<ArchivalNote[]>;
  erase(userId: string): Promise<void>;
}

export const ARCHIVAL_STORE = Symbol('ARCHIVAL_STORE');

@Injectable()
export class PostgresArchivalStore implements ArchivalStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(userId: string, content: string, tags: string[]): Promise<ArchivalNote> {
    const [row] = (await this.ds.query(
      `INSERT INTO agent_archival_note (user_id, content, tags) VALUES ($1, $2, $3) RETURNING id, content, tags, created_at`,
      [userId, content, tags],
    )) as Row[];
    return toNote(row);
  }

  async search(userId: string, query: string, limit: number): Promise<ArchivalNote[]> {
    const rows = (await this.ds.query(
      `SELECT id, content, tags, created_at FROM agent_archival_note, websearch_to_tsquery('english', $2) q
        WHERE user_id = $1 AND (tsv @@ q OR $2 = ANY(tags))
        ORDER BY ts_rank(tsv, q) DESC, created_at DESC LIMIT $3`,
      [userId, query, limit],
    )) as Row[];
    return rows.map(toNote);
  }

  async erase(userId: string): Promise<void> {
    await this.ds.query(`DELETE FROM agent_archival_note WHERE user_id = $1`, [userId]);
  }
}

interface Row {
  id: string;
  content: string;
  tags: string[];
  created_at: Date;
}
const toNote = (r: Row): ArchivalNote => ({
  id: r.id,
  content: r.content,
  tags: r.tags,
  createdAt: new Date(r.created_at).toISOString(),
});
