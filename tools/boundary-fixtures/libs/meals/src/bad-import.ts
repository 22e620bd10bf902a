// Deliberately wrong: meals reaching into identity's entity instead of its index.ts.
import { FixtureUser } from '../../identity/src/users/user.entity';
import { identityApi } from '../../identity/src/index';

export const leaked = [new FixtureUser(), identityApi];
