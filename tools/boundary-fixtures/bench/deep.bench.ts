// Deliberately wrong: a benchmark reaching into a module's internals instead of its index.ts.
import { FixtureUser } from '../libs/identity/src/users/user.entity';

export const deep = new FixtureUser();
