import { getDataSourceToken } from '@nestjs/typeorm';
import {
  FakeOidcServer,
  TestApp,
  browseRedirects,
  createTestApp,
  signUp,
  startFakeOidc,
} from '@welness/testing';
import { DataSource } from 'typeorm';

const PUBLIC = 'http://welness.test';

describe('identity: OIDC login against oidc-provider on loopback', () => {
  let t: TestApp;
  let idp: FakeOidcServer;

  beforeAll(async () => {
    idp = await startFakeOidc({ redirectUris: [`${PUBLIC}/api/v1/auth/oidc/fake/callback`] });
    t = await createTestApp({
      PUBLIC_URL: PUBLIC,
      OIDC_PROVIDERS: JSON.stringify([
        {
          name: 'fake',
          issuer: idp.issuer,
          clientId: idp.clientId,
          clientSecret: idp.clientSecret,
          scopes: 'openid email profile',
        },
      ]),
    });
  });
  afterAll(async () => {
    await t?.close();
    await idp?.close();
  });

  /** Runs the whole browser dance and trades the refresh cookie for the signed-in user. */
  async function login(): Promise<{ userId: string; hops: string[]; accessToken: string }> {
    const { hops, last, cookies } = await browseRedirects(`${PUBLIC}/api/v1/auth/oidc/fake/start`, {
      publicOrigin: PUBLIC,
      appUrl: t.url,
      stopAtOrigin: PUBLIC,
    });
    expect(last.status).toBe(302);
    expect(hops[hops.length - 1]).toBe(`${PUBLIC}/?signedIn=oidc`);
    const appCookies = cookies[new URL(t.url).host];
    expect(appCookies.welness_refresh).toBeTruthy();
    const refreshed = await fetch(`${t.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `welness_refresh=${appCookies.welness_refresh}`,
      },
      body: '{}',
    });
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { user: { id: string }; accessToken: string };
    return { userId: body.user.id, hops, accessToken: body.accessToken };
  }

  it('lists the configured providers', async () => {
    const res = await fetch(`${t.url}/api/v1/auth/oidc/providers`);
    expect(await res.json()).toEqual({ providers: ['fake'] });
  });

  it('first login creates the account; the second reuses it', async () => {
    idp.loginAs({ sub: 'alice-sub', email: 'Alice@Example.test', email_verified: true, name: 'Alice' });
    const first = await login();
    // PKCE and nonce travelled to the provider
    const authorize = new URL(
      first.hops.find((h) => h.startsWith(idp.issuer) && h.includes('code_challenge=')) as string,
    );
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('state')).toBeTruthy();

    const second = await login();
    expect(second.userId).toBe(first.userId);
    const ds = t.app.get<DataSource>(getDataSourceToken());
    const rows = (await ds.query(
      'SELECT email, email_verified, display_name, password_hash FROM users WHERE id = $1',
      [first.userId],
    )) as Record<string, unknown>[];
    expect(rows).toEqual([
      { email: 'alice@example.test', email_verified: true, display_name: 'Alice', password_hash: null },
    ]);
    const links = (await ds.query('SELECT count(*)::int AS n FROM federated_identities WHERE user_id = $1', [
      first.userId,
    ])) as { n: number }[];
    expect(links[0].n).toBe(1);
  });

  it('links to an existing password account with the same verified email', async () => {
    const u = await signUp(t);
    idp.loginAs({ sub: 'bob-sub', email: u.email, email_verified: true });
    expect((await login()).userId).toBe(u.id);
  });

  it('refuses to link an existing account on an unverified email', async () => {
    const u = await signUp(t);
    idp.loginAs({ sub: 'mallory-sub', email: u.email, email_verified: false });
    const { last } = await browseRedirects(`${PUBLIC}/api/v1/auth/oidc/fake/start`, {
      publicOrigin: PUBLIC,
      appUrl: t.url,
      stopAtOrigin: PUBLIC,
    });
    expect(last.status).toBe(409);
  });

  it('an account without a password erases itself with a fresh sign-in instead of a password', async () => {
    idp.loginAs({ sub: 'carol-sub', email: 'carol@example.test', email_verified: true });
    const { userId, accessToken } = await login();
    const res = await fetch(`${t.url}/api/v1/me`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(204);
    const ds = t.app.get<DataSource>(getDataSourceToken());
    expect(await ds.query('SELECT id FROM users WHERE id = $1', [userId])).toEqual([]);
    expect(await ds.query('SELECT id FROM federated_identities WHERE user_id = $1', [userId])).toEqual([]);
  });

  it('rejects a callback whose state is not bound to this browser', async () => {
    const res = await fetch(`${t.url}/api/v1/auth/oidc/fake/callback?code=abc&state=forged`);
    expect(res.status).toBe(401);
    expect((await fetch(`${t.url}/api/v1/auth/oidc/nope/start`, { redirect: 'manual' })).status).toBe(404);
  });
});
