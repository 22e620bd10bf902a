export { IdentityModule, identityDatabase } from './identity.module';
