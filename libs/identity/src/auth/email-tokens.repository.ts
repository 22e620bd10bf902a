import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { EmailToken } from './auth-extras.entity';

@Injectable()
export class EmailTokensRepository {
  constructor(@InjectRepository(EmailToken) private readonly repo: Repository<EmailToken>) {}

  async insert(row: Pick<EmailToken, 'userId' | 'purpose' | 'tokenHash' | 'expiresAt'>): Promise<void> {
    await this.repo.save(this.repo.create(row), { reload: false });
  }

  /** Spends a live token atomically and returns its owner, or null. */
  async spend(tokenHash: string, purpose: EmailToken['purpose']): Promise<string | null> {
    const res = (await this.repo.query(
      `UPDATE email_tokens SET used_at = now() WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [tokenHash, purpose],
    )) as [{ user_id: string }[], number];
    return res[0]?.[0]?.user_id ?? null;
  }

  async invalidate(userId: string, purpose: EmailToken['purpose']): Promise<void> {
    await this.repo.update({ userId, purpose, usedAt: IsNull() }, { usedAt: () => 'now()' });
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }
}
