import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@welness/platform';
import argon2 from 'argon2';

/** argon2id with the configured cost; verify also accepts hashes made with older parameters. */
@Injectable()
export class PasswordHasher {
  private readonly options: {
    type: typeof argon2.argon2id;
    memoryCost: number;
    timeCost: number;
    parallelism: number;
  };
  /** A real hash to verify against when the account does not exist, so timing does not reveal it. */
  private dummy?: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = {
      type: argon2.argon2id,
      memoryCost: config.ARGON2_MEMORY_KIB,
      timeCost: config.ARGON2_TIME_COST,
      parallelism: config.ARGON2_PARALLELISM,
    };
  }

  hash(secret: string): Promise<string> {
    return argon2.hash(secret, this.options);
  }

  async verify(hash: string | null | undefined, secret: string): Promise<boolean> {
    if (!hash) {
      this.dummy ??= this.hash('not-a-real-password');
      await argon2.verify(await this.dummy, secret).catch(() => false);
      return false;
    }
    try {
      return await argon2.verify(hash, secret);
    } catch {
      return false;
    }
  }
}
