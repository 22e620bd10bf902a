export { IdentityModule, identityDatabase } from './identity.module';
export { UsersService, type UserSummary, type ProfileChangeListener } from './users/users.service';
export { AuditService, type AuditEntry, type AuditPage } from './audit/audit.service';
export { PasswordHasher } from './auth/password.hasher';
export { AuthService } from './auth/auth.service';
export { COACH_ACCESS, type CoachAccessChecker } from './guard/coach-access.port';
export { RoutePolicyCatalog, MissingPolicyError, type CatalogRoute } from './guard/route-policy.catalog';
export { MailerService, type OutgoingMail } from './mail/mailer.service';
