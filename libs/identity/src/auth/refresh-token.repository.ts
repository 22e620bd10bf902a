import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectRepository(RefreshToken) private readonly repo: Repository<RefreshToken>) {}

  insert(row: Pick<RefreshToken, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>): Promise<RefreshToken> {
    return this.repo.save(this.repo.create(row));
  }

  findByHash(tokenHash: string): Promise<RefreshToken | null> {
    return this.repo.findOneBy({ tokenHash });
  }

  /**
   * Atomically spends a token; false when another request spent it first (a replay) or its
   * family has been revoked (a token issued while a concurrent replay was revoking the family:
   * revocation always ends the whole session, so one revoked token condemns its family).
   */
  async markUsed(id: string, familyId: string): Promise<boolean> {
    const res = await this.repo
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL AND revoked_at IS NULL', { id })
      .andWhere('NOT EXISTS (SELECT 1 FROM refresh_tokens f WHERE f.family_id = :familyId AND f.revoked_at IS NOT NULL)', { familyId })
      .execute();
    return (res.affected ?? 0) > 0;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.repo.update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  /** Revokes every live refresh token of the user; returns the families (sessions) it ended. */
  async revokeAllForUser(userId: string): Promise<string[]> {
    const rows = (await this.repo.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING family_id`,
      [userId],
    )) as [{ family_id: string }[], number] | { family_id: string }[];
    const list = Array.isArray(rows[0]) ? (rows[0] as { family_id: string }[]) : (rows as { family_id: string }[]);
    return [...new Set(list.map((r) => r.family_id))];
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }
}
