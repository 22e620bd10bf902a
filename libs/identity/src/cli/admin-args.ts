import type { Role } from '@welness/platform';

export const ADMIN_USAGE = `usage: npm run admin -- grant|revoke <email> admin|coach
  Gives (or takes back) a role of an existing account, as the operator of this install.
  Every change is written to the audit log (source "cli"). The account must have registered.`;

const ROLES: readonly Role[] = ['admin', 'coach'];

export interface AdminArgs {
  action: 'grant' | 'revoke';
  email: string;
  role: Role;
}

export function parseAdminArgs(argv: string[]): AdminArgs {
  const [action, email, role, ...rest] = argv;
  if (action !== 'grant' && action !== 'revoke') throw new Error(action ? `unknown command ${action}` : '');
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) throw new Error('an e-mail address is required');
  if (!ROLES.includes(role as Role)) throw new Error(`role must be ${ROLES.join(' or ')}`);
  if (rest.length) throw new Error(`unexpected argument ${rest[0]}`);
  return { action, email, role: role as Role };
}
