import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ApiKey } from './api-key.entity';

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectRepository(ApiKey) private readonly repo: Repository<ApiKey>) {}

  insert(row: Pick<ApiKey, 'userId' | 'name' | 'prefix' | 'keyHash' | 'scopes'>): Promise<ApiKey> {
    return this.repo.save(this.repo.create(row));
  }

  findActiveByHash(keyHash: string): Promise<ApiKey | null> {
    return this.repo.findOneBy({ keyHash, revokedAt: IsNull() });
  }

  listForUser(userId: string): Promise<ApiKey[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  async revoke(userId: string, id: string): Promise<boolean> {
    const res = await this.repo.update({ id, userId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    return (res.affected ?? 0) > 0;
  }

  async touch(id: string): Promise<void> {
    await this.repo.update({ id }, { lastUsedAt: () => 'now()' });
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }
}
