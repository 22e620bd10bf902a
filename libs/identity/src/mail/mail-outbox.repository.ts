import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { decodeCursor, encodeCursor } from '@welness/platform';
import { Repository } from 'typeorm';
import { DevMailMessage } from '../auth/auth-extras.entity';

/** The dev outbox table: mail written here instead of sent while no SMTP server is configured. */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectRepository(DevMailMessage) private readonly outbox: Repository<DevMailMessage>) {}

  async add(mail: {
    userId: string | null;
    toAddress: string;
    subject: string;
    bodyText: string;
  }): Promise<void> {
    await this.outbox.save(this.outbox.create(mail));
  }

  /** Newest first, keyset-paged by (created_at, id); a cursor this list did not issue is a 400. */
  async page(
    limit: number,
    toAddress?: string,
    cursor?: string,
  ): Promise<{ items: DevMailMessage[]; nextCursor: string | null }> {
    const qb = this.outbox
      .createQueryBuilder('m')
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(limit + 1);
    if (toAddress) qb.andWhere('m.to_address = :to', { to: toAddress });
    if (cursor) {
      const [at, id] = decodeCursor(cursor, ['timestamp', 'uuid'] as const);
      qb.andWhere('(m.created_at, m.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null };
  }

  async eraseFor(userId: string, toAddress: string): Promise<void> {
    await this.outbox.delete({ userId });
    await this.outbox.delete({ toAddress });
  }
}
