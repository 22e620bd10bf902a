import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** update_ids already acted upon: Telegram redelivers after slow or failed webhooks. */
@Injectable()
export class ProcessedUpdatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** True when this call claimed the update (first delivery); false for a redelivery. */
  async claim(updateId: number): Promise<boolean> {
    const rows = (await this.db.query(
      `INSERT INTO bot_processed_updates (update_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING update_id`,
      [updateId],
    )) as unknown[];
    return rows.length === 1;
  }

  /** Gives the update back when handling failed, so the queue's retry can act on it. */
  async release(updateId: number): Promise<void> {
    await this.db.query(`DELETE FROM bot_processed_updates WHERE update_id = $1`, [updateId]);
  }

  /** Telegram keeps redelivering for at most 24 h; a week of ids is plenty. */
  async prune(olderThanDays = 7): Promise<number> {
    const res = (await this.db.query(`DELETE FROM bot_processed_updates WHERE processed_at < now() - make_interval(days => $1)`, [olderThanDays])) as [
      unknown,
      number,
    ];
    return res[1] ?? 0;
  }
}
