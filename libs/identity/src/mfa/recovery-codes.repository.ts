import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { MfaRecoveryCode } from '../auth/auth-extras.entity';

@Injectable()
export class RecoveryCodesRepository {
  constructor(@InjectRepository(MfaRecoveryCode) private readonly repo: Repository<MfaRecoveryCode>) {}

  async replace(userId: string, hashes: string[]): Promise<void> {
    await this.repo.manager.transaction(async (m) => {
      await m.delete(MfaRecoveryCode, { userId });
      await m.insert(
        MfaRecoveryCode,
        hashes.map((codeHash) => ({ userId, codeHash })),
      );
    });
  }

  unused(userId: string): Promise<MfaRecoveryCode[]> {
    return this.repo.findBy({ userId, usedAt: IsNull() });
  }

  /** False when a concurrent login spent it first. */
  async spend(id: string): Promise<boolean> {
    const res = await this.repo.update({ id, usedAt: IsNull() }, { usedAt: () => 'now()' });
    return (res.affected ?? 0) > 0;
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }
}
