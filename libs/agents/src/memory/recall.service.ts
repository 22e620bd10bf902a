import { Injectable } from '@nestjs/common';
import { RecallRepository } from './recall.repository';

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
  constructor(private readonly repo: RecallRepository) {}

  async search(userId: string, query: string, limit = 5): Promise<RecallHit[]> {
    const q = query.trim();
    if (!q) return [];
    // OR the words so a loose question ("what did I say about almonds") still matches.
    const words = q.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
    if (!words.length) return [];
    const rows = await this.repo.search(userId, words.map((w) => w.replace(/'/g, '')).join(' | '), limit);
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
