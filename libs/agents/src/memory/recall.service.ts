import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface RecallHit {
  messageId: string;
  conversationId: string;
  role: string;
  content: string;
  createdAt: string;
  rank: number;
}

/** Recall memory: full-text search over the user's own past user/assistant messages. */
@Injectable()
export class RecallService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async search(userId: string, query: string, limit = 5): Promise<RecallHit[]> {
    const q = query.trim();
    if (!q) return [];
    // OR the words so a loose question ("what did I say about almonds") still matches.
    const words = q.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
    if (!words.length) return [];
    const rows = (await this.ds.query(
      `SELECT id, conversation_id, role, content, created_at, ts_rank(tsv, query) AS rank
         FROM agent_message, to_tsquery('english', $2) query
        WHERE user_id = $1 AND role IN ('user', 'assistant') AND tsv @@ query
        ORDER BY rank DESC, seq DESC
        LIMIT $3`,
      [userId, words.map((w) => w.replace(/'/g, '')).join(' | '), limit],
    )) as {
      id: string;
      conversation_id: string;
      role: string;
      content: string;
      created_at: Date;
      rank: number;
    }[];
    return rows.map((r) => ({
      messageId: r.id,
      conversationId: r.conversation_id,
      role: r.role,
      content: r.content.slice(0, 500),
      createdAt: new Date(r.created_at).toISOString(),
      rank: Number(r.rank),
    }));
  }
}
