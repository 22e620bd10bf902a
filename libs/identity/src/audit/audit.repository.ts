import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEvent) private readonly repo: Repository<AuditEvent>) {}

  async insert(row: Pick<AuditEvent, 'subjectUserId' | 'actorUserId' | 'action' | 'detail'>): Promise<void> {
    await this.repo.save(this.repo.create(row), { reload: false });
  }

  /** Newest first, keyset on (created_at, id). */
  async page(
    filter: { subjectUserId?: string; action?: string },
    limit: number,
    cursor?: { at: string; id: string },
  ): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
    const qb = this.repo
      .createQueryBuilder('a')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit + 1);
    if (filter.subjectUserId) qb.andWhere('a.subject_user_id = :s', { s: filter.subjectUserId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (cursor) qb.andWhere('(a.created_at, a.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last
        ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString('base64url')
        : null;
    return { items, nextCursor };
  }

  /**
   * Erasure: the person's own trail goes; in other people's trails they become anonymous —
   * as actor, and wherever their id appears inside `detail` (e.g. a coach id on a consent).
   */
  async eraseUser(userId: string): Promise<void> {
    await this.repo.delete({ subjectUserId: userId });
    await this.repo.query(
      `UPDATE audit_events SET actor_user_id = NULL, detail = detail || '{"actorErased": true}'::jsonb WHERE actor_user_id = $1`,
      [userId],
    );
    await this.repo.query(
      `UPDATE audit_events SET detail = replace(detail::text, $1, 'erased')::jsonb WHERE detail::text LIKE '%' || $1 || '%'`,
      [userId],
    );
  }

  async listAllFor(userId: string): Promise<AuditEvent[]> {
    return this.repo.find({ where: { subjectUserId: userId }, order: { createdAt: 'ASC' } });
  }
}
