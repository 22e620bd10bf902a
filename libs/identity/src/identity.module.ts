import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, CryptoModule, DatabaseRegistration, REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import { AdminController } from './admin/admin.controller';
import { AdminService } from './admin/admin.service';
import { RoleGrantsService } from './admin/role-grants.service';
import { ApiKey } from './api-keys/api-key.entity';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysRepository } from './api-keys/api-keys.repository';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditEvent } from './audit/audit-event.entity';
import { MyAuditController } from './audit/audit.controller';
import { AuditRepository } from './audit/audit.repository';
import { AuditService } from './audit/audit.service';
import { DevMailMessage, EmailToken, FederatedIdentity, MfaRecoveryCode } from './auth/auth-extras.entity';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password.hasher';
import { RefreshToken } from './auth/refresh-token.entity';
import { RefreshTokenRepository } from './auth/refresh-token.repository';
import { RevokedSessions } from './auth/revoked-sessions';
import { TokenService } from './auth/token.service';
import { EmailTokensRepository } from './auth/email-tokens.repository';
import { LoginLockout } from './auth/login-lockout';
import { PasswordController } from './auth/password.controller';
import { PasswordService } from './auth/password.service';
import { MfaController } from './mfa/mfa.controller';
import { MfaService } from './mfa/mfa.service';
import { RecoveryCodesRepository } from './mfa/recovery-codes.repository';
import { FederatedIdentitiesRepository } from './oidc/federated-identities.repository';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { IdentityPrivacy } from './privacy/identity.privacy';
import { PrivacyController } from './privacy/privacy.controller';
import { PrivacyService } from './privacy/privacy.service';
import { ApiKeyAttempts } from './throttle/api-key-attempts';
import { RedisThrottlerStorage } from './throttle/redis-throttler.storage';
import { throttlerOptions } from './throttle/throttle.config';
import { PolicyGuard } from './guard/policy.guard';
import { RoutePolicyCatalog } from './guard/route-policy.catalog';
import { MailOutboxRepository } from './mail/mail-outbox.repository';
import { MailerService } from './mail/mailer.service';
import { IdentityInit1763772000000 } from './migrations/1763772000000-identity-init';
import { MeController } from './users/me.controller';
import { UserAccount } from './users/user.entity';
import { UserStateCache } from './users/user-state.cache';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

const entities = [
  UserAccount,
  RefreshToken,
  ApiKey,
  AuditEvent,
  MfaRecoveryCode,
  EmailToken,
  DevMailMessage,
  FederatedIdentity,
];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const identityDatabase: DatabaseRegistration = { entities, migrations: [IdentityInit1763772000000] };

@Module({
  imports: [
    TypeOrmModule.forFeature(entities),
    DiscoveryModule,
    CryptoModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS],
      useFactory: (config: AppConfig, redis: Redis) =>
        throttlerOptions(config, new RedisThrottlerStorage(redis)),
    }),
  ],
  controllers: [
    AuthController,
    PasswordController,
    MfaController,
    OidcController,
    MeController,
    PrivacyController,
    MyAuditController,
    ApiKeysController,
    AdminController,
  ],
  providers: [
    UsersRepository,
    UserStateCache,
    UsersService,
    PasswordHasher,
    RefreshTokenRepository,
    TokenService,
    RevokedSessions,
    AuthService,
    AuditRepository,
    AuditService,
    ApiKeysRepository,
    ApiKeysService,
    ApiKeyAttempts,
    RoutePolicyCatalog,
    MailerService,
    MailOutboxRepository,
    AdminService,
    RoleGrantsService,
    LoginLockout,
    RecoveryCodesRepository,
    MfaService,
    EmailTokensRepository,
    PasswordService,
    FederatedIdentitiesRepository,
    OidcService,
    PrivacyService,
    IdentityPrivacy,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [UsersService, AuditService, PasswordHasher, RoutePolicyCatalog, AuthService, MailerService, RoleGrantsService],
})
export class IdentityModule {}
