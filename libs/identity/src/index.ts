export { IdentityModule, identityDatabase } from './identity.module';
export { UsersService } from './users/users.service';
export { AuditService } from './audit/audit.service';
export { COACH_ACCESS, type CoachAccessChecker } from './guard/coach-access.port';
export { MailerService } from './mail/mailer.service';
