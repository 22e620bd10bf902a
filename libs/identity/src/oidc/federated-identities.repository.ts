import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FederatedIdentity } from '../auth/auth-extras.entity';

@Injectable()
export class FederatedIdentitiesRepository {
  constructor(@InjectRepository(FederatedIdentity) private readonly repo: Repository<FederatedIdentity>) {}

  find(provider: string, subject: string): Promise<FederatedIdentity | null> {
    return this.repo.findOneBy({ provider, subject });
  }

  async link(row: Pick<FederatedIdentity, 'userId' | 'provider' | 'subject' | 'email'>): Promise<void> {
    await this.repo.save(this.repo.create(row), { reload: false });
  }

  listForUser(userId: string): Promise<FederatedIdentity[]> {
    return this.repo.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }
}
