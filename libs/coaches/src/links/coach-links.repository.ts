import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CoachScope } from '@welness/platform';
import { Repository } from 'typeorm';
import { CoachLink } from './coach-link.entity';

@Injectable()
export class CoachLinksRepository {
  constructor(@InjectRepository(CoachLink) private readonly repo: Repository<CoachLink>) {}

  create(row: Partial<CoachLink>): Promise<CoachLink> {
    return this.repo.save(this.repo.create(row));
  }

  findById(id: string): Promise<CoachLink | null> {
    return this.repo.findOneBy({ id });
  }

  async save(link: CoachLink): Promise<CoachLink> {
    return this.repo.save(link);
  }

  findOpen(coachId: string, clientId: string | null, inviteEmail: string | null): Promise<CoachLink | null> {
    const qb = this.repo
      .createQueryBuilder('l')
      .where('l.coach_id = :coachId', { coachId })
      .andWhere(`l.status <> 'ended'`);
    if (clientId) qb.andWhere('l.client_id = :clientId', { clientId });
    else qb.andWhere('l.client_id IS NULL AND l.invite_email = :inviteEmail', { inviteEmail });
    return qb.getOne();
  }

  /** Invitations sent to an address before its account existed now belong to that account. */
  async claimInvites(clientId: string, email: string): Promise<void> {
    await this.repo.query(
      `UPDATE coach_links l SET client_id = $1, updated_at = now()
        WHERE l.client_id IS NULL AND l.invite_email = $2 AND l.status <> 'ended'
          AND NOT EXISTS (SELECT 1 FROM coach_links o WHERE o.coach_id = l.coach_id AND o.client_id = $1 AND o.status <> 'ended')`,
      [clientId, email],
    );
  }

  listForClient(clientId: string): Promise<CoachLink[]> {
    return this.repo.find({ where: { clientId }, order: { createdAt: 'DESC' } });
  }

  listForCoach(coachId: string): Promise<CoachLink[]> {
    return this.repo.find({ where: { coachId }, order: { createdAt: 'DESC' } });
  }

  async activeScopes(coachId: string, clientId: string): Promise<CoachScope[] | null> {
    const rows = (await this.repo.query(
      `SELECT scopes FROM coach_links WHERE coach_id = $1 AND client_id = $2 AND status = 'active' AND consented_at IS NOT NULL LIMIT 1`,
      [coachId, clientId],
    )) as { scopes: CoachScope[] }[];
    return rows[0]?.scopes ?? null;
  }

  async hasActive(coachId: string, clientId: string, scope: CoachScope): Promise<boolean> {
    const rows = (await this.repo.query(
      `SELECT 1 FROM coach_links WHERE coach_id = $1 AND client_id = $2 AND status = 'active' AND consented_at IS NOT NULL AND $3 = ANY(scopes) LIMIT 1`,
      [coachId, clientId, scope],
    )) as unknown[];
    return rows.length > 0;
  }

  async deleteForUser(userId: string, email: string | null): Promise<void> {
    await this.repo.query(
      `DELETE FROM coach_links WHERE coach_id = $1 OR client_id = $1 OR ($2::text IS NOT NULL AND invite_email = $2)`,
      [userId, email],
    );
  }
}
