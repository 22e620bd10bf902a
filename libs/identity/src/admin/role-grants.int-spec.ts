import { APP_CONFIG, AppConfig } from '@welness/platform';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import { RoleGrantsService } from './role-grants.service';

// The compiled CLI, run as an operator runs it; `npm test` builds the server first.
const CLI = resolve(__dirname, '../../../../dist/libs/identity/src/cli/admin.cli.js');
const run = promisify(execFile);

interface AuditRow {
  action: string;
  actorUserId: string | null;
  detail: Record<string, unknown>;
}

describe('the first admins (ADMIN_EMAILS) and the admin CLI', () => {
  const first = `first-admin-${Date.now()}@example.test`;
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ ADMIN_EMAILS: `someone-else@example.test, ${first.toUpperCase()}` });
  });
  afterAll(async () => {
    await t?.close();
  });

  const auditOf = async (userId: string): Promise<AuditRow[]> => {
    const res = await fetch(`${t.url}/api/v1/admin/audit?userId=${userId}`, { headers: admin.auth });
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: AuditRow[] }).items;
  };

  it('gives a listed address the admin role on registration, in its very first token', async () => {
    admin = await signUp(t, { email: first });
    const me = (await (await fetch(`${t.url}/api/v1/me`, { headers: admin.auth })).json()) as { roles: string[] };
    expect(me.roles).toEqual(expect.arrayContaining(['user', 'admin']));
    expect((await fetch(`${t.url}/api/v1/admin/users`, { headers: admin.auth })).status).toBe(200);
    const grants = (await auditOf(admin.id)).filter((e) => e.action === 'admin.role_granted');
    expect(grants).toEqual([expect.objectContaining({ actorUserId: null, detail: { role: 'admin', source: 'admin-emails' } })]);
  });

  it('does not give it to anyone else', async () => {
    const other = await signUp(t);
    expect((await fetch(`${t.url}/api/v1/admin/users`, { headers: other.auth })).status).toBe(403);
  });

  it('promotes a listed account that registered before the setting, at boot', async () => {
    const early = await signUp(t);
    const config = { ...t.app.get<AppConfig>(APP_CONFIG), ADMIN_EMAILS: [early.email] };
    const users = t.app.get(UsersService, { strict: false });
    const boot = new RoleGrantsService(config, users, t.app.get(AuditService, { strict: false }));
    await boot.onApplicationBootstrap();
    expect((await users.get(early.id)).roles).toContain('admin');
    // A second boot changes nothing and audits nothing more.
    await boot.onApplicationBootstrap();
    expect((await auditOf(early.id)).filter((e) => e.action === 'admin.role_granted')).toHaveLength(1);
  });

  it('grants and revokes a role from the CLI, audited with source "cli"', async () => {
    const coach = await signUp(t);
    const env = { ...process.env, ...t.stores.env, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
    const granted = await run(process.execPath, [CLI, 'grant', coach.email, 'coach'], { env });
    expect(granted.stdout).toContain(`${coach.email} has the coach role; roles: user, coach`);
    const users = t.app.get(UsersService, { strict: false });
    expect((await users.get(coach.id)).roles).toEqual(['user', 'coach']);

    const revoked = await run(process.execPath, [CLI, 'revoke', coach.email, 'coach'], { env });
    expect(revoked.stdout).toContain('no longer has the coach role');
    const events = (await auditOf(coach.id)).filter((e) => e.action.startsWith('admin.role_'));
    expect(events.map((e) => [e.action, e.detail])).toEqual([
      ['admin.role_revoked', { role: 'coach', source: 'cli' }],
      ['admin.role_granted', { role: 'coach', source: 'cli' }],
    ]);
  });

  it('says what is wrong, with exit codes, for an unknown account or bad arguments', async () => {
    const env = { ...process.env, ...t.stores.env, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
    await expect(run(process.execPath, [CLI, 'grant', 'nobody@example.test', 'admin'], { env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No account with the e-mail nobody@example.test'),
    });
    await expect(run(process.execPath, [CLI, 'grant', 'x@example.test', 'superuser'], { env })).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('role must be admin or coach'),
    });
  });
});
