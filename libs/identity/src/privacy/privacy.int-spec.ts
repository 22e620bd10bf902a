import { getDataSourceToken } from '@nestjs/typeorm';
import { RoutePolicyCatalog } from '../guard/route-policy.catalog';
import { MONGO_DB, PrivacyRegistry, REDIS } from '@welness/platform';
import { TestApp, TestUser, createTestApp, signUp } from '@welness/testing';
import type Redis from 'ioredis';
import { Db } from 'mongodb';
import { createHash } from 'node:crypto';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';

const json = (u: TestUser) => ({ ...u.auth, 'content-type': 'application/json' });

describe('privacy: export from every module, erase everywhere', () => {
  let t: TestApp;
  let u: TestUser;
  let coach: TestUser;
  let client: TestUser;
  let secret: string;

  beforeAll(async () => {
    t = await createTestApp();
    u = await signUp(t, { displayName: 'Erase Me' });
    coach = await signUp(t, { roles: ['coach'] });
    client = await signUp(t);
    await seed();
  });
  afterAll(async () => {
    await t?.close();
  });

  const api = (who: TestUser | null, method: string, path: string, body?: unknown) =>
    fetch(`${t.url}/api/v1${path}`, {
      method,
      headers: who ? (body === undefined ? who.auth : json(who)) : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** Leaves a trace of `u` in every store identity and coaching use, plus whatever other modules create from a bare request. */
  async function seed(): Promise<void> {
    await api(u, 'PATCH', '/me', { heightCm: 180, timeZone: 'Europe/Madrid' });
    await api(u, 'POST', '/me/api-keys', { name: 'k', scopes: ['read'] });
    // u as a client: a coach with an active link and a note about u
    const inv = (await (
      await api(coach, 'POST', '/coach/invitations', { email: u.email, scopes: ['read'] })
    ).json()) as { id: string };
    await api(u, 'POST', `/me/coach-links/${inv.id}/consent`, { scopes: ['read'] });
    await api(coach, 'POST', `/clients/${u.id}/notes`, { body: 'about u' });
    // u as a coach: a note u wrote about someone else, which leaves u as actor in that person's audit log
    await t.app
      .get((await import('@welness/identity')).UsersService, { strict: false })
      .grantRole(u.id, 'coach');
    const inv2 = (await (
      await api(u, 'POST', '/coach/invitations', { email: client.email, scopes: ['read'] })
    ).json()) as { id: string };
    await api(client, 'POST', `/me/coach-links/${inv2.id}/consent`, { scopes: ['read'] });
    await api(u, 'POST', `/clients/${client.id}/notes`, { body: 'u wrote this' });
    // MFA with recovery codes and a used TOTP step in Redis
    secret = ((await (await api(u, 'POST', '/auth/mfa/enroll', {})).json()) as { secret: string }).secret;
    await api(u, 'POST', '/auth/mfa/confirm', {
      totp: await generate({ secret, epoch: Math.floor(Date.now() / 1000) - 30 }),
    });
    // an emailed reset token, mail in the dev outbox, a failed login counter in Redis
    await api(null, 'POST', '/auth/password/reset-request', { email: u.email });
    await api(null, 'POST', '/auth/login', { email: u.email, password: 'wrong-password' });
    // other modules: every owner route that accepts a bare JSON body, as u
    for (const r of t.app.get(RoutePolicyCatalog, { strict: false }).routes()) {
      if (r.policy?.kind !== 'owner' || !['POST', 'PUT'].includes(r.method) || r.url.includes(':')) continue;
      if (/\/(auth|me)(\/|$)/.test(r.url)) continue;
      await fetch(`${t.url}${r.url}`, { method: r.method, headers: json(u), body: '{}' });
    }
  }

  it('exports a section for every registered module', async () => {
    const res = await api(u, 'GET', '/me/export');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { userId: string; modules: Record<string, unknown> };
    const registered = t.app
      .get(PrivacyRegistry)
      .list()
      .map((h) => h.module)
      .sort();
    expect(Object.keys(body.modules).sort()).toEqual(registered);
    expect(registered).toEqual(expect.arrayContaining(['identity', 'coaches']));
    const identity = body.modules.identity as {
      profile: { email: string; heightCm: number };
      apiKeys: unknown[];
      auditLog: unknown[];
    };
    expect(identity.profile).toMatchObject({ email: u.email, heightCm: 180 });
    expect(identity.apiKeys).toHaveLength(1);
    expect(identity.auditLog.length).toBeGreaterThan(3);
    const coaches = body.modules.coaches as {
      asClient: unknown[];
      asCoach: unknown[];
      notesWritten: { body: string }[];
    };
    expect(coaches.asClient).toHaveLength(1);
    expect(coaches.notesWritten.map((n) => n.body)).toEqual(['u wrote this']);
  });

  it('DELETE /me needs re-authentication', async () => {
    expect((await api(u, 'DELETE', '/me', { password: 'not-my-password', totp: '000000' })).status).toBe(403);
    expect((await api(u, 'DELETE', '/me', { password: u.password })).status).toBe(403); // MFA is on: TOTP needed too
  });

  it('after DELETE /me, PostgreSQL, MongoDB and Redis hold nothing of the user but the tombstone', async () => {
    const totp = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect((await api(u, 'DELETE', '/me', { password: u.password, totp })).status).toBe(204);
    expect((await api(u, 'GET', '/me')).status).toBe(401);

    const needles = [u.id, u.email, createHash('sha256').update(u.email).digest('base64url')];
    const found = [
      ...(await scanPostgres(needles)),
      ...(await scanMongo(needles)),
      ...(await scanRedis(needles)),
    ];
    const tombstones = found.filter((f) => f.startsWith('pg audit_events') && f.includes('account.erased'));
    expect(tombstones).toHaveLength(1);
    expect(found.filter((f) => !tombstones.includes(f))).toEqual([]);

    // the other people's data survived, with u anonymised where u acted
    const clientAudit = (await (await api(client, 'GET', '/me/audit?limit=200')).json()) as {
      items: { actorUserId: string | null; detail: { actorErased?: boolean } }[];
    };
    expect(clientAudit.items.some((e) => e.actorUserId === null && e.detail.actorErased)).toBe(true);
    expect((await api(client, 'GET', '/me')).status).toBe(200);
    // and the account is gone for good (checked last: a failed login leaves a hashed counter)
    expect((await api(null, 'POST', '/auth/login', { email: u.email, password: u.password })).status).toBe(
      401,
    );
  });

  async function scanPostgres(needles: string[]): Promise<string[]> {
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const tables = (await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    )) as { table_name: string }[];
    const out: string[] = [];
    for (const { table_name } of tables) {
      const where = needles.map((_, i) => `r::text ILIKE $${i + 1}`).join(' OR ');
      const rows = (await ds.query(
        `SELECT r::text AS row FROM "${table_name}" r WHERE ${where}`,
        needles.map((n) => `%${n}%`),
      )) as { row: string }[];
      for (const r of rows) out.push(`pg ${table_name}: ${r.row.slice(0, 300)}`);
    }
    return out;
  }

  async function scanMongo(needles: string[]): Promise<string[]> {
    const db = t.app.get<Db>(MONGO_DB);
    const out: string[] = [];
    for (const c of await db.listCollections({}, { nameOnly: true }).toArray()) {
      for (const doc of await db.collection(c.name).find({}).toArray()) {
        const text = JSON.stringify(doc).toLowerCase();
        if (needles.some((n) => text.includes(n.toLowerCase())))
          out.push(`mongo ${c.name}: ${text.slice(0, 300)}`);
      }
    }
    return out;
  }

  async function scanRedis(needles: string[]): Promise<string[]> {
    // The app's client adds the key prefix to commands but not to SCAN patterns.
    const redis = t.app.get<Redis>(REDIS);
    const prefix = t.config.REDIS_KEY_PREFIX;
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      for (const full of keys) {
        const key = full.slice(prefix.length);
        const value = await dump(redis, key);
        const text = `${key} ${value}`.toLowerCase();
        if (needles.some((n) => text.includes(n.toLowerCase())))
          out.push(`redis ${key}: ${value.slice(0, 200)}`);
      }
    } while (cursor !== '0');
    return out;
  }
});

async function dump(redis: Redis, key: string): Promise<string> {
  switch (await redis.type(key)) {
    case 'string':
      return (await redis.get(key)) ?? '';
    case 'hash':
      return JSON.stringify(await redis.hgetall(key));
    case 'list':
      return JSON.stringify(await redis.lrange(key, 0, -1));
    case 'set':
      return JSON.stringify(await redis.smembers(key));
    case 'zset':
      return JSON.stringify(await redis.zrange(key, 0, -1));
    case 'stream':
      return JSON.stringify(await redis.xrange(key, '-', '+'));
    default:
      return '';
  }
}
