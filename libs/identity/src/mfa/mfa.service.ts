import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EnvelopeCipher, ProblemException, REDIS, conflict } from '@welness/platform';
import type Redis from 'ioredis';
import { randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { AuditService } from '../audit/audit.service';
import { AuthService, SecondFactor } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password.hasher';
import { UserAccount } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { RecoveryCodesRepository } from './recovery-codes.repository';

const ISSUER = 'Welness AI';
const RECOVERY_CODES = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** One step either side: phones drift, and a code typed at :29 arrives at :31. */
const TOLERANCE_SECONDS = 30;

const mfaInvalid = () =>
  new ProblemException(
    401,
    'mfa-invalid',
    'Unauthorized',
    'The authentication code is wrong or already used.',
  );

/** TOTP (RFC 6238) enrolment and checks, plus single-use recovery codes. */
@Injectable()
export class MfaService implements SecondFactor, OnModuleInit {
  constructor(
    private readonly users: UsersRepository,
    private readonly codes: RecoveryCodesRepository,
    private readonly cipher: EnvelopeCipher,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  onModuleInit(): void {
    this.auth.useSecondFactor(this);
  }

  /** Starts enrolment: a new secret, not active until confirmed with a valid code. */
  async enroll(userId: string): Promise<{ secret: string; otpauthUri: string }> {
    const user = await this.user(userId);
    if (user.mfaEnabled)
      throw conflict('mfa-enabled', 'MFA is already enabled; disable it first to re-enrol.');
    const secret = generateSecret();
    await this.users.update(userId, { mfaSecretEnc: await this.cipher.encrypt(secret, context(userId)) });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  }

  async confirm(userId: string, totp: string): Promise<string[]> {
    const user = await this.user(userId);
    if (user.mfaEnabled) throw conflict('mfa-enabled', 'MFA is already enabled.');
    if (!user.mfaSecretEnc) throw conflict('mfa-not-enrolled', 'Start enrolment first.');
    if (!(await this.checkTotp(user, totp))) throw mfaInvalid();
    await this.users.update(userId, { mfaEnabled: true });
    const codes = await this.newRecoveryCodes(userId);
    await this.audit.record({ subjectUserId: userId, actorUserId: userId, action: 'auth.mfa_enabled' });
    return codes;
  }

  async disable(userId: string, totp: string): Promise<void> {
    const user = await this.user(userId);
    if (!user.mfaEnabled) throw conflict('mfa-disabled', 'MFA is not enabled.');
    if (!(await this.checkTotp(user, totp))) throw mfaInvalid();
    await this.users.update(userId, { mfaEnabled: false, mfaSecretEnc: null });
    await this.codes.deleteForUser(userId);
    await this.audit.record({ subjectUserId: userId, actorUserId: userId, action: 'auth.mfa_disabled' });
  }

  async regenerateRecoveryCodes(userId: string, totp: string): Promise<string[]> {
    const user = await this.user(userId);
    if (!user.mfaEnabled) throw conflict('mfa-disabled', 'MFA is not enabled.');
    if (!(await this.checkTotp(user, totp))) throw mfaInvalid();
    return this.newRecoveryCodes(userId);
  }

  /** Login's second step: a TOTP, or a recovery code that is then spent. */
  async check(user: UserAccount, dto: { totp?: string; recoveryCode?: string }): Promise<void> {
    if (dto.totp) {
      if (await this.checkTotp(user, dto.totp)) return;
      throw mfaInvalid();
    }
    if (dto.recoveryCode) {
      const given = normalizeCode(dto.recoveryCode);
      for (const code of await this.codes.unused(user.id)) {
        if ((await this.hasher.verify(code.codeHash, given)) && (await this.codes.spend(code.id))) {
          await this.audit.record({
            subjectUserId: user.id,
            actorUserId: user.id,
            action: 'auth.recovery_code_used',
          });
          return;
        }
      }
      throw mfaInvalid();
    }
    throw new ProblemException(
      401,
      'mfa-required',
      'Unauthorized',
      'Enter the code from your authenticator app or a recovery code.',
      { mfaRequired: true },
    );
  }

  async eraseFor(userId: string): Promise<void> {
    await this.codes.deleteForUser(userId);
    await this.redis.del(stepKey(userId));
  }

  /** Valid and newer than the last accepted step, so an observed code cannot be replayed. */
  private async checkTotp(user: UserAccount, token: string): Promise<boolean> {
    if (!user.mfaSecretEnc) return false;
    const secret = await this.cipher.decrypt(user.mfaSecretEnc, context(user.id));
    const last = Number(await this.redis.get(stepKey(user.id))) || undefined;
    const result = await verify({ secret, token, epochTolerance: TOLERANCE_SECONDS, afterTimeStep: last });
    if (!result.valid || !('timeStep' in result)) return false;
    await this.redis.set(stepKey(user.id), String(result.timeStep), 'EX', 300);
    return true;
  }

  private async newRecoveryCodes(userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODES }, () => randomCode());
    await this.codes.replace(userId, await Promise.all(codes.map((c) => this.hasher.hash(normalizeCode(c)))));
    return codes;
  }

  private async user(userId: string): Promise<UserAccount> {
    const user = await this.users.findById(userId);
    if (!user) throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'Sign in first.');
    return user;
  }
}

const context = (userId: string) => `mfa_secret:${userId}`;
const stepKey = (userId: string) => `mfa:step:${userId}`;
const normalizeCode = (c: string) => c.toLowerCase().replace(/[^a-z0-9]/g, '');

/** 10 characters from a 31-symbol alphabet (~50 bits), shown as xxxxx-xxxxx. */
function randomCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
