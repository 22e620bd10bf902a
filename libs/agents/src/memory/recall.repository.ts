import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface RecallRow {
  id: string;
  conversation_id: string;
  role: string;
  content: string;
  created_at: Date;
  rank: number;
}

/** Full-text search over a user's own user/assistant messages (agent_message.tsv). */
@Injectable()
export class RecallRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** `tsquery` is an english to_tsquery expression, best matches first. */
  async search(userId: string, tsquery: string, limit: number): Promise<RecallRow[]> {
    return (await this.ds.query(
      `SELECT id, conversation_id, role, content, created_at, ts_rank(tsv, query) AS rank
         FROM agent_message, to_tsquery('english', $2) query
        WHERE user_id = $1 AND role IN ('user', 'assistant') AND tsv @@ query
        ORDER BY rank DESC, seq DESC
        LIMIT $3`,
      [userId, tsquery, limit],
    )) as RecallRow[];
  }
}
